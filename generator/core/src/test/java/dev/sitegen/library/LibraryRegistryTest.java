package dev.sitegen.library;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryRegistryTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private LibraryRegistry read(String yaml) {
        Path file = new ContentFixture(dir).write("libraries.yaml", yaml);
        return LibraryRegistry.read(Optional.of(new SourceFile(file, "libraries.yaml")), problems);
    }

    private static LibraryId id(String text) {
        return LibraryId.parse(text).orElseThrow();
    }

    @Test
    void findsLibrariesByIdAliasAndVersionedId() {
        LibraryRegistry registry = read("""
                /tiangolo/fastapi:
                  title: FastAPI
                  description: Fast APIs.
                  github: https://github.com/fastapi/fastapi
                  aliases: [/fastapi/fastapi]
                """);
        LibraryEntry entry = registry.find(id("/tiangolo/fastapi")).orElseThrow();
        assertEquals("FastAPI", entry.title());
        assertEquals("https://github.com/fastapi/fastapi", entry.github());
        assertEquals(entry, registry.find(id("/fastapi/fastapi")).orElseThrow());
        assertEquals(entry, registry.find(id("/Tiangolo/FastAPI/v0.115")).orElseThrow());
        assertEquals(id("/tiangolo/fastapi"), registry.canonical(id("/fastapi/fastapi")));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void reportsEntriesThatAreNotLibraries() {
        read("fastapi:\n  title: x\n/a/b: just text\n");
        assertEquals(List.of("library-entry", "field-type"), problems.sorted().stream().map(Problem::code).toList());
        assertEquals(1, problems.sorted().get(0).location().line());
    }

    @Test
    void warnsOfIdsItDoesNotKnow() {
        LibraryRegistry registry = read("/a/b:\n  title: B\n");
        registry.reportIfUnknown(id("/a/b"), dev.sitegen.problem.SourceLocation.of(dir), problems);
        assertTrue(problems.sorted().isEmpty());
        registry.reportIfUnknown(id("/c/d"), dev.sitegen.problem.SourceLocation.of(dir, 3), problems);
        assertEquals("unknown-library", problems.sorted().get(0).code());
    }

    @Test
    void suggestsTheIdAnUnknownOneIsASlipFrom() {
        LibraryRegistry registry = read("/vercel/next.js:\n  title: Next.js\n/a/b:\n  title: B\n");
        registry.reportIfUnknown(id("/vercel/nextjs"), dev.sitegen.problem.SourceLocation.of(dir, 3), problems);
        registry.reportIfUnknown(id("/facebook/react"), dev.sitegen.problem.SourceLocation.of(dir, 4), problems);
        List<Problem> found = problems.sorted();
        assertEquals("Did you mean /vercel/next.js? Correct the id, or add /vercel/nextjs to libraries.yaml.", found.get(0).fix());
        assertTrue(found.get(1).fix().startsWith("Add /facebook/react to libraries.yaml"), "no id is near it: " + found.get(1).fix());
    }

    @Test
    void linksOnlyWebAddressesSoThatNoEntryRunsScript() {
        LibraryRegistry registry = read("""
                /a/b:
                  github: "javascript:alert(1)"
                  docs: " HTTPS://docs.example.com/b"
                """);
        LibraryEntry entry = registry.find(id("/a/b")).orElseThrow();
        assertEquals(null, entry.github());
        assertEquals("HTTPS://docs.example.com/b", entry.docs());
        Problem problem = problems.sorted().get(0);
        assertEquals("library-url", problem.code());
        assertEquals(2, problem.location().line());
        assertEquals(1, problems.sorted().size());
    }
}
