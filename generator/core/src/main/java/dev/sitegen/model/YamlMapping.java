package dev.sitegen.model;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.ControlCharacters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A YAML mapping whose values know where they stand in the source file.
 *
 * <p>The YAML is composed into nodes and never constructed into objects, so tags such as
 * {@code !!javax.script.ScriptEngineManager} cannot run anything: they are reported and ignored.
 * Scalars are read from their source text, so {@code version: 1.10} stays "1.10" and
 * {@code updated: 2025-11-24} stays a date string. Duplicate keys, aliases to collections beyond a
 * small limit, deep nesting, and front matter that grows past {@value #MAX_EXPANDED} characters once
 * aliases are expanded (a few aliases to long lists or long strings are a "billion laughs" too) are refused.
 *
 * <p>Reading a key marks it as read; {@link #unread()} gives the rest, so callers keep the keys
 * they do not know instead of dropping them.
 */
public final class YamlMapping {

    /**
     * Front matter holds a few dozen values; every walk over the tree expands aliases, and pages show
     * what they expand to, so this bounds their cost: each value counts its characters, and one more.
     */
    static final int MAX_EXPANDED = 2_000_000;
    private static final int MAX_COLLECTION_ALIASES = 20;
    /** The problem of YAML that holds no keys: a text or a list. */
    public static final String NOT_A_MAPPING = "yaml-not-mapping";

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.SEQ, Tag.MAP);

    private final Path file;
    private final int firstLine;
    private final Map<String, NodeTuple> entries;
    private final Set<String> read = new HashSet<>();

    private YamlMapping(Path file, int firstLine, Map<String, NodeTuple> entries) {
        this.file = file;
        this.firstLine = firstLine;
        this.entries = entries;
    }

    /** A mapping with no keys, for a file that has no front matter. */
    static YamlMapping none(Path file, int line) {
        return new YamlMapping(file, line, Map.of());
    }

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}, reporting syntax
     * and structure problems. Empty when the text is not a YAML mapping at all.
     */
    public static Optional<YamlMapping> parse(String yaml, Path file, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(1024 * 1024);
        // Nothing is ever constructed from the nodes, so tags are harmless here; validate() reports them.
        options.setTagInspector(tag -> true);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Optional<UnquotedValues.Repair> repair = UnquotedValues.repair(yaml);
            Optional<Node> repaired = repair.flatMap(r -> composed(r.yaml(), options));
            if (repaired.isEmpty()) {
                reportSyntax(e, yaml, file, firstLine, problems);
                return Optional.empty();
            }
            for (UnquotedValues.Unquoted value : repair.get().values()) {
                problems.warning("yaml-unquoted", new SourceLocation(file, firstLine + value.line(), value.column() + 1),
                        "The value of \"" + value.key() + "\" " + value.why() + ": strict YAML parsers, which some agents "
                                + "use, reject this YAML. site-gen read the value as text.",
                        "Put the value in double quotes: " + value.key() + ": \"...\"");
            }
            root = repaired.get();
        } catch (YAMLException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Number of aliases")) {
                problems.error("yaml-too-large", SourceLocation.of(file, firstLine), "The YAML repeats lists or mappings through more "
                                + "than " + MAX_COLLECTION_ALIASES + " aliases (*name), which could expand without bound, so it was not read.",
                        "Write values out instead of repeating them through aliases, and keep data in a file beside SKILL.md.");
                return Optional.empty();
            }
            problems.error("yaml-syntax", SourceLocation.of(file, firstLine),
                    subject(file) + " is not valid YAML: " + e.getMessage().replaceFirst("\\.$", "") + ".",
                    "Fix the YAML; keep it to plain keys, strings and lists.");
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlMapping(file, firstLine, Map.of()));
        }
        Expansion expansion = new Expansion();
        if (expansion.size(root, MAX_EXPANDED) > MAX_EXPANDED) {
            Node anchored = expansion.culprit == null ? root : expansion.culprit;
            problems.error("yaml-too-large", location(file, firstLine, anchored),
                    "The YAML grows past " + String.format(Locale.ROOT, "%,d", MAX_EXPANDED) + " characters once its aliases (*name) "
                            + "are expanded, far more than front matter needs, so it was not read; the value anchored here is one "
                            + "they repeat.", "Write values out instead of repeating them through aliases, and keep data in a file beside SKILL.md.");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(NOT_A_MAPPING, new SourceLocation(file, firstLine, 1),
                    subject(file) + " is YAML but not a set of keys and values.",
                    "Write it as lines of \"key: value\".");
            return Optional.empty();
        }
        validate(mapping, file, firstLine, problems);
        return Optional.of(of(mapping, file, firstLine));
    }

    /** What the YAML is to its author: a page's front matter, or a file of its own such as site.yaml. */
    private static String subject(Path file) {
        String name = file.getFileName().toString();
        return name.matches("(?i).*\\.(md|markdown)") ? "The front matter" : name;
    }

    private static Optional<Node> composed(String yaml, LoaderOptions options) {
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(yaml)));
        } catch (YAMLException e) {
            return Optional.empty();
        }
    }

    private static void reportSyntax(MarkedYAMLException e, String yaml, Path file, int firstLine, Problems problems) {
        Mark failed = whereItWentWrong(e, yaml);
        Optional<Mark> quote = Optional.ofNullable(failed).flatMap(at -> quoteRunOnTo(at, yaml));
        Optional<Mark> bracket = quote.isPresent() ? Optional.empty() : bracketLeftOpen(e, failed, yaml);
        String what = quote.map(opened -> "the quote opened here is not closed on its line, so the value runs on to line "
                        + (firstLine + failed.getLine()) + ", where YAML fails (" + describe(e) + ")")
                .or(() -> bracket.map(opened -> "the " + bracketAt(opened) + " opened here is not closed, so YAML reads on to line "
                        + (firstLine + failed.getLine()) + ", where it fails (" + describe(e) + ")"))
                .orElse(describe(e));
        Mark mark = quote.or(() -> bracket).orElse(failed);
        SourceLocation where = mark == null ? SourceLocation.of(file, firstLine)
                : new SourceLocation(file, firstLine + mark.getLine(), mark.getColumn() + 1);
        problems.error("yaml-syntax", where, subject(file) + " is not valid YAML: " + what + ".",
                "Fix the YAML here: indent with spaces, not tabs, close every quote and every [ or {, and quote values that hold \": \" or \" #\".");
    }

    /**
     * How large the tree is with every alias expanded, each value its characters and one more,
     * counting only until the size passes a limit; and the value an alias repeats that took it past
     * the limit. An alias inside its own anchor ({@code a: &a [*a]}) expands without end.
     */
    private static final class Expansion {

        /** The nodes that hold the one being measured, which it must not hold in turn. */
        private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The value an alias repeats that took the size past its limit, the innermost such; null while within it. */
        private Node culprit;

        int size(Node node, int limit) {
            boolean repeated = !seen.add(node);
            if (!enclosing.add(node)) {
                culprit = culprit == null ? node : culprit;
                return limit + 1;
            }
            List<Node> children = new ArrayList<>();
            int size = 1;
            if (node instanceof ScalarNode scalar) {
                size += scalar.getValue().length();
            } else if (node instanceof SequenceNode seq) {
                children.addAll(seq.getValue());
            } else if (node instanceof MappingNode map) {
                map.getValue().forEach(t -> {
                    children.add(t.getKeyNode());
                    children.add(t.getValueNode());
                });
            }
            for (int i = 0; i < children.size() && size <= limit; i++) {
                size += size(children.get(i), limit - size);
            }
            enclosing.remove(node);
            if (size > limit && repeated && culprit == null) {
                culprit = node;
            }
            return size;
        }
    }

    /**
     * Reports duplicate keys, non-text keys, tags other than YAML's plain ones and control characters
     * written as escapes, anywhere in the tree.
     */
    private static void validate(Node node, Path file, int firstLine, Problems problems) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.error("yaml-tag", location(file, firstLine, node),
                    "The tag " + node.getTag() + " is not allowed in front matter; the value was ignored.",
                    "Remove the tag and write the value as plain text, a list or a mapping.");
        } else if (node instanceof ScalarNode scalar) {
            reportControlCharacters(scalar, file, firstLine, problems);
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> validate(item, file, firstLine, problems));
        } else if (node instanceof MappingNode map) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourceLocation where = location(file, firstLine, keyNode);
                if (!(keyNode instanceof ScalarNode key) || !PLAIN_TAGS.contains(keyNode.getTag())) {
                    problems.error("yaml-key", where, "This key is not a plain word.", "Use plain words as keys.");
                } else if (!seen.add(key.getValue())) {
                    problems.error("yaml-duplicate-key", where,
                            "The key \"" + text(key) + "\" appears twice, so one of its values would be lost.",
                            "Remove or rename one of the two.");
                } else {
                    reportControlCharacters(key, file, firstLine, problems);
                }
                validate(tuple.getValueNode(), file, firstLine, problems);
            }
        }
    }

    /** The decoder replaced control characters in the file; YAML's escapes, such as {@code \x01} and {@code \e}, make new ones. */
    private static void reportControlCharacters(ScalarNode scalar, Path file, int firstLine, Problems problems) {
        int control = ControlCharacters.indexIn(scalar.getValue());
        if (control >= 0) {
            problems.warning("control-character", location(file, firstLine, scalar), "This value holds the control character "
                            + ControlCharacters.name(scalar.getValue(), control) + ", written as an escape, which readers cannot see "
                            + "and feeds cannot carry; it was replaced with \uFFFD.",
                    "Delete the escape, or write what it stood for.");
        }
    }

    /** A scalar's text, without the control characters {@link #reportControlCharacters} reports. */
    private static String text(ScalarNode scalar) {
        return ControlCharacters.replace(scalar.getValue());
    }

    /** True if the node and everything in it carry only plain tags, as {@link #validate} demands. */
    private static boolean isPlain(Node node) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            return false;
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().allMatch(YamlMapping::isPlain);
        }
        if (node instanceof MappingNode map) {
            return map.getValue().stream().allMatch(t -> isPlain(t.getKeyNode()) && isPlain(t.getValueNode()));
        }
        return true;
    }

    /** The mapping's entries; a key that repeats or holds a bad tag is left out, as validation reported. */
    private static YamlMapping of(MappingNode mapping, Path file, int firstLine) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && isPlain(key) && isPlain(tuple.getValueNode())) {
                entries.putIfAbsent(text(key), tuple);
            }
        }
        return new YamlMapping(file, firstLine, entries);
    }

    /**
     * Where the parser noticed the problem, unless that is the end of the text, as after a quote or
     * bracket left open: then where the unclosed thing began, which is where the author's fix goes.
     */
    private static Mark whereItWentWrong(MarkedYAMLException e, String yaml) {
        Mark problem = e.getProblemMark();
        boolean ranOut = problem != null && problem.getIndex() >= yaml.codePointCount(0, yaml.length());
        return problem == null || ranOut && e.getContextMark() != null ? e.getContextMark() : problem;
    }

    /**
     * Where a quote opened whose value ran on to the line YAML failed on. A quote left open reads on
     * through the lines below until the next quote closes it, often the one of the next key's
     * value ({@code name: "x} then {@code description: "y"}); YAML fails only after it, where the
     * text no longer makes sense, and that is not where the author has something to fix.
     */
    private static Optional<Mark> quoteRunOnTo(Mark failed, String yaml) {
        Token before = null;
        try {
            ScannerImpl scanner = new ScannerImpl(new StreamReader(yaml), new LoaderOptions());
            while (!scanner.checkToken(Token.ID.StreamEnd) && scanner.peekToken().getStartMark().getIndex() < failed.getIndex()) {
                before = scanner.getToken();
            }
        } catch (YAMLException e) {
            // The scanner fails where parsing did, or later; the tokens before that are all this needs.
        }
        return before instanceof ScalarToken scalar && !scalar.getPlain()
                && scalar.getStartMark().getLine() < failed.getLine() && scalar.getEndMark().getLine() == failed.getLine()
                ? Optional.of(scalar.getStartMark()) : Optional.empty();
    }

    /**
     * Where a list or mapping opened with [ or { that was never closed: YAML failed on a later line,
     * no further in than the line the bracket opened on, where a new key starts. A list spread over
     * lines that fails inside, at a missing comma, is left to be reported where it failed.
     */
    private static Optional<Mark> bracketLeftOpen(MarkedYAMLException e, Mark failed, String yaml) {
        Mark opened = e.getContextMark();
        if (opened == null || failed == null || opened.getLine() >= failed.getLine() || !List.of("[", "{").contains(bracketAt(opened))) {
            return Optional.empty();
        }
        return indent(yaml, failed.getLine()) <= indent(yaml, opened.getLine()) ? Optional.of(opened) : Optional.empty();
    }

    /** How far in a line of the text starts; 0 past its end. */
    private static int indent(String yaml, int line) {
        String text = yaml.lines().skip(line).findFirst().orElse("");
        return text.isBlank() ? 0 : text.length() - text.stripLeading().length();
    }

    /** The character a mark is at; "" for one past the text's end. */
    private static String bracketAt(Mark mark) {
        int[] text = mark.getBuffer();
        return mark.getPointer() < text.length ? Character.toString(text[mark.getPointer()]) : "";
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : problem.isEmpty() ? context : context + ", " + problem;
        return text.replaceAll("\\s+", " ").trim();
    }

    private static SourceLocation location(Path file, int firstLine, Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? SourceLocation.of(file, firstLine)
                : new SourceLocation(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    public Path file() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Whether the key holds a list, as opposed to text, a mapping, or nothing. */
    public boolean holdsList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    /** Where the key stands, or where the mapping starts if it is absent. */
    public SourceLocation locationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? SourceLocation.of(file, firstLine) : location(file, firstLine, tuple.getKeyNode());
    }

    /**
     * What YAML reads a key's unquoted value as when that is not text: "a boolean" for
     * {@code true}, "a number" for {@code 2048}, "a date"; empty for text, lists, mappings and none.
     */
    public Optional<String> nonTextScalar(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || !(tuple.getValueNode() instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        Tag tag = scalar.getTag();
        return Optional.ofNullable(tag.equals(Tag.BOOL) ? "a boolean" : tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? "a number"
                : tag.equals(Tag.TIMESTAMP) ? "a date" : null);
    }

    /** A scalar's text. Reports and skips a list or mapping where text belongs; empty for null. */
    public Optional<String> text(String key, Problems problems) {
        return value(key, node -> {
            if (node instanceof ScalarNode scalar) {
                return scalar.getTag().equals(Tag.NULL) ? Optional.empty() : Optional.of(text(scalar));
            }
            problems.warning("field-type", locationOf(key), "\"" + key + "\" should be text, not a list or mapping; it was ignored.",
                    "Write it as one line of text.");
            return Optional.empty();
        });
    }

    /**
     * A list of texts, written either as a YAML list or as one string that {@code split} cuts up,
     * such as {@code "a, b, c"}. Blank items are dropped.
     */
    public Optional<List<String>> list(String key, Function<String, List<String>> split, Problems problems) {
        return value(key, node -> {
            List<String> items = new ArrayList<>();
            if (node instanceof ScalarNode scalar) {
                if (!scalar.getTag().equals(Tag.NULL)) {
                    items.addAll(split.apply(text(scalar)));
                }
            } else if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                        items.add(text(s));
                    } else {
                        problems.warning("field-type", location(file, firstLine, item),
                                "An item of \"" + key + "\" is not plain text; it was ignored.", "Write each item as text.");
                    }
                }
            } else {
                problems.warning("field-type", locationOf(key), "\"" + key + "\" should be a list; it was ignored.",
                        "Write it as a YAML list or as comma-separated text.");
                return Optional.empty();
            }
            items.replaceAll(String::strip);
            items.removeIf(String::isEmpty);
            return Optional.of(List.copyOf(items));
        });
    }

    public Optional<Boolean> bool(String key, Problems problems) {
        return text(key, problems).flatMap(text -> {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on":
                    return Optional.of(true);
                case "false", "no", "off":
                    return Optional.of(false);
                default:
                    problems.warning("field-type", locationOf(key), "\"" + key + "\" should be true or false, not \"" + text + "\".",
                            "Write true or false.");
                    return Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String key, Problems problems) {
        return text(key, problems).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                problems.warning("field-type", locationOf(key), "\"" + key + "\" should be a whole number, not \"" + text + "\".",
                        "Write a number such as 5000.");
                return Optional.empty();
            }
        });
    }

    /** A nested mapping, or empty (reported) if the key holds something else. */
    public Optional<YamlMapping> mapping(String key, Problems problems) {
        return value(key, node -> {
            if (node instanceof MappingNode map) {
                return Optional.of(of(map, file, firstLine));
            }
            if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
                return Optional.empty();
            }
            problems.warning("field-type", locationOf(key), "\"" + key + "\" should be a mapping of keys to values; it was ignored.",
                    "Indent its keys below it, one per line.");
            return Optional.empty();
        });
    }

    /** The keys nobody has read, with their values as plain Java objects, in source order. */
    public Map<String, Object> unread() {
        Map<String, Object> rest = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            if (!read.contains(key)) {
                rest.put(key, plain(tuple.getValueNode()));
            }
        });
        return rest;
    }

    /** A value as Java objects: maps, lists, strings, booleans and null. Numbers keep their text. */
    static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return null;
            }
            if (scalar.getTag().equals(Tag.BOOL)) {
                return Boolean.valueOf(scalar.getValue().equalsIgnoreCase("true") || scalar.getValue().equalsIgnoreCase("yes")
                        || scalar.getValue().equalsIgnoreCase("on"));
            }
            return text(scalar);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            seq.getValue().forEach(item -> items.add(plain(item)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode()));
        }
        return map;
    }

    private <T> Optional<T> value(String key, Function<Node, Optional<T>> reader) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        read.add(key);
        return reader.apply(tuple.getValueNode());
    }
}
