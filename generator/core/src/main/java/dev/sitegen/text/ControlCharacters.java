package dev.sitegen.text;

/**
 * Characters that readers cannot see, that XML 1.0 does not allow even escaped (so that an Atom feed
 * holding one does not parse), and that a terminal showing a problem would obey: the C0 controls but
 * tab, line feed and carriage return, and U+FFFE and U+FFFF. Site-gen replaces them with U+FFFD.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Where the first one is in {@code text}, or -1. Every page is searched: a plain loop, far quicker than a regular expression. */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with each replaced by U+FFFD; {@code text} itself if it has none, as nearly all text has not. */
    public static String replace(String text) {
        int first = indexIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder replaced = new StringBuilder(text);
        for (int i = first; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                replaced.setCharAt(i, '\uFFFD');
            }
        }
        return replaced.toString();
    }

    private static boolean is(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == '\uFFFE' || c == '\uFFFF';
    }

    /** The character at {@code index} of {@code text}, as "U+0007". */
    public static String name(String text, int index) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(index));
    }
}
