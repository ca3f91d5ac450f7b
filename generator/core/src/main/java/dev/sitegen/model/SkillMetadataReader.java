package dev.sitegen.model;

import dev.sitegen.markdown.FirstParagraph;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.EditDistance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads a skill's front matter into {@link SkillMetadata}, from either schema. A field may stand at
 * the top or under {@code metadata:}; where both hold it, {@code metadata:} wins (it is where the
 * newer schema keeps it) and the conflict is reported.
 */
public final class SkillMetadataReader {

    private static final String METADATA = "metadata";
    private static final String DISCLOSURE = "progressive_disclosure";
    private static final String TRIGGERS = "triggers";
    /** The fields that Claude Code reads, at the top level only. */
    private static final List<String> CLAUDE_CODE_FIELDS = List.of("allowed-tools", "user-invocable", "disable-model-invocation",
            "argument-hint", "model", "effort", "context", "agent", "hooks");
    /** The names collections give the day a skill was last updated, the standard's first. */
    private static final List<String> UPDATED = List.of("updated", "updated_at", "last_updated");
    /** The top-level fields, besides name and description, that site-gen or Claude Code reads. */
    private static final List<String> FIELDS = Stream.of(Stream.of("title", "version", "category", "status", "tags"), UPDATED.stream(),
            Stream.of("license", "compatibility", "related-skills", "context7-libraries", METADATA, DISCLOSURE, TRIGGERS, "deprecated"),
            CLAUDE_CODE_FIELDS.stream()).flatMap(names -> names).toList();

    private final YamlMapping top;
    private final Optional<YamlMapping> nested;
    private final Problems problems;

    private SkillMetadataReader(YamlMapping top, Problems problems) {
        this.top = top;
        this.problems = problems;
        this.nested = top.mapping(METADATA, problems);
    }

    /**
     * The skill's metadata, or empty (with the problems reported) when its front matter cannot be
     * read. Like Claude Code, a skill without a name goes by its folder's, and one without a
     * description by its first paragraph; both are warned about, as agents that follow the Agent
     * Skills standard, which requires both, skip such a skill.
     */
    public static Optional<SkillMetadata> read(SourceDocument document, Problems problems) {
        if (!document.hasFrontMatter()) {
            return new SkillMetadataReader(YamlMapping.none(document.source().file().path(), 1), problems).read(document);
        }
        return document.frontMatter().flatMap(yaml -> new SkillMetadataReader(yaml, problems).read(document));
    }

    private static String addFrontMatter(Path skillFile) {
        return "Start the file with a line \"---\", then \"name: " + folderName(skillFile)
                + "\" and \"description: what it does and when to use it\", then \"---\".";
    }

    /** The name of the folder a skill's SKILL.md is in, which a skill without a name goes by. */
    private static String folderName(Path skillFile) {
        return skillFile.toAbsolutePath().getParent().getFileName().toString();
    }

    /**
     * Reports a field missing, at the key that misspells it if there is one ("descriptio:", "Name:"),
     * and what stands in for it.
     */
    private void missing(String code, String key, String instead, String fix) {
        Optional<String> misspelt = top.unread().keySet().stream().filter(k -> differsByAFewLetters(k.toLowerCase(Locale.ROOT), key)).findFirst();
        if (misspelt.isPresent()) {
            problems.warning(code, top.locationOf(misspelt.get()), "The skill has no " + key + "; the front matter has \"" + misspelt.get()
                    + ":\", which is not a field site-gen reads, so " + instead + ".", "Rename \"" + misspelt.get() + ":\" to \"" + key + ":\".");
        } else {
            problems.warning(code, top.locationOf(key), "The skill has no " + key + ", so " + instead
                    + ", as Claude Code does; agents that follow the Agent Skills standard skip it.", fix);
        }
    }

    /**
     * Whether a word is a typing slip away from {@code b}: at most two insertions, deletions or
     * substitutions apart; for a word as short as "name" or "model", a letter added or left out, as
     * one changed makes another word ("date", "modes").
     */
    static boolean differsByAFewLetters(String a, String b) {
        if (b.length() <= 5) {
            return a.equals(b) || Math.abs(a.length() - b.length()) == 1 && EditDistance.between(a, b) == 1;
        }
        return EditDistance.between(a, b) <= 2;
    }

    /**
     * A SKILL.md without front matter is reported once, as such, rather than for the name and the
     * description it then lacks.
     */
    private Optional<SkillMetadata> read(SourceDocument document) {
        Path file = document.source().file().path();
        Optional<String> name = top.text("name", problems).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> description = top.text("description", problems).map(String::strip).filter(s -> !s.isEmpty());
        unquotedNonText("name", name);
        unquotedNonText("description", description);
        if (name.isEmpty() && document.hasFrontMatter()) {
            missing("name-missing", "name", "it is named after its folder, \"" + folderName(file) + "\"",
                    "Add \"name: " + folderName(file) + "\" to the front matter.");
        }
        Optional<String> firstParagraph = description.isPresent() ? Optional.empty() : FirstParagraph.of(document.body());
        if (description.isEmpty() && firstParagraph.isEmpty()) {
            if (document.hasFrontMatter()) {
                problems.error("description-missing", top.locationOf("description"), "The skill has no description, and no paragraph to take one from.",
                        "Add \"description:\" saying what the skill does and when an agent should use it.");
            } else {
                problems.error("front-matter-missing", new SourceLocation(file, 1, 1),
                        "SKILL.md has no front matter, and no paragraph to describe the skill by.", addFrontMatter(file));
            }
            return Optional.empty();
        }
        if (!document.hasFrontMatter()) {
            problems.warning("front-matter-missing", new SourceLocation(file, 1, 1),
                    "SKILL.md has no front matter, so the skill is named after its folder and described by its first paragraph, "
                            + "as Claude Code does; agents that follow the Agent Skills standard skip it.",
                    addFrontMatter(file));
        } else if (description.isEmpty()) {
            missing("description-missing", "description", "its first paragraph stands for it",
                    "Add \"description:\" saying what the skill does and when an agent should use it.");
        }
        String updatedKey = UPDATED.stream().filter(key -> top.has(key) || nested.filter(n -> n.has(key)).isPresent()).findFirst()
                .orElse(UPDATED.get(0));
        String updated = either(updatedKey, YamlMapping::text).orElse(null);
        LocalDate updatedDate = date(updated);
        if (updated != null && updatedDate == null) {
            problems.warning("field-type", nested.filter(n -> n.has(updatedKey)).orElse(top).locationOf(updatedKey),
                    "\"" + updatedKey + "\" is not a date, so the skill's pages are not dated by it.", "Write it as YYYY-MM-DD, such as 2026-01-11.");
        }
        Optional<YamlMapping> disclosure = top.mapping(DISCLOSURE, problems);
        // Claude Code plugins often write triggers as a list of phrases: those are its keywords.
        List<String> triggerPhrases = top.holdsList(TRIGGERS) ? top.list(TRIGGERS, SkillMetadataReader::commaSeparated, problems).orElseThrow() : List.of();
        Optional<YamlMapping> triggers = top.holdsList(TRIGGERS) ? Optional.empty() : top.mapping(TRIGGERS, problems);
        SkillMetadata metadata = new SkillMetadata(
                name.orElseGet(() -> folderName(file)),
                top.text("title", problems).map(String::strip).orElse(null),
                description.or(() -> firstParagraph).orElseThrow(),
                description.isEmpty(),
                either("version", YamlMapping::text).map(String::strip).orElse(null),
                either("category", YamlMapping::text).orElse(null),
                either("status", YamlMapping::text).or(this::deprecated).orElse(null),
                distinct(eitherList("tags", SkillMetadataReader::commaSeparated)),
                updated,
                updatedDate,
                either("license", YamlMapping::text).orElse(null),
                either("compatibility", YamlMapping::text).orElse(null),
                top.list("allowed-tools", SkillMetadataReader::toolList, problems).orElse(List.of()),
                invocation(),
                eitherList("related-skills", SkillMetadataReader::commaSeparated),
                eitherList("context7-libraries", SkillMetadataReader::commaSeparated),
                disclosure.map(this::disclosure).orElse(null),
                triggers.map(this::triggers).orElse(new Triggers(triggerPhrases, List.of(), List.of(), List.of())),
                extras(disclosure, triggers));
        reportMisspeltFields();
        nested.ifPresent(this::reportClaudeCodeFieldsUnderMetadata);
        return Optional.of(metadata);
    }

    /**
     * Reports Claude Code's own fields written under {@code metadata:}, where Claude Code does not
     * look: {@code disable-model-invocation: true} there leaves a skill the model may run.
     */
    private void reportClaudeCodeFieldsUnderMetadata(YamlMapping metadata) {
        CLAUDE_CODE_FIELDS.stream().filter(metadata::has).forEach(key -> problems.warning("field-under-metadata", metadata.locationOf(key),
                "Claude Code reads \"" + key + "\" only at the top level of the front matter, not under metadata:, so here it does "
                        + "nothing for agents.", "Move \"" + key + ":\" out of metadata:, to the top level."));
    }

    /**
     * Reports a key a letter or two away from a field that site-gen or Claude Code reads, such as
     * {@code user-invokable}: an agent ignores it without a word, so the setting silently does nothing.
     * A misspelt name or description is reported where it is missed.
     */
    private void reportMisspeltFields() {
        for (String key : top.unread().keySet()) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.equals("tools") && namesTools(top.unread().get(key))) {
                problems.warning("field-misspelt", top.locationOf(key), "\"" + key + "\" is how a subagent lists its tools; a skill's are "
                        + "\"allowed-tools\", so agents ignore this one.", "Rename \"" + key + ":\" to \"allowed-tools:\".");
                continue;
            }
            FIELDS.stream().filter(field -> !field.equals(key) && differsByAFewLetters(lower, field)).findFirst().ifPresent(field ->
                    problems.warning("field-misspelt", top.locationOf(key), "\"" + key + "\" is not a field that site-gen or Claude Code reads, "
                            + "so agents ignore it; it looks like \"" + field + "\".", "Rename \"" + key + ":\" to \"" + field + ":\"."));
        }
    }

    /**
     * Whether a {@code tools:} value names Claude Code's tools, {@code Read}, {@code Bash(git:*)} or
     * {@code mcp__github__search}, rather than the agents a collection says a skill is for
     * ({@code [claude, cursor, gemini]}), which are no misspelt field.
     */
    private static boolean namesTools(Object value) {
        Collection<?> names = value instanceof Collection<?> list ? list : List.of(String.valueOf(value).split("[,\\s]+"));
        return names.stream().map(String::valueOf).map(String::strip)
                .anyMatch(name -> !name.isEmpty() && (Character.isUpperCase(name.charAt(0)) || name.startsWith("mcp__")));
    }

    /** A name or description YAML reads as a boolean, number or date: {@code description: true}, {@code name: 2048}. */
    private void unquotedNonText(String key, Optional<String> value) {
        top.nonTextScalar(key).ifPresent(kind -> problems.warning("yaml-unquoted", top.locationOf(key),
                "YAML reads the " + key + " as " + kind + ", not text: agents that read YAML strictly get no " + key
                        + ". site-gen read it as text.",
                "Quote it: " + key + ": \"" + value.orElse("") + "\"."));
    }

    private Optional<String> deprecated() {
        return top.bool("deprecated", problems).filter(Boolean::booleanValue).map(yes -> "deprecated");
    }

    private Invocation invocation() {
        return new Invocation(
                top.bool("user-invocable", problems).orElse(null),
                top.bool("disable-model-invocation", problems).map(disabled -> !disabled).orElse(null),
                argumentHint(),
                top.text("model", problems).orElse(null),
                top.text("effort", problems).orElse(null),
                top.text("context", problems).orElse(null),
                top.text("agent", problems).orElse(null));
    }

    /**
     * The hint shown after the command. Claude Code's own examples write it unquoted, as
     * {@code argument-hint: [file-path]}, which YAML reads as a list of one: it is shown as
     * written, with a warning that agents reading YAML strictly see a list.
     */
    private String argumentHint() {
        String key = "argument-hint";
        if (top.holdsList(key)) {
            String hint = "[" + String.join(", ", top.list(key, List::of, problems).orElse(List.of())) + "]";
            problems.warning("yaml-unquoted", top.locationOf(key), "YAML reads " + hint + " as a list, not as the hint's text; "
                    + "it is shown as written.", "Quote it: " + key + ": \"" + hint + "\".");
            return hint;
        }
        return top.text(key, problems).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private <T> Optional<T> either(String key, TypedReader<T> reader) {
        Optional<T> fromNested = nested.flatMap(n -> reader.read(n, key, problems));
        Optional<T> fromTop = reader.read(top, key, problems);
        if (fromNested.isPresent() && fromTop.isPresent() && !fromNested.equals(fromTop)) {
            problems.warning("field-conflict", top.locationOf(key),
                    "\"" + key + "\" is set both here and under metadata:, to different values; the one under metadata: is used.",
                    "Keep one of the two.");
        }
        return fromNested.isPresent() ? fromNested : fromTop;
    }

    private List<String> eitherList(String key, java.util.function.Function<String, List<String>> split) {
        return either(key, (mapping, k, p) -> mapping.list(k, split, p)).orElse(List.of());
    }

    @FunctionalInterface
    private interface TypedReader<T> {
        Optional<T> read(YamlMapping mapping, String key, Problems problems);
    }

    private ProgressiveDisclosure disclosure(YamlMapping yaml) {
        return new ProgressiveDisclosure(
                yaml.bool("enabled", problems).orElse(null),
                firstOf(yaml, "level1_tokens", "level_1_tokens"),
                firstOf(yaml, "level2_tokens", "level_2_tokens"));
    }

    private Integer firstOf(YamlMapping yaml, String key, String alias) {
        return yaml.integer(key, problems).or(() -> yaml.integer(alias, problems)).orElse(null);
    }

    private Triggers triggers(YamlMapping yaml) {
        BiFunction<YamlMapping, String, List<String>> list =
                (m, k) -> m.list(k, SkillMetadataReader::commaSeparated, problems).orElse(List.of());
        return new Triggers(list.apply(yaml, "keywords"), list.apply(yaml, "languages"),
                list.apply(yaml, "agents"), list.apply(yaml, "phases"));
    }

    private List<ExtraField> extras(Optional<YamlMapping> disclosure, Optional<YamlMapping> triggers) {
        List<ExtraField> extras = new ArrayList<>();
        extras.addAll(ExtraField.unread("", top));
        nested.ifPresent(n -> extras.addAll(ExtraField.unread(METADATA + ".", n)));
        disclosure.ifPresent(d -> extras.addAll(ExtraField.unread(DISCLOSURE + ".", d)));
        triggers.ifPresent(t -> extras.addAll(ExtraField.unread(TRIGGERS + ".", t)));
        return extras;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> distinct(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (out.stream().noneMatch(seen -> seen.equalsIgnoreCase(item))) {
                out.add(item);
            }
        }
        return out;
    }

    static List<String> commaSeparated(String text) {
        return Arrays.asList(text.split(","));
    }

    /**
     * Tools written as one string: comma-separated if there is a comma, else space-separated, never
     * splitting inside parentheses, so that {@code Bash(git add:*) Read} is two tools.
     */
    static List<String> toolList(String text) {
        if (text.contains(",")) {
            return commaSeparated(text);
        }
        List<String> tools = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (Character.isWhitespace(c) && depth == 0) {
                tools.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        tools.add(current.toString());
        return tools;
    }
}
