package dev.sitegen.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax highlighting at build time, so that code has its colours with JavaScript off and no script
 * runs in the reader's browser for it. Languages are named as fenced code names them ({@code python},
 * {@code sh}, {@code ts}...); an unknown language is left as plain escaped text.
 */
public final class Highlighter {

    private static final String STRING_DQ = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final String STRING_SQ = "'(?:[^'\\\\\\n]|\\\\.)*'";
    private static final String NUMBER = "\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[lLfFdDnjJ]?\\b";
    private static final String C_COMMENT = "//[^\\n]*|/\\*[\\s\\S]*?\\*/";

    private static final Map<String, Grammar> GRAMMARS = new HashMap<>();

    static {
        Grammar python = Grammar.builder()
                .rule("comment", "#[^\\n]*")
                .rule("string", "(?i:[rbuf]{0,2})(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|" + STRING_DQ + "|" + STRING_SQ + ")")
                .rule("meta", "^[ \\t]*@[\\w.]+")
                .words("keyword", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
                        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "match", "case",
                        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield")
                .words("literal", "True", "False", "None", "self", "cls")
                .words("builtin", "print", "len", "range", "dict", "list", "set", "tuple", "str", "int", "float", "bool",
                        "isinstance", "super", "open", "enumerate", "zip", "map", "filter", "sorted", "type", "Exception")
                .rule("number", NUMBER)
                .rule("function", "(?<=\\bdef )\\w+|(?<=\\bclass )\\w+")
                .build();
        register(python, "python", "py", "python3", "pycon", "ipython");

        Grammar shell = Grammar.builder()
                .rule("comment", "(?<![\\w$])#[^\\n]*")
                .rule("string", STRING_DQ + "|'[^']*'")
                .rule("variable", "\\$(?:\\{[^}\\n]*\\}|\\w+|[@*#?$!0-9-])")
                .words("keyword", "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
                        "function", "return", "local", "export", "readonly", "declare", "set", "unset", "source", "exit")
                .rule("builtin", "(?<=^|[;&|]\\s?|\\$\\(|\\s\\|\\s)(?:cd|echo|printf|cat|grep|sed|awk|curl|git|mkdir|rm|cp|mv|ls|npm|npx|pip|uv|python3?|java|mvn|docker|kubectl|make|chmod|export|sudo|apt-get|brew|node|test)\\b")
                .rule("operator", "&&|\\|\\||[|;&]|>>?|<<?")
                .rule("attribute", "(?<=\\s)--?[\\w-]+")
                .rule("number", "\\b\\d+\\b")
                .build();
        register(shell, "bash", "sh", "shell", "zsh", "console", "shell-session", "terminal");

        Grammar toml = Grammar.builder()
                .rule("comment", "#[^\\n]*")
                .rule("property", "^\\s*\\[\\[?[^\\]\\n]+\\]\\]?")
                .rule("string", "\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|" + STRING_DQ + "|'[^'\\n]*'")
                .rule("key", "^\\s*[\\w.\"-]+(?=\\s*=)")
                .words("literal", "true", "false")
                .rule("number", "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?\\b|[+-]?" + NUMBER)
                .build();
        register(toml, "toml");

        Grammar yaml = Grammar.builder()
                .rule("comment", "(?<=^|\\s)#[^\\n]*")
                .rule("meta", "^---$|^\\.\\.\\.$|[&*][\\w-]+|!!?[\\w/]+")
                .rule("key", "[\\w.\"'/-][^:#\\n]*?(?=:(?:\\s|$))")
                .rule("string", STRING_DQ + "|'(?:[^'\\n]|'')*'")
                .rule("literal", "(?<=[:\\-\\[,]\\s)(?:true|false|yes|no|null|~)(?=\\s*$|\\s*[,\\]#])")
                .rule("number", "(?<=[:\\-\\[,]\\s)[+-]?" + NUMBER + "(?=\\s*$|\\s*[,\\]#])")
                .rule("operator", "^\\s*- |[|>][-+]?(?=\\s*$)")
                .build();
        register(yaml, "yaml", "yml");

        Grammar json = Grammar.builder()
                .rule("comment", C_COMMENT)
                .rule("key", STRING_DQ + "(?=\\s*:)")
                .rule("string", STRING_DQ)
                .words("literal", "true", "false", "null")
                .rule("number", "-?" + NUMBER)
                .build();
        register(json, "json", "jsonc", "json5", "jsonl");

        Grammar jvm = cLike(new String[] {"abstract", "assert", "break", "case", "catch", "class", "continue", "default", "do",
                "else", "enum", "extends", "final", "finally", "for", "if", "implements", "import", "instanceof", "interface",
                "native", "new", "package", "private", "protected", "public", "record", "return", "sealed", "permits", "static",
                "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "var", "void", "volatile",
                "while", "yield", "boolean", "byte", "char", "double", "float", "int", "long", "short"}, "@\\w+");
        register(jvm, "java");

        Grammar kotlin = cLike(new String[] {"as", "break", "class", "continue", "do", "else", "for", "fun", "if", "in", "interface",
                "is", "object", "package", "return", "super", "this", "throw", "try", "typealias", "val", "var", "when", "while",
                "import", "data", "sealed", "override", "private", "public", "internal", "suspend", "companion", "null"}, "@\\w+");
        register(kotlin, "kotlin", "kt", "kts");

        Grammar script = cLike(new String[] {"abstract", "as", "async", "await", "break", "case", "catch", "class", "const",
                "constructor", "continue", "debugger", "declare", "default", "delete", "do", "else", "enum", "export", "extends",
                "finally", "for", "from", "function", "get", "if", "implements", "import", "in", "instanceof", "interface", "keyof",
                "let", "namespace", "new", "of", "private", "protected", "public", "readonly", "return", "set", "static", "super",
                "switch", "this", "throw", "try", "type", "typeof", "var", "void", "while", "with", "yield", "satisfies",
                "string", "number", "boolean", "any", "unknown", "never", "undefined"}, "@\\w+");
        register(script, "typescript", "ts", "tsx", "javascript", "js", "jsx", "mjs", "cjs", "node");

        Grammar go = cLike(new String[] {"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
                "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
                "switch", "type", "var", "nil", "string", "int", "bool", "error", "byte", "rune"}, null);
        register(go, "go", "golang");

        Grammar rust = cLike(new String[] {"as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
                "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
                "self", "Self", "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while"}, "#!?\\[[^\\]\\n]*\\]");
        register(rust, "rust", "rs");

        Grammar c = cLike(new String[] {"auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
                "enum", "extern", "float", "for", "goto", "if", "int", "long", "register", "return", "short", "signed", "sizeof",
                "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "class", "namespace",
                "template", "typename", "public", "private", "protected", "virtual", "new", "delete", "using", "nullptr",
                "auto", "bool", "true", "false", "string", "var", "async", "await", "foreach", "in", "out"}, "^\\s*#\\s*\\w+");
        register(c, "c", "h", "cpp", "c++", "cc", "hpp", "csharp", "cs", "c#");

        Grammar sql = Grammar.builder()
                .rule("comment", "--[^\\n]*|/\\*[\\s\\S]*?\\*/")
                .rule("string", "'(?:[^']|'')*'")
                .words("keyword", "select", "from", "where", "insert", "into", "values", "update", "set", "delete", "create",
                        "table", "index", "view", "drop", "alter", "add", "join", "left", "right", "inner", "outer", "on", "group",
                        "by", "order", "having", "limit", "offset", "as", "and", "or", "not", "null", "is", "in", "exists",
                        "primary", "key", "foreign", "references", "distinct", "union", "all", "case", "when", "then", "else",
                        "end", "with", "returning", "default", "unique", "begin", "commit", "rollback")
                .rule("number", NUMBER)
                .build(Pattern.CASE_INSENSITIVE);
        register(sql, "sql", "postgresql", "psql", "mysql", "sqlite");

        Grammar markup = Grammar.builder()
                .rule("comment", "<!--[\\s\\S]*?-->")
                .rule("tag", "</?[\\w:-]+|/?>")
                .rule("attribute", "\\b[\\w:-]+(?==)")
                .rule("string", STRING_DQ + "|" + STRING_SQ)
                .build();
        register(markup, "html", "xml", "svg", "xhtml", "vue");

        Grammar css = Grammar.builder()
                .rule("comment", "/\\*[\\s\\S]*?\\*/")
                .rule("string", STRING_DQ + "|" + STRING_SQ)
                .rule("property", "[\\w-]+(?=\\s*:[^{]*;)")
                .rule("meta", "@[\\w-]+")
                .rule("number", "-?\\d*\\.?\\d+(?:px|em|rem|%|vh|vw|s|ms|fr|deg)?\\b|#[0-9a-fA-F]{3,8}\\b")
                .build();
        register(css, "css", "scss", "less");

        Grammar diff = Grammar.builder()
                .rule("inserted", "^\\+[^\\n]*")
                .rule("deleted", "^-[^\\n]*")
                .rule("meta", "^@@[^\\n]*|^(?:diff|index) [^\\n]*")
                .build();
        register(diff, "diff", "patch");

        Grammar dockerfile = Grammar.builder()
                .rule("comment", "#[^\\n]*")
                .rule("string", STRING_DQ + "|" + STRING_SQ)
                .rule("keyword", "(?i)^\\s*(?:FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|HEALTHCHECK|SHELL)\\b")
                .rule("variable", "\\$(?:\\{[^}\\n]*\\}|\\w+)")
                .build();
        register(dockerfile, "dockerfile", "docker");
    }

    private Highlighter() {
    }

    /** The grammar of the C family: line and block comments, three kinds of string, annotations. */
    private static Grammar cLike(String[] keywords, String meta) {
        Grammar.Builder b = Grammar.builder()
                .rule("comment", C_COMMENT)
                .rule("string", "`(?:[^`\\\\]|\\\\.)*`|" + STRING_DQ + "|" + STRING_SQ);
        if (meta != null) {
            b.rule("meta", meta);
        }
        return b.words("keyword", keywords)
                .words("literal", "true", "false", "null", "undefined", "NaN")
                .rule("number", NUMBER)
                .rule("type", "\\b[A-Z][a-z0-9]\\w*\\b")
                .rule("function", "\\b[a-z_]\\w*(?=\\()")
                .build();
    }

    private static void register(Grammar grammar, String... names) {
        for (String name : names) {
            GRAMMARS.put(name, grammar);
        }
    }

    /** The code as escaped HTML with its tokens marked, or empty when the language is not known. */
    public static Optional<String> highlight(String language, String code) {
        if (language == null) {
            return Optional.empty();
        }
        Grammar grammar = GRAMMARS.get(language.toLowerCase(Locale.ROOT));
        return grammar == null ? Optional.empty() : Optional.of(grammar.highlight(code));
    }
}
