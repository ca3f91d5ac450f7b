package dev.sitegen.publish;

import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.site.SitePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private Path content() throws IOException {
        return Files.createDirectories(dir.resolve("content"));
    }

    private List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private void build(Path out, String text, boolean commit) throws IOException {
        try (OutputFolder folder = OutputFolder.open(out, content(), problems).orElseThrow()) {
            folder.writer().write(SitePath.HOME, text);
            folder.writer().write(SitePath.page("skills/" + text), text);
            if (commit) {
                folder.commit();
            }
        }
    }

    @Test
    void replacesTheSiteWholeOnCommit() throws IOException {
        Path out = dir.resolve("site-output");
        build(out, "one", true);
        build(out, "two", true);
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("skills/one")), "files of the old site are gone");
        assertEquals(List.of("", ".site-gen", "index.html", "skills", "skills/two", "skills/two/index.html"), tree(out));
        assertEquals(List.of("", "content", "site-output"), tree(dir).stream().filter(p -> !p.contains("/")).toList(),
                "nothing was written beside the output folder");
    }

    @Test
    void leavesThePreviousSiteAsItWasWhenABuildFails() throws IOException {
        Path out = dir.resolve("site-output");
        build(out, "one", true);
        List<String> before = tree(out);
        build(out, "two", false);
        assertEquals(before, tree(out));
        assertEquals("one", Files.readString(out.resolve("index.html")));
    }

    @Test
    void leavesNoFolderBehindWhenTheFirstBuildFails() throws IOException {
        Path out = dir.resolve("site-output");
        build(out, "one", false);
        assertFalse(Files.exists(out));
    }

    @Test
    void finishesASwapThatWasInterrupted() throws IOException {
        Path out = dir.resolve("site-output");
        build(out, "one", true);
        // A build died after its new site was complete and half the old one had moved away.
        Files.createDirectories(out.resolve(OutputFolder.NEXT + "/skills/two"));
        Files.writeString(out.resolve(OutputFolder.NEXT + "/index.html"), "two");
        Files.writeString(out.resolve(OutputFolder.NEXT + "/skills/two/index.html"), "two");
        Files.createDirectories(out.resolve(OutputFolder.OLD));
        Files.move(out.resolve("skills"), out.resolve(OutputFolder.OLD + "/skills"));
        try (OutputFolder folder = OutputFolder.open(out, content(), problems).orElseThrow()) {
            assertEquals("two", Files.readString(out.resolve("index.html")), "the new site is in place before the next build starts");
        }
        assertEquals(List.of("", ".site-gen", "index.html", "skills", "skills/two", "skills/two/index.html"), tree(out));
    }

    @Test
    void refusesFoldersWhereItWouldLoseData() throws IOException {
        Path content = content();
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/handwritten.html"), "mine");
        Files.writeString(dir.resolve("file.txt"), "x");
        for (Path refused : List.of(content, dir, content.resolve("out"), dir.resolve("repo"), dir.resolve("docs"), dir.resolve("file.txt"))) {
            assertTrue(OutputFolder.open(refused, content, problems).isEmpty(), refused.toString());
        }
        List<Problem> all = problems.sorted();
        assertEquals(6, all.size());
        assertTrue(all.stream().allMatch(p -> p.code().equals("output-refused")));
        assertEquals("mine", Files.readString(dir.resolve("docs/handwritten.html")));
    }

    @Test
    void namesWhatARefusedFolderHoldsForTheAuthorToRecogniseIt() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String name : List.of("e.md", "d.md", "c.md", "b.md")) {
            Files.writeString(docs.resolve(name), "mine");
        }
        Files.createDirectories(docs.resolve("a"));
        assertFalse(OutputFolder.usable(docs, content(), problems));
        assertEquals("The output folder holds files that site-gen did not write (a/, b.md, c.md and 2 more), so nothing was written.",
                problems.sorted().get(0).message());
    }

    @Test
    void neverWritesOutsideTheSite() throws IOException {
        try (OutputFolder folder = OutputFolder.open(dir.resolve("out"), content(), problems).orElseThrow()) {
            assertThrows(IllegalArgumentException.class, () -> folder.writer().write(SitePath.of(".site-gen-old/x"), "x"));
        }
    }
}
