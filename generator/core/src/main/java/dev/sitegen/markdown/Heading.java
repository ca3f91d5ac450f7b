package dev.sitegen.markdown;

/**
 * A heading of a page: its level (2 to 6; the title is not one), id, plain text, source line, and
 * where it starts in the Markdown body, so that the body can be cut into sections.
 */
public record Heading(int level, String id, String text, int line, int offset) {
}
