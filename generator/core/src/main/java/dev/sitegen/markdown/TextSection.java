package dev.sitegen.markdown;

/**
 * The plain text of a page under one heading, down to the next: what search indexes.
 *
 * @param headingId the heading's id, or null for the text before the first heading
 * @param heading the heading's text, or "" before the first heading
 */
public record TextSection(String headingId, String heading, String text) {
}
