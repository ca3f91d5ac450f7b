package dev.sitegen.history;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.ContentScanner;
import dev.sitegen.model.SkillReader;
import dev.sitegen.model.SkillSource;
import dev.sitegen.problem.Problems;
import dev.sitegen.render.ThemeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillHistoryTest {

    private static final VersionWords WORDS = ThemeText.english().versionWords();

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private static String skill(String version, String body) {
        return "---\nname: demo\ndescription: A demo.\n" + (version == null ? "" : "version: " + version + "\n") + "---\n" + body;
    }

    private SkillSource read(ContentFixture content) {
        return SkillReader.read(ContentScanner.scan(content.root(), problems).skills().get(0), problems).orElseThrow();
    }

    private static Revision commit(String text, String date, String commit) {
        return new Revision(text, Instant.parse(date + "T10:00:00Z"), commit, "Ann", null, null, false);
    }

    @Test
    void mergesTheSameTextFoundInASnapshotAndAtCommitsIntoOneRevision() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.1.0", "New.\n"));
        content.write("demo/versions/1.0.0/SKILL.md", skill("1.0.0", "Old.\n"));
        List<Revision> git = List.of(commit(skill("1.1.0", "New.\n"), "2025-03-01", "bbbbbbb"),
                commit(skill("1.0.0", "Old.\n"), "2025-01-01", "aaaaaaa"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("1.0.0", "1.1.0"), versions.stream().map(Version::label).toList());
        Revision old = versions.get(0).revision();
        assertEquals("aaaaaaa", old.commit());
        assertEquals("1.0.0", old.snapshot(), "the snapshot and the commit are one revision");
        Revision current = versions.get(1).revision();
        assertTrue(current.current());
        assertEquals("bbbbbbb", current.commit(), "the working copy matches the newest commit");
    }

    @Test
    void creditsEachTextToTheCommitThatBroughtItNotToOneThatLeftItAsItWas() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.1.0", "New.\n"));
        // Line ends made LF-only, or the file moved: the text, as read, stays the same.
        List<Revision> git = List.of(commit(skill("1.1.0", "New.\n"), "2025-03-01", "ccccccc"),
                commit(skill("1.1.0", "New.\n"), "2025-02-01", "bbbbbbb"), commit(skill("1.0.0", "Old.\n"), "2025-01-01", "aaaaaaa"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("1.0.0", "1.1.0"), versions.stream().map(Version::label).toList());
        assertEquals("bbbbbbb", versions.get(1).revision().commit());
        assertEquals("2025-02-01", versions.get(1).revision().day());
        assertTrue(versions.get(1).revision().current());
    }

    @Test
    void aTextBroughtBackIsAVersionOfItsOwnAndTheFirstKeepsItsCommit() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.0.0", "Old.\n"));
        List<Revision> git = List.of(commit(skill("1.0.0", "Old.\n"), "2025-03-01", "ccccccc"),
                commit(skill("1.1.0", "New.\n"), "2025-02-01", "bbbbbbb"), commit(skill("1.0.0", "Old.\n"), "2025-01-01", "aaaaaaa"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("aaaaaaa", "bbbbbbb", "ccccccc"), versions.stream().map(v -> v.revision().commit()).toList(), "a revert");
        assertEquals(List.of("1.0.0", "1.1.0", "1.0.0 · revised 2025-03-01"), versions.stream().map(Version::label).toList());
        assertTrue(versions.get(2).revision().current());
        assertEquals(3, versions.stream().map(Version::slug).distinct().count(), "every version has its own URL");
    }

    @Test
    void anOlderTextBroughtBackButNotCommittedIsTheCurrentVersionNotTheOlderOne() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.0.0", "Old.\n"));
        List<Revision> git = List.of(commit(skill("1.1.0", "New.\n"), "2025-02-01", "bbbbbbb"),
                commit(skill("1.0.0", "Old.\n"), "2025-01-01", "aaaaaaa"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("aaaaaaa", "bbbbbbb"), versions.subList(0, 2).stream().map(v -> v.revision().commit()).toList());
        assertTrue(versions.get(2).revision().current());
        assertNull(versions.get(2).revision().commit(), "not committed yet");
    }

    @Test
    void labelsVersionsInTheSitesLanguageButKeepsTheirAddressesInEnglish() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.0.0", "Third.\n"));
        List<Revision> git = List.of(commit(skill("1.0.0", "Second.\n"), "2026-01-09", "b"), commit(skill("1.0.0", "First.\n"), "2025-12-01", "a"));
        VersionWords japanese = new VersionWords("{day} 改訂", "改訂 {number}", "下書き");

        List<Version> versions = SkillHistory.of(read(content), git, japanese, problems);

        assertEquals("1.0.0 · 2026-01-09 改訂", versions.get(1).label());
        assertEquals("1.0.0-2026-01-09", versions.get(1).slug());
    }

    @Test
    void labelsATextThatChangedWithoutANewVersionAsRevised() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.0.0", "Third.\n"));
        List<Revision> git = List.of(commit(skill("1.0.0", "Second.\n"), "2026-01-09", "b"), commit(skill("1.0.0", "First.\n"), "2025-12-01", "a"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("1.0.0", "1.0.0 · revised 2026-01-09", "1.0.0 · revised " + versions.get(2).revision().day()),
                versions.stream().map(Version::label).toList());
        assertEquals(List.of("1.0.0", "1.0.0-2026-01-09"), versions.subList(0, 2).stream().map(Version::slug).toList());
        assertEquals(3, versions.stream().map(Version::slug).distinct().count(), "every version has its own URL");
    }

    @Test
    void ordersByDateEvenWhenTheVersionGoesBackwards() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill("1.5.0", "Now.\n"));
        List<Revision> git = List.of(commit(skill("1.0.0", "Rolled back.\n"), "2025-06-01", "c"),
                commit(skill("2.0.0", "Ambitious.\n"), "2025-05-01", "b"));
        assertEquals(List.of("2.0.0", "1.0.0", "1.5.0"), SkillHistory.of(read(content), git, WORDS, problems).stream().map(Version::label).toList());
    }

    @Test
    void aSkillWithoutVersionsChangedTwiceInADayCallsTheLaterTextByItsCommitSoThatNoAddressChanges() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill(null, "Third.\n"));
        List<Revision> git = List.of(commit(skill(null, "Third.\n"), "2026-11-21", "ccccccc3"),
                commit(skill(null, "Second.\n"), "2026-11-21", "bbbbbbb2"), commit(skill(null, "First.\n"), "2026-11-20", "aaaaaaa1"));

        List<Version> versions = SkillHistory.of(read(content), git, WORDS, problems);

        assertEquals(List.of("2026-11-20", "2026-11-21", "2026-11-21 · ccccccc"), versions.stream().map(Version::label).toList());
        assertEquals(List.of("2026-11-20", "2026-11-21", "2026-11-21-ccccccc"), versions.stream().map(Version::slug).toList());
        List<Version> before = SkillHistory.of(read(content), git.subList(1, 3), WORDS, problems);
        assertEquals("2026-11-21", before.get(1).slug(), "the day's first text was at this address before the second came");
    }

    @Test
    void ordersCommitsMadeInOneSecondAsGitDid() {
        try (GitRepository repo = new GitRepository(dir)) {
            List<String> commits = new java.util.ArrayList<>();
            for (String version : List.of("1.0.0", "2.0.0", "3.0.0", "4.0.0")) {
                repo.files.write("skills/demo/SKILL.md", skill(version, "Text of " + version + ".\n"));
                commits.add(repo.commit("v" + version, "Ann", "2026-01-05T10:00:00Z"));
            }
            Path skillFile = dir.resolve("skills/demo/SKILL.md");
            List<Revision> git = GitHistory.read(dir, List.of(skillFile), note -> { }).revisions().get(skillFile);

            List<Version> versions = SkillHistory.of(read(new ContentFixture(dir)), git, WORDS, problems);

            assertEquals(List.of("1.0.0", "2.0.0", "3.0.0", "4.0.0"), versions.stream().map(Version::label).toList());
            assertEquals(commits, versions.stream().map(v -> v.revision().commit()).toList());
        }
    }

    @Test
    void datesATextNoCommitHoldsByItsUpdatedFieldRatherThanByTheFilesTime() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", "---\nname: demo\ndescription: A demo.\nversion: 2.0.1\nmetadata:\n  updated: \"2025-02-03\"\n---\nNow.\n");
        content.write("other/SKILL.md", skill("1.0.0", "Now.\n"));
        List<SkillSource> skills = ContentScanner.scan(content.root(), problems).skills().stream()
                .map(folder -> SkillReader.read(folder, problems).orElseThrow()).toList();

        assertEquals("2025-02-03", SkillHistory.of(skills.get(0), List.of(), WORDS, problems).get(0).revision().day(),
                "the day the skill says, which its Updated field shows too");
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), SkillHistory.of(skills.get(1), List.of(), WORDS, problems).get(0).revision().day(),
                "without one, the file's time: just written");
    }

    @Test
    void leavesUndatedATextWhoseFileHasAPackagersPlaceholderTime() throws Exception {
        ContentFixture content = new ContentFixture(dir);
        Path file = content.write("demo/SKILL.md", skill("1.0.0", "From an npm package.\n"));
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("1985-10-26T08:15:00Z")));
        SkillSource skill = SkillReader.read(ContentScanner.scan(content.root(), problems).skills().get(0), problems).orElseThrow();

        Version only = SkillHistory.of(skill, List.of(), WORDS, problems).get(0);

        assertNull(only.revision().date(), "npm sets every file to 1985-10-26, which is no one's edit");
        assertEquals("1.0.0", only.label());
    }

    @Test
    void labelsAVersionWithoutAVersionFieldByItsSnapshotOrDate() {
        ContentFixture content = new ContentFixture(dir);
        content.write("demo/SKILL.md", skill(null, "Now.\n"));
        content.write("demo/versions/first-draft/SKILL.md", skill(null, "Draft.\n"));
        List<Version> versions = SkillHistory.of(read(content), List.of(), WORDS, problems);
        assertEquals("first-draft", versions.get(0).label());
        assertNull(versions.get(0).revision().date());
        assertEquals(versions.get(1).revision().day(), versions.get(1).label(), "the current text without a version goes by its date");
    }
}
