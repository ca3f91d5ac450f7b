package dev.sitegen.search;

import java.util.List;
import java.util.Objects;

/**
 * What search finds: one section of a page, the text under one of its headings, or the text
 * before the first heading.
 *
 * @param url where the section is, relative to the site root: the page's URL, with
 *            {@code #heading-id} for a section under a heading
 * @param title the page's title
 * @param heading the section's heading; empty for the text before the first heading
 * @param text the section's text, plain
 * @param keywords the skill's tags and trigger keywords
 * @param boost how much higher than others that match as well this section ranks: 1 for most,
 *              below 1 to rank lower, such as the pages of an older version of a skill
 */
public record SearchDocument(String url, String title, String heading, String text, List<String> keywords, double boost) {

    public SearchDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        keywords = List.copyOf(keywords);
        if (!(boost > 0) || Double.isInfinite(boost)) {
            throw new IllegalArgumentException("boost must be a positive number, not " + boost);
        }
    }

    public SearchDocument(String url, String title, String heading, String text, List<String> keywords) {
        this(url, title, heading, text, keywords, 1);
    }

    /** Whether this is the text before the page's first heading, which stands for the page. */
    boolean opensPage() {
        return url.indexOf('#') < 0;
    }
}
