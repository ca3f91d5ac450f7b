package dev.sitegen.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Markdown body cut at its headings, for comparing versions section by section. */
public final class Sections {

    private Sections() {
    }

    /**
     * Heading text to the section's source text, heading line included, in order; the text before
     * the first heading is under "". Headings that repeat share one entry.
     *
     * @param headings the body's headings, with their offsets in it
     */
    public static Map<String, String> of(String body, List<Heading> headings) {
        Map<String, String> sections = new LinkedHashMap<>();
        int start = 0;
        String title = "";
        for (Heading heading : headings) {
            int end = Math.min(heading.offset(), body.length());
            sections.merge(title, body.substring(start, end), String::concat);
            start = end;
            title = heading.text();
        }
        sections.merge(title, body.substring(start), String::concat);
        return sections;
    }
}
