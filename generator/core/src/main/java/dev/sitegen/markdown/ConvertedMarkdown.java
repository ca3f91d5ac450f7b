package dev.sitegen.markdown;

import java.util.List;

/**
 * A Markdown body as HTML, with what the site needs to know of it.
 *
 * @param title the text of the opening level-1 heading, which was taken out of {@code html}; null if none
 * @param html the body, safe to embed: raw HTML in the Markdown has been sanitised
 * @param headings every heading left in the body, in order
 * @param sections the body's plain text, cut at its headings, for search
 */
public record ConvertedMarkdown(String title, String html, List<Heading> headings, List<TextSection> sections) {

    public ConvertedMarkdown {
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
    }
}
