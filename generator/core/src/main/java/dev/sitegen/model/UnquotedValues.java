package dev.sitegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values written without the quotes YAML needs, which authors write often and lenient readers
 * accept: {@code description: Use when: the user asks}, where YAML takes {@code when:} for another
 * key, and values that start with {@code @}, a back-tick or a bracketed word. The Agent Skills
 * guide for clients suggests reading such front matter again with those values quoted; this
 * quotes them, on the same lines, so that every line and key keeps its place.
 */
final class UnquotedValues {

    /** A key and its value on one line, the value plain: not quoted, not a block, anchor, alias or tag. */
    private static final Pattern KEY_VALUE = Pattern.compile("^([ \\t]*)((?:-[ \\t]+)?[A-Za-z0-9_][\\w.-]*:[ \\t]+)([^\"'|>&*!#\\s].*?)[ \\t]*$");

    /** Text that opens with a bracketed word, as {@code [WIP] Drafts replies}: not a list left open, which is an error. */
    private static final Pattern BRACKETED_PREFIX = Pattern.compile("^(?:\\[[^\\]]*\\]|\\{[^}]*\\})[ \\t]*[^\\s,].*");

    private UnquotedValues() {
    }

    /**
     * A value YAML cannot read as it is written.
     *
     * @param line its line in the YAML, from 0
     * @param column where the value starts, from 0
     */
    record Unquoted(int line, int column, String key, String why) {
    }

    /** The YAML with its unquoted values quoted, and where they were; empty when there were none. */
    record Repair(String yaml, List<Unquoted> values) {
    }

    static Optional<Repair> repair(String yaml) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        List<Unquoted> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = KEY_VALUE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            // A plain value runs on over the lines indented deeper than its key, with spaces (a tab is no indentation
            // in YAML, and is reported as such); the quote closes after the last.
            int last = i;
            for (int j = i + 1; j < lines.size() && (lines.get(j).isBlank() || indent(lines.get(j)) > m.group(1).length()); j++) {
                if (!lines.get(j).isBlank()) {
                    last = j;
                }
            }
            StringBuilder value = new StringBuilder(m.group(3));
            for (int j = i + 1; j <= last; j++) {
                value.append(' ').append(lines.get(j).strip());
            }
            Optional<String> why = whyUnreadable(value.toString());
            if (why.isEmpty()) {
                continue;
            }
            String key = m.group(2).replaceFirst("^-[ \\t]+", "").replaceFirst(":[ \\t]+$", "");
            found.add(new Unquoted(i, m.start(3), key, why.get()));
            lines.set(i, m.group(1) + m.group(2) + "'" + m.group(3).replace("'", "''") + (last == i ? "'" : ""));
            for (int j = i + 1; j <= last; j++) {
                lines.set(j, lines.get(j).replace("'", "''") + (j == last ? "'" : ""));
            }
            i = last;
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Repair(String.join("\n", lines) + "\n", found));
    }

    /** Why YAML cannot read this plain value, if it cannot. */
    private static Optional<String> whyUnreadable(String value) {
        if (value.startsWith("[") || value.startsWith("{")) {
            // A list or mapping, left open or not: text only when words follow its brackets.
            return BRACKETED_PREFIX.matcher(value).matches()
                    ? Optional.of("starts with " + value.charAt(0) + ", which YAML reads as the start of a list or mapping") : Optional.empty();
        }
        if (value.contains(": ") || value.contains(":\t") || value.endsWith(":")) {
            return Optional.of("holds \": \", which YAML reads as the start of another key");
        }
        if (value.startsWith("@") || value.startsWith("`")) {
            return Optional.of("starts with " + value.charAt(0) + ", which YAML keeps for itself");
        }
        return Optional.empty();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
