package dev.sitegen.search;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * lunr.tokenizer for a string, in Java: lower case, then split on runs of white space, hyphens,
 * slashes, underscores and dots ({@code lunr.tokenizer.separator}, as search-lunr.js sets it:
 * /[\s\-\/_.]+/), one UTF-16 unit at a time as lunr does.
 */
final class LunrTokenizer {

    private LunrTokenizer() {
    }

    static void tokens(String text, Consumer<String> action) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || isSeparator(lower.charAt(i))) {
                if (i > start) {
                    action.accept(lower.substring(start, i));
                }
                start = i + 1;
            }
        }
    }

    /** A hyphen, a slash, an underscore, a dot or what JavaScript's \s matches: its white space and line terminators. */
    static boolean isSeparator(char c) {
        return switch (c) {
            case '-', '/', '_', '.', '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
