package dev.sitegen.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Syntax highlighting at build time, so that code has its colours with JavaScript off and no script
 * runs in the reader's browser for it. Languages are named as fenced code names them ({@code python},
 * {@code sh}, {@code ts}...); an unknown language is left as plain escaped text.
 */
public final class Highlighter {

    private static final Map<String, Language> LANGUAGES = new HashMap<>();

    static {
        register(Language.named()
                .lineComments("#")
                .strings("\"\"\"", "'''", "\"", "'")
                .meta("@")
                .keywords("and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
                        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "match", "case",
                        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield")
                .literals("True", "False", "None", "self", "cls")
                .builtins("print", "len", "range", "dict", "list", "set", "tuple", "str", "int", "float", "bool",
                        "isinstance", "super", "open", "enumerate", "zip", "map", "filter", "sorted", "type")
                .typesAndCalls()
                .build(), "python", "py", "python3", "pycon", "ipython");

        register(Language.named()
                .lineComments("#")
                .shell()
                .keywords("if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
                        "function", "return", "local", "export", "readonly", "declare", "set", "unset", "source", "exit")
                .builtins("cd", "echo", "printf", "cat", "grep", "sed", "awk", "curl", "git", "mkdir", "rm", "cp", "mv", "ls",
                        "npm", "npx", "pip", "uv", "python", "python3", "java", "mvn", "docker", "kubectl", "make", "chmod",
                        "sudo", "brew", "node")
                .build(), "bash", "sh", "shell", "zsh", "console", "shell-session", "terminal");

        register(Language.named()
                .lineComments("#")
                .strings("\"\"\"", "'''", "\"", "'")
                .keys('=')
                .sections()
                .literals("true", "false")
                .build(), "toml", "ini", "cfg");

        register(Language.named()
                .lineComments("#")
                .keys(':')
                .meta("&")
                .literals("true", "false", "yes", "no", "null", "on", "off")
                .build(), "yaml", "yml");

        register(Language.named()
                .lineComments("//")
                .blockComment("/*", "*/")
                .strings("\"")
                .keys(':')
                .literals("true", "false", "null")
                .build(), "json", "jsonc", "json5", "jsonl");

        register(cFamily("@", "abstract", "assert", "break", "case", "catch", "class", "continue", "default", "do",
                "else", "enum", "extends", "final", "finally", "for", "if", "implements", "import", "instanceof", "interface",
                "native", "new", "package", "private", "protected", "public", "record", "return", "sealed", "permits", "static",
                "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "var", "void", "volatile",
                "while", "yield", "boolean", "byte", "char", "double", "float", "int", "long", "short").build(), "java");

        register(cFamily("@", "as", "break", "class", "continue", "do", "else", "for", "fun", "if", "in", "interface",
                "is", "object", "package", "return", "super", "this", "throw", "try", "typealias", "val", "var", "when", "while",
                "import", "data", "sealed", "override", "private", "public", "internal", "suspend", "companion").build(),
                "kotlin", "kt", "kts");

        register(cFamily("@", "abstract", "as", "async", "await", "break", "case", "catch", "class", "const",
                "constructor", "continue", "debugger", "declare", "default", "delete", "do", "else", "enum", "export", "extends",
                "finally", "for", "from", "function", "get", "if", "implements", "import", "in", "instanceof", "interface", "keyof",
                "let", "namespace", "new", "of", "private", "protected", "public", "readonly", "return", "set", "static", "super",
                "switch", "this", "throw", "try", "type", "typeof", "var", "void", "while", "with", "yield", "satisfies",
                "string", "number", "boolean", "any", "unknown", "never").build(),
                "typescript", "ts", "tsx", "javascript", "js", "jsx", "mjs", "cjs", "node");

        register(cFamily(null, "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
                "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
                "switch", "type", "var", "string", "int", "bool", "error", "byte", "rune").build(), "go", "golang");

        register(cFamily("#", "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
                "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
                "self", "Self", "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while")
                // A quote in Rust more often opens a lifetime ('a) than a character.
                .strings("\"")
                .build(), "rust", "rs");

        register(cFamily("#", "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
                "enum", "extern", "float", "for", "goto", "if", "int", "long", "register", "return", "short", "signed", "sizeof",
                "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "class", "namespace",
                "template", "typename", "public", "private", "protected", "virtual", "new", "delete", "using",
                "bool", "string", "var", "async", "await", "foreach", "in", "out").build(),
                "c", "h", "cpp", "c++", "cc", "hpp", "csharp", "cs", "c#");

        register(Language.named()
                .lineComments("--")
                .blockComment("/*", "*/")
                .strings("'", "\"")
                .caseInsensitive()
                .keywords("select", "from", "where", "insert", "into", "values", "update", "set", "delete", "create",
                        "table", "index", "view", "drop", "alter", "add", "join", "left", "right", "inner", "outer", "on", "group",
                        "by", "order", "having", "limit", "offset", "as", "and", "or", "not", "is", "in", "exists",
                        "primary", "key", "foreign", "references", "distinct", "union", "all", "case", "when", "then", "else",
                        "end", "with", "returning", "default", "unique", "begin", "commit", "rollback")
                .literals("null", "true", "false")
                .calls()
                .build(), "sql", "postgresql", "psql", "mysql", "sqlite");

        register(Language.named()
                .blockComment("<!--", "-->")
                .markup()
                .build(), "html", "xml", "svg", "xhtml", "vue");

        register(Language.named()
                .blockComment("/*", "*/")
                .meta("@")
                .keys(':')
                .calls()
                .build(), "css", "scss", "less");

        register(Language.named()
                .strings()
                .diff()
                .build(), "diff", "patch");

        register(Language.named()
                .lineComments("#")
                .shell()
                .keywords("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                        "WORKDIR", "ARG", "ONBUILD", "HEALTHCHECK", "SHELL", "AS")
                .build(), "dockerfile", "docker");
    }

    private Highlighter() {
    }

    /** Java, Kotlin, TypeScript, Go, Rust, C and C#: C's comments and quotes, annotations, types and calls. */
    private static Language.Builder cFamily(String meta, String... keywords) {
        return Language.named()
                .lineComments("//")
                .blockComment("/*", "*/")
                .strings("`", "\"", "'")
                .meta(meta)
                .keywords(keywords)
                .literals("true", "false", "null", "nil", "nullptr", "undefined", "NaN")
                .typesAndCalls();
    }

    private static void register(Language language, String... names) {
        for (String name : names) {
            LANGUAGES.put(name, language);
        }
    }

    /** The code as escaped HTML with its tokens marked, or empty when the language is not known. */
    public static Optional<String> highlight(String language, String code) {
        if (language == null) {
            return Optional.empty();
        }
        Language known = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
        return known == null ? Optional.empty() : Optional.of(Lexer.highlight(known, code));
    }
}
