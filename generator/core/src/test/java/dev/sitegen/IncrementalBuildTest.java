package dev.sitegen;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds that share a memo, as serve's do, reuse what is unchanged and update their site in place:
 * after every kind of edit, the site they leave is, file for file, the site a clean build makes.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;
    @AutoClose
    private final BuildMemo memo = BuildMemo.forManyBuilds();
    private ContentFixture content;
    private Path templates;
    private int clean;

    @BeforeEach
    void firstBuild() {
        content = new ContentFixture(dir.resolve("content"));
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content.root());
        ContentFixture.copyTree(ContentFixture.CORPUS, content.root().resolve("skills"));
        templates = dir.resolve("templates");
        assertTrue(rebuild().published());
    }

    private BuildConfig config(Path output) {
        return BuildConfig.of(content.root(), output).withTemplates(templates);
    }

    private BuildResult rebuild() {
        return SiteGenerator.generate(config(dir.resolve("live")), Progress.NONE, memo);
    }

    /** Rebuilds with the memo, and asserts the live site is what a clean build of the same content makes. */
    private BuildResult rebuildLikeACleanBuild() {
        BuildResult incremental = rebuild();
        assertTrue(incremental.success(), incremental.problems().toString());
        Path fresh = dir.resolve("clean-" + ++clean);
        BuildResult full = SiteGenerator.generate(config(fresh));
        assertEquals(full.problems(), incremental.problems());
        assertEquals(full.pages(), incremental.pages());
        Map<String, String> expected = files(fresh);
        Map<String, String> actual = files(dir.resolve("live"));
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
        return incremental;
    }

    private static Map<String, String> files(Path site) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".site-gen")) {
                    files.put(path, new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private void edit(String path, String from, String to) {
        try {
            Path file = content.root().resolve(path);
            String text = Files.readString(file);
            assertTrue(text.contains(from), path + " holds " + from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEditedPageIsThePageACleanBuildMakes() throws IOException {
        edit("skills/brainstorming/SKILL.md", "# Brainstorming", "# Brainstorming, edited\n\nA new paragraph.\n\n## A new heading");
        rebuildLikeACleanBuild();
        assertTrue(Files.readString(dir.resolve("live/skills/brainstorming/index.html")).contains("A new paragraph."));
        assertTrue(Files.readString(dir.resolve("live/search/store.json")).contains("A new heading"), "search follows");
    }

    @Test
    void skillsAddedAndRemovedChangeEveryPageThatListsOrLinksThem() {
        content.skill("skills/new-skill", "name: new-skill\ndescription: A new skill.\ntags: [fresh]\nrelated-skills: [brainstorming]",
                "\n# New skill\n\nSee [brainstorming](../brainstorming/SKILL.md).\n");
        rebuildLikeACleanBuild();
        ContentFixture.deleteTree(content.root().resolve("skills/writing-plans"));
        rebuildLikeACleanBuild();
        assertFalse(Files.exists(dir.resolve("live/skills/writing-plans")), "a removed skill's pages are deleted");
    }

    @Test
    void aPageAddedToASkillAndFrontMatterChanged() {
        content.write("skills/systematic-debugging/reference.md", "# Reference\n\nMore.\n");
        edit("skills/systematic-debugging/SKILL.md", "name: systematic-debugging", "name: systematic-debugging\ntags: [debugging]");
        rebuildLikeACleanBuild();
    }

    @Test
    void theSiteSettingsAndTheTemplatesChangeEveryPage() throws IOException {
        edit("site.yaml", "title: site-gen skills", "title: Other title");
        rebuildLikeACleanBuild();
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("page.peb"), "{% extends \"layout.peb\" %}{% block content %}<p>{{ doc.title }}</p>{% endblock %}");
        rebuildLikeACleanBuild();
    }

    @Test
    void aBuildThatFailsChangesNothingAndTheNextRecovers() throws IOException {
        Map<String, String> before = files(dir.resolve("live"));
        edit("skills/brainstorming/SKILL.md", "name: brainstorming", "name: [brainstorming");
        BuildResult failed = rebuild();
        assertFalse(failed.success());
        assertEquals(before, files(dir.resolve("live")));
        edit("skills/brainstorming/SKILL.md", "name: [brainstorming", "name: brainstorming");
        rebuildLikeACleanBuild();
    }

    @Test
    void whatIsUnchangedIsReusedNotMadeAgain() throws IOException {
        // A file of the same size and time is taken as unchanged, as make takes it: what the last
        // build made of it, down to its page on disk, is what this one publishes.
        Path file = content.root().resolve("skills/writing-plans/SKILL.md");
        FileTime time = Files.getLastModifiedTime(file);
        edit("skills/writing-plans/SKILL.md", "Writing Plans", "Writing Plaxx");
        Files.setLastModifiedTime(file, time);
        edit("skills/brainstorming/SKILL.md", "# Brainstorming", "# Brainstorming, edited");

        assertTrue(rebuild().success());

        assertTrue(Files.readString(dir.resolve("live/skills/brainstorming/index.html")).contains("Brainstorming, edited"));
        String reused = Files.readString(dir.resolve("live/skills/writing-plans/index.html"));
        assertTrue(reused.contains("Writing Plans") && !reused.contains("Writing Plaxx"), "the kept page");
    }

    @Test
    void aSiteDeletedUnderneathIsPublishedWholeAgain() {
        ContentFixture.deleteTree(dir.resolve("live"));
        rebuildLikeACleanBuild();
    }
}
