package dev.sitegen.markdown;

/** A heading of a page: its level (2 to 6; the title is not one), id, plain text and source line. */
public record Heading(int level, String id, String text, int line) {
}
