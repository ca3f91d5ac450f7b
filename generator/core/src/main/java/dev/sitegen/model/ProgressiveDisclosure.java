package dev.sitegen.model;

/**
 * A skill's declared token budgets: {@code level1Tokens} for what an agent always reads (the quick
 * reference), {@code level2Tokens} for the whole body. Null where not declared.
 */
public record ProgressiveDisclosure(Boolean enabled, Integer level1Tokens, Integer level2Tokens) {
}
