package dev.sitegen.markdown;

/**
 * How deep the block quotes and lists of a page may nest, read from its lines without parsing it.
 * flexmark parses and renders by recursion, once per level, and parses nested lists in time that
 * grows with the square of their depth, so a page nested thousands deep would exhaust the stack or
 * the build's time before it could be reported.
 *
 * <p>The count errs high: every quote or list marker that opens a line is a level, and so is every
 * two columns of the line's indentation, the least a list item's content is indented.
 */
final class Nesting {

    private Nesting() {
    }

    /** The first line (counting from 1) that may nest deeper than {@code limit} levels, or 0 if none does. */
    static int firstLineDeeperThan(String markdown, int limit) {
        int line = 1;
        int at = 0;
        while (at < markdown.length()) {
            int columns = 0;
            while (at < markdown.length() && (markdown.charAt(at) == ' ' || markdown.charAt(at) == '\t')) {
                columns += markdown.charAt(at) == '\t' ? 4 : 1;
                at++;
            }
            int depth = columns / 2;
            for (int marker; depth <= limit && (marker = marker(markdown, at)) > 0; depth++) {
                at += marker;
                while (at < markdown.length() && (markdown.charAt(at) == ' ' || markdown.charAt(at) == '\t')) {
                    at++;
                }
            }
            if (depth > limit) {
                return line;
            }
            int end = markdown.indexOf('\n', at);
            if (end < 0) {
                break;
            }
            at = end + 1;
            line++;
        }
        return 0;
    }

    /** The length of the quote or list marker at {@code at}, or 0 if there is none. */
    private static int marker(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        if (c == '>') {
            return 1;
        }
        int end = at;
        if (c == '-' || c == '+' || c == '*') {
            end = at + 1;
        } else {
            while (end < text.length() && end - at < 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end == at || end >= text.length() || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
                return 0;
            }
            end++;
        }
        // A list marker is followed by a space, a tab or the end of the line.
        return end >= text.length() || text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\n' ? end - at : 0;
    }
}
