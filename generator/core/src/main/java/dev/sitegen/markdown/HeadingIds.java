package dev.sitegen.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading ids as GitHub makes them (github-slugger), because authors write {@code #anchor} links
 * against the ids GitHub shows them: lowercase, drop everything but letters, marks, digits,
 * underscores, hyphens and spaces, turn spaces into hyphens, and number repeats {@code -1},
 * {@code -2}. One instance per page.
 */
public final class HeadingIds {

    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private final Map<String, Integer> seen = new HashMap<>();

    /** The id for a heading with this text, unique on the page. */
    public String next(String headingText) {
        String base = slug(headingText);
        if (base.isEmpty()) {
            base = "section";
        }
        String id = base;
        while (seen.containsKey(id)) {
            int count = seen.merge(base, 1, Integer::sum);
            id = base + "-" + count;
        }
        seen.put(id, 0);
        return id;
    }

    public static String slug(String text) {
        return DROPPED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
