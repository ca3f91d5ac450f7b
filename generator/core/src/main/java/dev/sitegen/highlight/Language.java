package dev.sitegen.highlight;

import java.util.List;
import java.util.Set;

/**
 * What the highlighter needs to know of a language: how its comments, strings and names look.
 * Each language is data; {@link Lexer} is the one algorithm that reads them all.
 *
 * @param lineComments what starts a comment that runs to the end of the line ({@code #}, {@code //})
 * @param blockComments pairs of what opens and closes a comment ({@code /*}, {@code *}{@code /})
 * @param strings what opens a string, and closes it unless it is a triple quote closed by itself:
 *     {@code "}, {@code '}, {@code `}, {@code """}
 * @param keywords words of the language
 * @param literals constants such as {@code true} and {@code None}
 * @param builtins names the language or its shell provides, such as {@code print} or {@code grep}
 * @param caseInsensitive whether words match in any case (SQL)
 * @param meta what starts an annotation or decorator ({@code @}), or a preprocessor line ({@code #})
 * @param shell whether it is a shell's: {@code $name} and {@code ${...}} are variables, single quotes escape
 *     nothing, and words joined by hyphens, dots or slashes are one word
 * @param keys what follows a key: {@code :} (YAML, JSON), {@code =} (TOML), or nothing (0) in
 *     languages without keys; a word is a key only where it opens its line (or a YAML list item),
 *     a quoted key anywhere
 * @param sections whether {@code [section]} opening a line is a section header (TOML, INI)
 * @param types whether capitalised words are types (Java, TypeScript...)
 * @param calls whether a word followed by {@code (} is a call
 * @param markup whether {@code <tag attribute="value">} is markup (HTML, XML); strings are then only
 *     read inside tags, so an apostrophe in text is text
 * @param diff whether lines opening with {@code +}, {@code -} or {@code @@} are a diff's insertions,
 *     deletions and hunk headers
 */
record Language(List<String> lineComments, List<String[]> blockComments, List<String> strings, Set<String> keywords,
                Set<String> literals, Set<String> builtins, boolean caseInsensitive, String meta, boolean shell,
                char keys, boolean sections, boolean types, boolean calls, boolean markup, boolean diff) {

    static Builder named() {
        return new Builder();
    }

    static final class Builder {
        private List<String> lineComments = List.of();
        private List<String[]> blockComments = List.of();
        private List<String> strings = List.of("\"", "'");
        private Set<String> keywords = Set.of();
        private Set<String> literals = Set.of();
        private Set<String> builtins = Set.of();
        private boolean caseInsensitive;
        private String meta;
        private boolean shell;
        private char keys;
        private boolean sections;
        private boolean types;
        private boolean calls;
        private boolean markup;
        private boolean diff;

        Builder lineComments(String... starts) {
            lineComments = List.of(starts);
            return this;
        }

        Builder blockComment(String open, String close) {
            blockComments = List.<String[]>of(new String[] {open, close});
            return this;
        }

        Builder strings(String... quotes) {
            strings = List.of(quotes);
            return this;
        }

        Builder keywords(String... words) {
            keywords = Set.of(words);
            return this;
        }

        Builder literals(String... words) {
            literals = Set.of(words);
            return this;
        }

        Builder builtins(String... words) {
            builtins = Set.of(words);
            return this;
        }

        Builder caseInsensitive() {
            caseInsensitive = true;
            return this;
        }

        Builder meta(String start) {
            meta = start;
            return this;
        }

        Builder shell() {
            shell = true;
            return this;
        }

        Builder keys(char separator) {
            keys = separator;
            return this;
        }

        Builder sections() {
            sections = true;
            return this;
        }

        Builder typesAndCalls() {
            types = true;
            calls = true;
            return this;
        }

        Builder calls() {
            calls = true;
            return this;
        }

        Builder markup() {
            markup = true;
            return this;
        }

        Builder diff() {
            diff = true;
            return this;
        }

        Language build() {
            return new Language(lineComments, blockComments, strings, keywords, literals, builtins, caseInsensitive, meta,
                    shell, keys, sections, types, calls, markup, diff);
        }
    }
}
