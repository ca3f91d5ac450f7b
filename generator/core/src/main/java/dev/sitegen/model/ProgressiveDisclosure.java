package dev.sitegen.model;

/**
 * A skill's declared token budgets: {@code level1Tokens} for what an agent always reads (the quick
 * reference), {@code level2Tokens} for the whole body. Null where not declared.
 */
public record ProgressiveDisclosure(Boolean enabled, Integer level1Tokens, Integer level2Tokens) {

    /** "enabled · level 1: 100 tokens · level 2: 5,000 tokens", leaving out what is not declared. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (enabled != null) {
            parts.add(enabled ? "enabled" : "disabled");
        }
        java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT);
        if (level1Tokens != null) {
            parts.add("level 1: " + number.format(level1Tokens) + " tokens");
        }
        if (level2Tokens != null) {
            parts.add("level 2: " + number.format(level2Tokens) + " tokens");
        }
        return String.join(" · ", parts);
    }
}
