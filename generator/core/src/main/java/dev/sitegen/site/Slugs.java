package dev.sitegen.site;

import dev.sitegen.text.FileNames;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL path segments made from names: lowercase letters and digits of any script, joined by hyphens,
 * and short enough to be a folder's name.
 */
public final class Slugs {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_]+");

    private Slugs() {
    }

    /** The slug of {@code name}, or {@code fallback} if nothing of it is left. */
    public static String of(String name, String fallback) {
        String slug = FileNames.shortened(SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"));
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
