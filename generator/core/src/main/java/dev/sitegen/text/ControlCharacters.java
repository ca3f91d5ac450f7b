package dev.sitegen.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters that readers cannot see, that XML 1.0 does not allow even escaped (so that an Atom feed
 * holding one does not parse), and that a terminal showing a problem would obey: the C0 controls but
 * tab, line feed and carriage return, and U+FFFE and U+FFFF. Site-gen replaces them with U+FFFD.
 */
public final class ControlCharacters {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private ControlCharacters() {
    }

    /** Where the first one is in {@code text}, or -1. */
    public static int indexIn(String text) {
        Matcher m = CONTROL.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** {@code text} with each replaced by U+FFFD. */
    public static String replace(String text) {
        return CONTROL.matcher(text).replaceAll("\uFFFD");
    }

    /** The character at {@code index} of {@code text}, as "U+0007". */
    public static String name(String text, int index) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(index));
    }
}
