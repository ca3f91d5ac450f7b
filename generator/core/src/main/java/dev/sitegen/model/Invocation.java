package dev.sitegen.model;

/**
 * How Claude Code invokes and runs a skill, from the fields it reads beyond the Agent Skills
 * standard. A field the author did not write is null, which leaves Claude Code's default.
 *
 * @param userInvocable {@code user-invocable}: false keeps the skill out of the / menu
 * @param modelInvocable the opposite of {@code disable-model-invocation}: false keeps Claude from
 *        loading the skill on its own, so that only its command runs it
 * @param argumentHint {@code argument-hint}, shown after the command, such as {@code [issue-number]}
 * @param model {@code model}, the model the skill runs with, such as {@code haiku}
 * @param effort {@code effort}, the model's effort level
 * @param context {@code context}: {@code fork} runs the skill in a subagent of its own
 * @param agent {@code agent}, the subagent a forked skill runs in
 */
public record Invocation(Boolean userInvocable, Boolean modelInvocable, String argumentHint, String model, String effort,
                         String context, String agent) {

    /** Whether the command is worth showing: the author wrote its arguments, or it is the only way the skill runs. */
    public boolean commandMatters() {
        return !Boolean.FALSE.equals(userInvocable) && (argumentHint != null || Boolean.FALSE.equals(modelInvocable));
    }
}
