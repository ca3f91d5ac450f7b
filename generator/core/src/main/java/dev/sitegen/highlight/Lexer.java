package dev.sitegen.highlight;

import dev.sitegen.text.HtmlText;

import java.util.Locale;

/**
 * Reads code once, left to right, and writes it as escaped HTML with each token in a
 * {@code <span class="tok-CLASS">}: comments, strings, numbers, keywords, literals, built-ins,
 * types, calls, annotations, variables, keys, section headers, tags and diff lines, as the
 * {@link Language} says its tokens look. A token never runs past its line except block comments,
 * triple-quoted and template strings, so a misread token spoils one line at most.
 */
final class Lexer {

    private final Language language;
    private final String code;
    private final StringBuilder out;
    private int at;
    /** Whether {@link #at} is inside a markup tag, where attributes and strings are. */
    private boolean inTag;

    private Lexer(Language language, String code) {
        this.language = language;
        this.code = code;
        this.out = new StringBuilder(code.length() + code.length() / 2);
    }

    static String highlight(Language language, String code) {
        Lexer lexer = new Lexer(language, code);
        while (lexer.at < code.length()) {
            if (!lexer.token()) {
                lexer.escape(lexer.at, ++lexer.at);
            }
        }
        return lexer.out.toString();
    }

    /** Writes the token that starts at {@link #at}, if one does, and moves past it. */
    private boolean token() {
        if (language.diff() && (at == 0 || code.charAt(at - 1) == '\n')) {
            String kind = code.startsWith("@@", at) ? "meta"
                    : code.charAt(at) == '+' ? "inserted"
                    : code.charAt(at) == '-' ? "deleted"
                    : null;
            if (kind != null) {
                return span(kind, lineEnd(at));
            }
        }
        for (String[] block : language.blockComments()) {
            if (code.startsWith(block[0], at)) {
                int end = code.indexOf(block[1], at + block[0].length());
                return span("comment", end < 0 ? code.length() : end + block[1].length());
            }
        }
        if (language.markup()) {
            return markup();
        }
        for (String start : language.lineComments()) {
            // A # after a non-space is no comment in shells and YAML ("C#", "$#", "page#part"), and seldom meant as one elsewhere.
            if (code.startsWith(start, at) && (!start.equals("#") || at == 0 || Character.isWhitespace(code.charAt(at - 1)))) {
                return span("comment", lineEnd(at));
            }
        }
        if (language.meta() != null && code.startsWith(language.meta(), at)) {
            boolean directive = language.meta().equals("#");
            int end = directive ? (opensLine(at) ? lineEnd(at) : at) : wordEnd(at + 1);
            if (end > at + 1) {
                return span("meta", end);
            }
        }
        if (language.sections() && code.charAt(at) == '[' && opensLine(at)) {
            int close = code.indexOf(']', at);
            if (close > 0 && close < lineEnd(at)) {
                return span("property", close + (code.startsWith("]]", close) ? 2 : 1));
            }
        }
        for (String quote : language.strings()) {
            if (code.startsWith(quote, at)) {
                int end = stringEnd(quote);
                return span(language.keys() != 0 && followedBy(end, language.keys()) ? "key" : "string", end);
            }
        }
        char c = code.charAt(at);
        if (language.shell() && c == '$' && at + 1 < code.length()) {
            char next = code.charAt(at + 1);
            int end = next == '{' ? Math.min(lineEnd(at), closing('}', at + 2)) : isWordChar(next) ? wordEnd(at + 1) : at + 2;
            return span("variable", end);
        }
        if (Character.isDigit(c) && (at == 0 || !isWordChar(code.charAt(at - 1)))) {
            return span("number", numberEnd());
        }
        if (Character.isLetter(c) || c == '_') {
            return word();
        }
        return false;
    }

    /** HTML and XML: tags, their attributes and quoted values; the text between tags stays plain. */
    private boolean markup() {
        char c = code.charAt(at);
        if (!inTag && c == '<') {
            int name = code.startsWith("</", at) ? at + 2 : at + 1;
            int end = wordEnd(name);
            while (end < code.length() && (code.charAt(end) == '-' || code.charAt(end) == ':')) {
                end = wordEnd(end + 1);
            }
            inTag = end > name;
            return inTag && span("tag", end);
        }
        if (!inTag) {
            return false;
        }
        if (c == '>' || code.startsWith("/>", at)) {
            inTag = false;
            return span("tag", at + (c == '>' ? 1 : 2));
        }
        if (c == '"' || c == '\'') {
            return span("string", stringEnd(String.valueOf(c)));
        }
        if (Character.isLetter(c)) {
            int end = at;
            while (end < code.length() && (isWordChar(code.charAt(end)) || code.charAt(end) == '-' || code.charAt(end) == ':')) {
                end++;
            }
            return span("attribute", end);
        }
        return false;
    }

    private boolean word() {
        int end = wordEnd(at);
        if (language.keys() != 0 && opensEntry(at) && keyEndsAt(end)) {
            return span("key", end);
        }
        if (language.shell() && (at > 0 && isJoiner(code.charAt(at - 1)) || joinsNext(end))) {
            // Words joined by hyphens, dots or slashes are one shell word: python in otto-python, git
            // in my-git-repo, docker in ./run-docker.sh and source in --source are no commands.
            return plain(shellWordEnd(end));
        }
        String word = code.substring(at, end);
        String lookup = language.caseInsensitive() ? word.toLowerCase(Locale.ROOT) : word;
        String kind = language.keywords().contains(lookup) ? "keyword"
                : language.literals().contains(lookup) ? "literal"
                : language.builtins().contains(lookup) ? "builtin"
                : language.calls() && end < code.length() && code.charAt(end) == '(' ? "function"
                : language.types() && isTypeName(word) ? "type"
                : null;
        return kind == null ? plain(end) : span(kind, end);
    }

    private boolean plain(int end) {
        escape(at, end);
        at = end;
        return true;
    }

    /** Whether a hyphen, dot or slash at {@code i} joins the word before it to the next. */
    private boolean joinsNext(int i) {
        return i + 1 < code.length() && isJoiner(code.charAt(i)) && isWordChar(code.charAt(i + 1));
    }

    private int shellWordEnd(int from) {
        int i = from;
        while (i < code.length() && (isWordChar(code.charAt(i)) || joinsNext(i))) {
            i++;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '/';
    }

    /** Whether a word opens its line, or a YAML list item ({@code - key: value}). */
    private boolean opensEntry(int i) {
        if (opensLine(i)) {
            return true;
        }
        return language.keys() == ':' && i >= 2 && code.startsWith("- ", i - 2) && opensLine(i - 2);
    }

    /** Whether only spaces stand between the start of the line and {@code i}. */
    private boolean opensLine(int i) {
        int j = i - 1;
        while (j >= 0 && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || code.charAt(j) == '\n';
    }

    /** Whether a key's first word ending at {@code from} goes on, through dotted or dashed words, to its separator. */
    private boolean keyEndsAt(int from) {
        int i = from;
        while (i < code.length() && (isWordChar(code.charAt(i)) || code.charAt(i) == '.' || code.charAt(i) == '-')) {
            i++;
        }
        if (!followedBy(i, language.keys())) {
            return false;
        }
        if (language.keys() != ':') {
            return true;
        }
        // YAML needs a space or the line's end after the colon: "http://x" is not a key.
        int after = code.indexOf(':', i) + 1;
        return after == code.length() || code.charAt(after) == ' ' || code.charAt(after) == '\n';
    }

    /** Whether {@code separator} is the next character after {@code i}, spaces aside. */
    private boolean followedBy(int i, char separator) {
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        return i < code.length() && code.charAt(i) == separator;
    }

    private int stringEnd(String quote) {
        boolean multiline = quote.length() == 3 || quote.equals("`");
        // Single quotes in a shell take every character literally, the backslash too.
        boolean escapes = !(language.shell() && quote.equals("'"));
        int i = at + quote.length();
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\' && escapes) {
                i += 2;
            } else if (code.startsWith(quote, i)) {
                return i + quote.length();
            } else if (c == '\n' && !multiline) {
                return i;
            } else {
                i++;
            }
        }
        return code.length();
    }

    private int numberEnd() {
        int i = at;
        while (i < code.length() && (isWordChar(code.charAt(i))
                || code.charAt(i) == '.' && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < code.length() && isWordChar(code.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineEnd(int from) {
        int end = code.indexOf('\n', from);
        return end < 0 ? code.length() : end;
    }

    private int closing(char c, int from) {
        int end = code.indexOf(c, from);
        return end < 0 ? code.length() : end + 1;
    }

    private boolean span(String kind, int end) {
        out.append("<span class=\"tok-").append(kind).append("\">");
        escape(at, end);
        out.append("</span>");
        at = end;
        return true;
    }

    private void escape(int from, int to) {
        HtmlText.escape(code, from, to, out);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A capitalised name with a lower-case letter after the first: {@code String}, not {@code MAX} or {@code A}. */
    private static boolean isTypeName(String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
