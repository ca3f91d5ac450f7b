package dev.sitegen.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's tokens: an ordered list of rules, each a token class and a regular expression.
 * The rules are compiled into one alternation, so a line is scanned once; at each position the
 * first rule that matches wins, which is why comments and strings come before keywords.
 */
final class Grammar {

    private final Pattern pattern;
    private final List<String> classes;

    private Grammar(Pattern pattern, List<String> classes) {
        this.pattern = pattern;
        this.classes = classes;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final StringBuilder regex = new StringBuilder();
        private final List<String> classes = new ArrayList<>();

        /** Adds a rule; its expression must not contain capturing groups. */
        Builder rule(String cssClass, String expression) {
            regex.append(regex.length() == 0 ? "" : "|").append('(').append(expression).append(')');
            classes.add(cssClass);
            return this;
        }

        /** Whole words from a list, such as keywords. */
        Builder words(String cssClass, String... words) {
            return rule(cssClass, "\\b(?:" + String.join("|", words) + ")\\b");
        }

        Grammar build() {
            return build(0);
        }

        /** @param flags extra {@link Pattern} flags, such as case-insensitivity for SQL */
        Grammar build(int flags) {
            return new Grammar(Pattern.compile(regex.toString(), Pattern.MULTILINE | flags), List.copyOf(classes));
        }
    }

    /** The code as escaped HTML, each token in a {@code <span class="tok-CLASS">}. */
    String highlight(String code) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 2);
        Matcher m = pattern.matcher(code);
        int at = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            escape(code, at, m.start(), out);
            int rule = 0;
            while (m.group(rule + 1) == null) {
                rule++;
            }
            out.append("<span class=\"tok-").append(classes.get(rule)).append("\">");
            escape(code, m.start(), m.end(), out);
            out.append("</span>");
            at = m.end();
        }
        escape(code, at, code.length(), out);
        return out.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
