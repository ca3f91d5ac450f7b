package dev.sitegen.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitHistoryTest {

    @TempDir
    Path dir;
    private final List<String> notes = new ArrayList<>();

    private static String skill(String version, String body) {
        return "---\nname: demo\ndescription: A demo.\nversion: " + version + "\n---\n" + body;
    }

    private GitHistory read(Path content, Path... skillFiles) {
        return GitHistory.read(content, List.of(skillFiles), notes::add);
    }

    @Test
    void readsEveryCommitThatChangedTheSkillNewestFirst() {
        try (GitRepository repo = new GitRepository(dir)) {
            repo.files.write("content/skills/demo/SKILL.md", skill("1.0.0", "First.\n"));
            String first = repo.commit("add demo", "Ann Author", "2025-01-10T09:00:00Z");
            repo.files.write("content/skills/demo/reference.md", "# Other file\n");
            repo.commit("unrelated", "Bob", "2025-02-01T09:00:00Z");
            repo.files.write("content/skills/demo/SKILL.md", skill("1.1.0", "Second.\n"));
            String second = repo.commit("improve demo\n\nWith a body, which is not its subject.", "Bob Builder", "2025-03-05T12:30:00Z");

            Path skillFile = dir.resolve("content/skills/demo/SKILL.md");
            List<Revision> revisions = read(dir.resolve("content"), skillFile).revisions().get(skillFile);

            assertEquals(List.of(second, first), revisions.stream().map(Revision::commit).toList());
            assertEquals(List.of("Bob Builder", "Ann Author"), revisions.stream().map(Revision::author).toList());
            assertEquals(List.of("improve demo", "add demo"), revisions.stream().map(Revision::message).toList());
            assertEquals(Instant.parse("2025-03-05T12:30:00Z"), revisions.get(0).date());
            assertTrue(revisions.get(1).text().contains("version: 1.0.0"));
            assertEquals(List.of(), notes);
        }
    }

    @Test
    void knowsWhenEachFileOfTheContentFolderLastChanged() {
        try (GitRepository repo = new GitRepository(dir)) {
            repo.files.write("content/skills/demo/SKILL.md", skill("1.0.0", "First.\n"));
            repo.files.write("content/skills/demo/reference.md", "# Reference\n");
            repo.files.write("README.md", "outside the content folder\n");
            repo.commit("add", "Ann", "2025-01-10T09:00:00Z");
            repo.files.write("content/skills/demo/reference.md", "# Reference, revised\n");
            repo.commit("revise", "Ann", "2025-02-11T09:00:00Z");
            Map<String, Instant> changed = read(dir.resolve("content"), dir.resolve("content/skills/demo/SKILL.md")).lastChanged();
            assertEquals(Map.of("skills/demo/SKILL.md", Instant.parse("2025-01-10T09:00:00Z"),
                    "skills/demo/reference.md", Instant.parse("2025-02-11T09:00:00Z")), changed);
        }
    }

    @Test
    void followsTheSkillAcrossARenameAndADeleteAndReAdd() {
        try (GitRepository repo = new GitRepository(dir)) {
            repo.files.write("content/old-name/SKILL.md", skill("1.0.0", "Original text that is long enough to be recognised as renamed.\n"));
            repo.commit("add", "Ann", "2025-01-01T00:00:00Z");
            repo.move("content/old-name/SKILL.md", "content/new-name/SKILL.md");
            repo.commit("rename the folder", "Ann", "2025-02-01T00:00:00Z");
            repo.files.write("content/new-name/SKILL.md", skill("1.1.0", "Original text that is long enough to be recognised as renamed.\nMore.\n"));
            repo.commit("edit", "Ann", "2025-03-01T00:00:00Z");
            repo.delete("content/new-name/SKILL.md");
            repo.commit("remove", "Ann", "2025-04-01T00:00:00Z");
            repo.files.write("content/new-name/SKILL.md", skill("2.0.0", "Back again.\n"));
            repo.commit("re-add", "Ann", "2025-05-01T00:00:00Z");

            Path skillFile = dir.resolve("content/new-name/SKILL.md");
            List<Revision> revisions = read(dir.resolve("content"), skillFile).revisions().get(skillFile);

            assertEquals(List.of("2025-05-01", "2025-03-01", "2025-02-01", "2025-01-01"), revisions.stream().map(Revision::day).toList(),
                    "the re-added file, its edit, the rename and the file under its old name");
            assertEquals(Map.of("old-name/SKILL.md", "new-name/SKILL.md"), read(dir.resolve("content"), skillFile).moves().renamedTo(),
                    "where a link to the file under its old name now leads");
        }
    }

    /**
     * As {@code site-gen build --content=skills} names the content folder, run where the repository
     * begins. The tests run in generator/core of site-gen's own checkout, so "src" is such a folder.
     */
    @Test
    void findsTheRepositoryAroundAFolderNamedRelatively() {
        assumeTrue(Files.exists(Path.of("../../.git")), "the tests run in a git checkout of site-gen");
        assertEquals("generator/core/src", GitHistory.checkout(Path.of("src")).orElseThrow().contentPath());
        assertTrue(GitHistory.head(Path.of("src")).isPresent());
    }

    @Test
    void saysOnceWhenThereIsNoRepository() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        assertEquals(GitHistory.NONE, read(content, content.resolve("SKILL.md")));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("not in a git repository"), notes.toString());
    }

    @Test
    void saysSoForAShallowClone() throws Exception {
        try (GitRepository repo = new GitRepository(dir)) {
            repo.files.write("content/a/SKILL.md", skill("1", "x\n"));
            String commit = repo.commit("add", "Ann", "2025-01-01T00:00:00Z");
            Files.writeString(dir.resolve(".git/shallow"), commit + "\n");
            assertEquals(GitHistory.NONE, read(dir.resolve("content"), dir.resolve("content/a/SKILL.md")));
            assertTrue(notes.get(0).contains("shallow"), notes.toString());
        }
    }
}
