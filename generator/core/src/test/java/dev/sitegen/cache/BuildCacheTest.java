package dev.sitegen.cache;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.ContentFixture;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second build with nothing changed says so at once; any change to what the site is made from rebuilds it. */
class BuildCacheTest {

    @TempDir
    Path dir;
    private ContentFixture content;
    private BuildConfig config;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir.resolve("content"));
        content.skill("alpha");
        // A warning, which every build must report again, even one that does nothing.
        content.skill("skills/beta", "name: beta\ndescription: The beta skill.", "\n# Beta\n\nSee [gone](#nowhere).\n");
        config = BuildConfig.of(content.root(), dir.resolve("out")).withHistory(false).withCache(dir.resolve("cache"));
    }

    private BuildResult build() {
        BuildResult result = SiteGenerator.generate(config);
        assertTrue(result.success(), result.problems().toString());
        return result;
    }

    private static boolean reused(BuildResult result) {
        return !result.published() && result.notes().stream().anyMatch(n -> n.startsWith("nothing changed since the last build"));
    }

    @Test
    void aBuildWithNothingChangedLeavesTheSiteAsItIsAndReportsWhatTheLastFound() throws IOException {
        BuildResult first = build();
        Path page = dir.resolve("out/skills/alpha/index.html");
        FileTime written = Files.getLastModifiedTime(page);

        BuildResult second = build();

        assertTrue(reused(second), second.notes().toString());
        assertEquals(first.problems(), second.problems());
        assertEquals(List.of("broken-anchor"), second.problems().stream().map(Problem::code).toList());
        assertEquals(first.skills(), second.skills());
        assertEquals(first.pages(), second.pages());
        assertEquals(written, Files.getLastModifiedTime(page));
        assertEquals(List.of("fingerprint"), List.copyOf(second.stageTimes().keySet()));
    }

    @Test
    void anEditedReadmeAboveTheContentFolderRebuildsTheSite() throws IOException {
        new ContentFixture(dir).write(".git/HEAD", "ref: refs/heads/main\n");
        new ContentFixture(dir).write("README.md", "# Old Name\n");
        build();
        new ContentFixture(dir).write("README.md", "# New Name\n");

        BuildResult second = build();

        assertTrue(second.published(), "the README titles the site, so it is part of what the site is made from");
        assertTrue(Files.readString(dir.resolve("out/index.html")).contains("<h1>New Name</h1>"));
    }

    @Test
    void anEditedPageRebuildsTheSite() throws IOException {
        build();
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nChanged text.\n");

        BuildResult second = build();

        assertTrue(second.published());
        assertTrue(Files.readString(dir.resolve("out/skills/alpha/index.html")).contains("Changed text."));
        assertTrue(reused(build()), "and the build after it has nothing to do again");
    }

    @Test
    void aChangedTemplateRebuildsThePagesItRenders() throws IOException {
        build();
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("skill.peb"), "{% extends \"layout.peb\" %}{% block content %}<p id=\"mine\">{{ doc.title }}</p>{% endblock %}");
        config = config.withTemplates(templates);

        BuildResult second = build();

        assertTrue(second.published());
        assertTrue(Files.readString(dir.resolve("out/skills/alpha/index.html")).contains("<p id=\"mine\">"));
    }

    @Test
    void aSiteFileChangedOrDeletedSinceIsRebuilt() throws IOException {
        build();
        Files.delete(dir.resolve("out/skills/beta/index.html"));
        assertTrue(build().published());
        Files.writeString(dir.resolve("out/index.html"), "edited by hand");
        assertTrue(build().published());
        assertTrue(Files.readString(dir.resolve("out/index.html")).contains("alpha"));
    }

    @Test
    void otherOptionsMakeAnotherSite() {
        build();
        config = config.withBaseUrl("https://example.org/docs/");
        assertTrue(build().published());
    }

    @Test
    void anUnreadableRecordOnlyCostsAFullBuild() throws IOException {
        build();
        Files.writeString(dir.resolve("cache/last-build.json"), "{\"fingerprint\": [");
        assertTrue(build().published());
        assertTrue(reused(build()));
    }

    @Test
    void aCacheWrittenByAnotherSiteGenIsEmptiedFirst() throws IOException {
        build();
        Files.writeString(dir.resolve("cache/site-gen.code"), "another site-gen");
        Files.writeString(dir.resolve("cache/search/terms.tsv"), "lunr\t0.0.1\nstale\tterms\n");

        assertTrue(build().published());
        assertFalse(Files.readString(dir.resolve("cache/search/terms.tsv")).contains("stale"));
    }

    @Test
    void aCacheWhoseCodeFileIsGarbledIsEmptiedAndUsedAgain() throws IOException {
        build();
        Files.write(dir.resolve("cache/site-gen.code"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD});
        BuildResult repaired = build();
        assertTrue(repaired.published());
        assertEquals(List.of(), repaired.notes(), "no note that the cache could not be used");
        assertTrue(reused(build()), "the next build uses it");
    }

    @Test
    void aFolderThatIsNotACacheIsNeitherUsedNorTouched() throws IOException {
        Path mine = dir.resolve("cache/notes.txt");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "my notes");

        BuildResult first = build();
        BuildResult second = build();

        assertEquals("my notes", Files.readString(mine));
        try (Stream<Path> files = Files.list(mine.getParent())) {
            assertEquals(List.of(mine), files.toList(), "nothing is written there, the search index's terms included");
        }
        assertTrue(second.published(), "nothing is reused from a folder that is not a cache");
        assertTrue(first.notes().stream().anyMatch(n -> n.contains("holds files that site-gen did not write")), first.notes().toString());
    }

    @Test
    void theCommandLinesCacheLivesInTheOutputFolderButIsNotPartOfTheSite() throws IOException {
        config = config.withCache(config.cacheInOutput()).withBaseUrl("https://skills.example.com/");
        build();
        assertTrue(reused(build()));
        assertTrue(Files.isDirectory(dir.resolve("out/.site-gen-cache/search")));
        assertFalse(Files.readString(dir.resolve("out/sitemap.xml")).contains(".site-gen-cache"));
    }
}
