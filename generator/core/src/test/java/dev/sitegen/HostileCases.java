package dev.sitegen;

import dev.sitegen.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hostile inputs site-gen is tested against, and what it must make of each: the table
 * {@code src/test/resources/hostile/expected-outcomes.txt}. A case's content folder is
 * {@code hostile/CASE/} beside the table, or, for input that cannot be kept in git (invalid UTF-8,
 * NUL bytes, symbolic links, 10 MB pages, nesting 10,000 deep...), written by {@link #GENERATED}.
 *
 * <p>Every case gets a well-formed neighbour skill whose one broken link must be reported, so that
 * each case also shows that one bad skill does not stop the others from being checked.
 */
public final class HostileCases {

    public static final String BASE_URL = "https://owner.github.io/repo/";
    static final Path FOLDER = Path.of("src/test/resources/hostile").toAbsolutePath();
    static final Path TABLE = FOLDER.resolve("expected-outcomes.txt");
    /** What the hostile payloads do if they ever run: the browser test looks for each. */
    public static final String PAYLOAD = "window.sgPwned=1;document.title='PWNED';alert('PWNED')";
    /** The neighbour's broken link, reported in every case. */
    static final Expected NEIGHBOUR_PROBLEM = new Expected("warning", "broken-link", "skills/neighbour/SKILL.md", 7);

    /** A problem as the table writes it: {@code severity code file:line}, line 0 for the whole file. */
    record Expected(String severity, String code, String file, int line) {

        static Expected parse(String text) {
            String[] parts = text.strip().split("\\s+", 3);
            if (parts.length != 3 || !parts[0].matches("error|warning")) {
                throw new IllegalArgumentException("not \"severity code file:line\": " + text);
            }
            int colon = parts[2].lastIndexOf(':');
            return new Expected(parts[0], parts[1], parts[2].substring(0, colon), Integer.parseInt(parts[2].substring(colon + 1)));
        }

        static Expected of(Problem problem, Path content) {
            return new Expected(problem.severity().label(), problem.code(), problem.location().displayPath(content),
                    problem.location().line());
        }

        @Override
        public String toString() {
            return severity + " " + code + " " + file + ":" + line;
        }
    }

    /**
     * @param skills how many skills the site has, the neighbour included
     * @param problems every problem the case must report, besides the neighbour's, in any order
     */
    record Case(String name, int skills, List<Expected> problems) {

        boolean builds() {
            return problems.stream().noneMatch(p -> p.severity().equals("error"));
        }

        boolean generated() {
            return GENERATED.containsKey(name);
        }

        /** Writes the case's content, and the neighbour, into {@code content}. */
        void writeInto(Path content) {
            Path files = FOLDER.resolve(name);
            if (generated() == Files.isDirectory(files)) {
                throw new IllegalStateException("case " + name + " must be either a folder in " + FOLDER + " or generated, not "
                        + (generated() ? "both" : "neither"));
            }
            ContentFixture fixture = new ContentFixture(content);
            if (generated()) {
                try {
                    GENERATED.get(name).write(fixture);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                ContentFixture.copyTree(files, content);
            }
            fixture.skill("skills/neighbour", "name: neighbour\ndescription: A well-formed skill beside the hostile one.",
                    "# Neighbour\n\nIt links to [a page that is missing](missing.md).\n");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCases() {
    }

    /** Builds every case that has no error into one site, at {@link #BASE_URL}: the site that must run no script. */
    public static BuildResult buildSite(Path content, Path output) {
        for (Case hostile : all()) {
            if (hostile.builds()) {
                hostile.writeInto(content);
            }
        }
        return SiteGenerator.generate(BuildConfig.of(content, output).withBaseUrl(BASE_URL));
    }

    /** Every case of the table, in its order. */
    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            for (String line : Files.readAllLines(TABLE)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", -1);
                if (columns.length != 3) {
                    throw new IllegalArgumentException("not \"case | skills | problems\": " + line);
                }
                String name = columns[0].strip();
                if (!names.add(name)) {
                    throw new IllegalArgumentException("case " + name + " is in the table twice");
                }
                String problems = columns[2].strip();
                List<Expected> expected = problems.equals("none") ? List.of()
                        : Arrays.stream(problems.split(";\\s+")).map(Expected::parse).toList();
                cases.add(new Case(name, Integer.parseInt(columns[1].strip()), expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @FunctionalInterface
    interface Generator {
        void write(ContentFixture content) throws IOException;
    }

    /** Cases whose content cannot be kept in git, written into the content folder by the test. */
    static final Map<String, Generator> GENERATED = generated();

    private static Map<String, Generator> generated() {
        Map<String, Generator> cases = new LinkedHashMap<>();
        cases.put("empty-skill-file", c -> c.write("skills/empty-skill-file/SKILL.md", new byte[0]));
        cases.put("front-matter-too-large", c -> skill(c, "front-matter-too-large", "description: " + "x".repeat(1_100_000), "# Too large\n"));
        cases.put("name-very-long", c -> c.skill("skills/name-very-long", "name: " + "a-".repeat(50_000) + "a\ndescription: d", "# Long\n"));
        cases.put("yaml-deep-nesting", c -> skill(c, "yaml-deep-nesting",
                "description: d\nx: " + "[".repeat(10_000) + "]".repeat(10_000), "# Deep YAML\n"));
        // Under the alias limit, yet 3^6 uses of a list of 100,000 items: 73 million values once expanded.
        cases.put("alias-bomb-under-limit", c -> {
            StringBuilder yaml = new StringBuilder("description: d\na: &a [" + "x,".repeat(99_999) + "x]\n");
            String previous = "a";
            for (String name : List.of("b", "c", "d", "e", "f", "g")) {
                yaml.append(name).append(": &").append(name).append(" [*").append(previous).append(", *").append(previous)
                        .append(", *").append(previous).append("]\n");
                previous = name;
            }
            skill(c, "alias-bomb-under-limit", yaml.toString(), "# Alias bomb under the limit\n");
        });

        cases.put("invalid-utf-8", c -> c.write("skills/invalid-utf-8/SKILL.md", concat(
                text("---\nname: invalid-utf-8\ndescription: d\n---\n# Invalid UTF-8\n\nA byte that is not UTF-8: "),
                new byte[] {(byte) 0xC3, (byte) 0x28}, text(" here.\n"))));
        cases.put("utf-16-le-bom", c -> c.write("skills/utf-16-le-bom/SKILL.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text(document("utf-16-le-bom", "# UTF-16 \uD55C\uAD6D\uC5B4\n"), StandardCharsets.UTF_16LE))));
        cases.put("utf-16-be-no-bom", c -> c.write("skills/utf-16-be-no-bom/SKILL.md",
                text(document("utf-16-be-no-bom", "# UTF-16 without a mark\n"), StandardCharsets.UTF_16BE)));
        cases.put("utf-8-bom", c -> c.write("skills/utf-8-bom/SKILL.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text(document("utf-8-bom", "# A byte-order mark\n")))));
        // The broken link on line 7 checks that line numbers count CRLF and CR line ends as one.
        cases.put("crlf-line-ends", c -> c.write("skills/crlf-line-ends/SKILL.md",
                text(document("crlf-line-ends", "# CRLF\n\n[broken](missing.md)\n").replace("\n", "\r\n"))));
        cases.put("cr-line-ends", c -> c.write("skills/cr-line-ends/SKILL.md",
                text(document("cr-line-ends", "# CR\n\n[broken](missing.md)\n").replace("\n", "\r"))));
        cases.put("nul-bytes", c -> c.write("skills/nul-bytes/SKILL.md",
                text(document("nul-bytes", "# NUL\n\nA NUL byte: \0 here.\n"))));
        cases.put("binary-page", c -> {
            skill(c, "binary-page", "description: A skill with a PNG image named reference.md.", "# Binary page\n");
            c.write("skills/binary-page/reference.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
                    'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        });
        cases.put("control-characters", c -> skill(c, "control-characters",
                "description: \"Controls \\x01 \\e[31m red, and a non-character \\uFFFF, which XML cannot carry\"",
                "# Controls\n\nA bell \u0007, an escape \u001b[2J, a backspace \u0008 and \uFFFE.\n"));

        cases.put("page-10-mb", c -> {
            StringBuilder body = new StringBuilder("# A 10 MB page\n\nWith <b>raw HTML</b>.\n\n");
            for (int i = 0; body.length() < 10_000_000; i++) {
                body.append(i % 100 == 0 ? "## Section " + i + "\n\n" : "").append("Some **text** with `code` and [a link](https://example.com/")
                        .append(i).append(").\n\n");
            }
            skill(c, "page-10-mb", "description: d", body.toString());
        });
        cases.put("lists-10000-deep", c -> skill(c, "lists-10000-deep", "description: d", "# Deep\n\n" + "- ".repeat(10_000) + "x\n"));
        cases.put("ordered-lists-10000-deep", c -> skill(c, "ordered-lists-10000-deep", "description: d",
                "# Deep\n\n" + "1. ".repeat(10_000) + "x\n"));
        cases.put("quotes-10000-deep", c -> skill(c, "quotes-10000-deep", "description: d", "# Deep\n\n" + "> ".repeat(10_000) + "x\n"));
        cases.put("indented-lists-2000-deep", c -> {
            StringBuilder body = new StringBuilder("# Deep\n\n");
            for (int i = 0; i < 2_000; i++) {
                body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
            }
            skill(c, "indented-lists-2000-deep", "description: d", body.toString());
        });
        cases.put("emphasis-10000-deep", c -> skill(c, "emphasis-10000-deep", "description: d",
                "# Deep\n\n" + "*".repeat(10_000) + "x" + "*".repeat(10_000) + "\n"));
        cases.put("emphasis-3000000-deep", c -> skill(c, "emphasis-3000000-deep", "description: d",
                "# Deep\n\n" + "*".repeat(3_000_000) + "x" + "*".repeat(3_000_000) + "\n"));
        cases.put("table-1000-columns", c -> skill(c, "table-1000-columns", "description: d",
                "# Wide\n\n" + "|a".repeat(1_000) + "|\n" + "|-".repeat(1_000) + "|\n" + "|b".repeat(1_000) + "|\n"));
        cases.put("paragraph-20000-links", c -> skill(c, "paragraph-20000-links", "description: d",
                "# Links\n\n" + java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "[x" + i + "](https://x.org/" + i + ") `c" + i + "`")
                        .collect(java.util.stream.Collectors.joining(" ")) + "\n"));
        for (String tag : List.of("script", "style", "iframe", "noembed", "noframes", "noscript", "xmp", "textarea", "title", "plaintext")) {
            // Left open, a raw-text element holds the rest of the page: none of it may come out as markup.
            cases.put("left-open-" + tag, c -> skill(c, "left-open-" + tag, "description: d", "# Left open\n\nPut the tag <" + tag
                    + "> in the head.\n\nLater text <img src=x onerror=\"" + PAYLOAD + "\"> and more.\n\n<div onclick=\"" + PAYLOAD + "\">div</div>\n"));
        }
        cases.put("html-10000-deep", c -> skill(c, "html-10000-deep", "description: d",
                "# Deep\n\n<div>\n" + "<div>".repeat(10_000) + "<script>" + PAYLOAD + "</script>" + "</div>".repeat(10_000) + "\n</div>\n"));

        cases.put("symlink-loop", c -> {
            skill(c, "symlink-loop", "description: Symbolic links that loop.", "# Loops\n");
            Path dir = c.root().resolve("skills/symlink-loop");
            Files.createSymbolicLink(dir.resolve("loop"), Path.of("."));
            Files.createSymbolicLink(dir.resolve("a.md"), Path.of("b.md"));
            Files.createSymbolicLink(dir.resolve("b.md"), Path.of("a.md"));
        });
        cases.put("symlink-outside", c -> {
            skill(c, "symlink-outside", "description: A symbolic link to a file outside the content folder.", "# Outside\n");
            Path secret = Files.writeString(Files.createDirectories(c.root().resolveSibling("outside")).resolve("secret.md"),
                    "# A secret\n\nshould-never-be-published\n");
            Files.createSymbolicLink(c.root().resolve("skills/symlink-outside/secret.md"), secret);
        });
        // Folder names are shown in problems, copied paths and edit links; a snapshot's folder names its version.
        cases.put("hostile-folder-names", c -> {
            String folder = "skills/\"><img src=x onerror=" + PAYLOAD.replace("/", "") + ">";
            c.write(folder + "/SKILL.md", text(document("hostile-folder-names", "# Hostile folder names\n\n[notes](<x y/notes.md>)\n")));
            c.write(folder + "/x y/notes.md", text("# Notes\n"));
            c.write(folder + "/versions/<script>" + PAYLOAD + "/SKILL.md",
                    text(document("hostile-folder-names", "# An older version\n")));
        });
        return cases;
    }

    private static void skill(ContentFixture content, String name, String frontMatterAfterName, String body) {
        content.skill("skills/" + name, "name: " + name + "\n" + frontMatterAfterName, body);
    }

    private static String document(String name, String body) {
        return "---\nname: " + name + "\ndescription: d\n---\n" + body;
    }

    private static byte[] text(String text) {
        return text(text, StandardCharsets.UTF_8);
    }

    private static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
