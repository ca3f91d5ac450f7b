package dev.sitegen.markdown;

/**
 * The heading a piece of a page stands under: its id and text. {@link #TOP} for text before the
 * first heading.
 */
public record Section(String id, String title) {

    public static final Section TOP = new Section(null, null);

    boolean titleMatches(java.util.regex.Pattern pattern) {
        return title != null && pattern.matcher(title).find();
    }
}
