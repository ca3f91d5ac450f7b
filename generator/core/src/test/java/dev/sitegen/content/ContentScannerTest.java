package dev.sitegen.content;

import dev.sitegen.ContentFixture;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentScannerTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private List<String> codes() {
        return problems.sorted().stream().map(Problem::code).toList();
    }

    @Test
    void findsSkillsAtAnyDepthWithTheirFiles() {
        ContentFixture content = new ContentFixture(dir);
        content.write("site.yaml", "title: t\n");
        content.write("libraries.yaml", "{}\n");
        content.write("README.md", "# not a skill\n");
        content.write("LICENSE", "MIT License\n");
        content.skill("top", "name: top\ndescription: d", "x\n");
        content.skill("skills/grouped/nested", "name: nested\ndescription: d", "x\n");
        content.write("skills/grouped/nested/reference.md", "# R\n");
        content.write("skills/grouped/nested/modules/a.md", "# A\n");
        content.write("skills/grouped/nested/scripts/run.sh", "echo\n");
        content.write("skills/grouped/nested/assets/agent_template.md", "---\nname: [agent-name] (kebab-case)\n---\n[See](./ARCHITECTURE.md)\n");
        content.write("skills/grouped/nested/.hidden.md", "x\n");
        content.write(".git/config", "x\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        assertEquals(List.of("skills/grouped/nested/SKILL.md", "top/SKILL.md"),
                tree.skills().stream().map(s -> s.skillFile().relativePath()).toList());
        SkillFolder nested = tree.skills().get(0);
        assertEquals(List.of("modules/a.md", "reference.md"), nested.pages().stream().map(nested::pathInSkill).toList());
        assertEquals(List.of("assets/agent_template.md", "scripts/run.sh"), nested.files().stream().map(nested::pathInSkill).toList(),
                "Markdown in assets/ is a template the skill uses, published as it is, not a page");
        assertEquals("site.yaml", tree.siteConfig().orElseThrow().relativePath());
        assertEquals("libraries.yaml", tree.libraryRegistry().orElseThrow().relativePath());
        assertEquals("LICENSE", tree.license().orElseThrow().relativePath());
        assertEquals(List.of(), codes());
    }

    @Test
    void aSkillFileInsideASkillsFolderIsOneOfItsPages() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("skills/memory", "name: memory\ndescription: d", "x\n");
        content.skill("skills/memory/lib/sqlite", "name: sqlite\ndescription: d", "x\n");
        content.skill("skills/memory/lib/sqlite/versions/1.0.0", "name: sqlite\ndescription: old", "x\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        assertEquals(List.of("skills/memory/SKILL.md"), tree.skills().stream().map(s -> s.skillFile().relativePath()).toList());
        SkillFolder memory = tree.skills().get(0);
        assertEquals(List.of("lib/sqlite/SKILL.md", "lib/sqlite/versions/1.0.0/SKILL.md"), memory.pages().stream().map(memory::pathInSkill).toList());
        Problem nested = problems.sorted().get(0);
        assertEquals(List.of("nested-skill"), codes());
        assertEquals(dir.resolve("skills/memory/lib/sqlite/SKILL.md"), nested.location().file());
        assertTrue(nested.message().contains("inside the folder of the skill skills/memory,"), nested.message());
    }

    @Test
    void aSkillFileDeeperStillBelongsToTheOutermostSkill() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        content.skill("skills/a/lib/b", "name: b\ndescription: d", "x\n");
        content.skill("skills/a/lib/b/deep/c", "name: c\ndescription: d", "x\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        SkillFolder a = tree.skills().get(0);
        assertEquals(List.of("lib/b/SKILL.md", "lib/b/deep/c/SKILL.md"), a.pages().stream().map(a::pathInSkill).toList());
        assertTrue(problems.sorted().stream().allMatch(p -> p.message().contains("skill skills/a,")), problems.sorted().toString());
    }

    @Test
    void aSkillsSubSkillsAreItsPagesBesideCopiesOfThemAtTheTop() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("game-development", "name: game-development\ndescription: d", "x\n");
        content.skill("game-development/2d-games", "name: 2d-games\ndescription: d", "x\n");
        content.skill("2d-games", "name: 2d-games\ndescription: d", "x\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        assertEquals(List.of("2d-games/SKILL.md", "game-development/SKILL.md"), tree.skills().stream().map(s -> s.skillFile().relativePath()).toList());
        assertEquals(List.of("nested-skill"), codes(), "no second 2d-games skill for agents, nor here");
    }

    @Test
    void aSkillFileBesideTheSkillsOfACollectionTakesNoneOfThem() {
        ContentFixture content = new ContentFixture(dir);
        content.skill(".", "name: collection\ndescription: d", "x\n");
        content.skill("skills", "name: skills\ndescription: d", "x\n");
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        content.skill("skills/b", "name: b\ndescription: d", "x\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        assertEquals(List.of("SKILL.md", "skills/SKILL.md", "skills/a/SKILL.md", "skills/b/SKILL.md"),
                tree.skills().stream().map(s -> s.skillFile().relativePath()).toList());
        assertEquals(List.of(), codes());
    }

    @Test
    void namesTheFoldersBesideSkillsThatHoldMarkdownButNoSkillFile() {
        ContentFixture content = new ContentFixture(dir);
        content.write("README.md", "# The collection\n");
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        content.write("skills/a/modules/m.md", "# In a skill\n");
        content.write("skills/agent-communication/README.md", "# Agent Communication Skill\n");
        content.write("skills/nvim-ui-testing/checklists/ui.md", "# Checklist\n");
        content.write("skills/scripts-only/run.sh", "echo\n");
        content.write("skills/l2-task-protocol.md", "# Loose\n");
        content.skill("skills/group/inner/b", "name: b\ndescription: d", "x\n");
        content.write("skills/group/notes.md", "# Holds a skill deeper\n");
        content.write("docs/guide.md", "# Beside the folder of skills, as a repository's docs are\n");

        ContentTree tree = ContentScanner.scan(dir, problems);

        assertEquals(List.of("skills/agent-communication", "skills/nvim-ui-testing"),
                tree.withoutSkill().stream().map(d -> dir.relativize(d).toString().replace('\\', '/')).toList());
    }

    @Test
    void leavesOutWhatGitIgnoresAndWhatNoSkillMeansToPublish() {
        ContentFixture repository = new ContentFixture(dir);
        repository.write(".git/HEAD", "ref: refs/heads/main\n");
        repository.write(".gitignore", "drafts/\n*.log\n");
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/n", "name: n\ndescription: d", "x\n");
        content.write("skills/n/scripts/node_modules/pkg/README.md", "# Someone else's\n");
        content.write("skills/n/scripts/__pycache__/run.cpython-312.pyc", "x");
        content.write("skills/n/scripts/run.py", "print()\n");
        content.write("skills/n/SKILL.md~", "x\n");
        content.write("skills/n/notes.md.swp", "x\n");
        content.write("skills/n/scripts/run.py.bak", "x\n");
        content.write("skills/n/scripts/run.py.backup-2026-01-09", "x\n");
        content.write("skills/n/reference.md.orig", "x\n");
        content.write("skills/n/postgres.backup-and-restore.md", "# Backup and restore\n");
        content.write("skills/n/drafts/plan.md", "# Draft\n");
        content.write("skills/n/build.log", "x\n");
        content.write("skills/n/.gitignore", "out/\n!keep.log\n");
        content.write("skills/n/out/page.md", "# Generated\n");
        content.write("skills/n/keep.log", "kept\n");

        SkillFolder n = ContentScanner.scan(content.root(), problems).skills().get(0);

        assertEquals(List.of("postgres.backup-and-restore.md"), n.pages().stream().map(n::pathInSkill).toList());
        assertEquals(List.of("keep.log", "scripts/run.py"), n.files().stream().map(n::pathInSkill).toList(),
                "the skill's own .gitignore, even one that takes back what the repository's ignores");
    }

    @Test
    void buildsAContentFolderThatGitIgnoresAsAsked() {
        ContentFixture repository = new ContentFixture(dir);
        repository.write(".git/HEAD", "ref: refs/heads/main\n");
        repository.write(".gitignore", "vendor/\n");
        ContentFixture content = new ContentFixture(dir.resolve("vendor/pkg/skills"));
        content.skill("a", "name: a\ndescription: d", "x\n");
        content.write("a/reference.md", "# R\n");

        SkillFolder a = ContentScanner.scan(content.root(), problems).skills().get(0);

        assertEquals(List.of("reference.md"), a.pages().stream().map(a::pathInSkill).toList());
    }

    @Test
    void knowsALicenseByTheNamesGitHubDoes() {
        for (String name : List.of("LICENSE", "LICENSE.md", "license.txt", "LICENCE", "COPYING", "LICENSE-MIT", "UNLICENSE")) {
            assertTrue(ContentTree.isLicense(name), name);
        }
        assertFalse(ContentTree.isLicense("LICENSES.md"));
        assertFalse(ContentTree.isLicense("licensing.md"));
    }

    @Test
    void takesVersionFoldersAsSnapshotsNotSkills() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("a");
        content.skill("skills/a/versions/1.0.0", "name: a\ndescription: old", "x\n");
        content.write("skills/a/versions/notes.md", "x\n");
        ContentTree tree = ContentScanner.scan(dir, problems);
        assertEquals(1, tree.skills().size());
        SkillFolder skill = tree.skills().get(0);
        assertEquals(List.of("1.0.0"), skill.snapshots().stream().map(Snapshot::label).toList());
        assertEquals(List.of("versions/notes.md"), skill.pages().stream().map(skill::pathInSkill).toList(),
                "a versions folder without SKILL.md is an ordinary folder");
    }

    @Test
    void reportsASkillFileThatIsAFolderOrWronglyCased() throws Exception {
        Files.createDirectories(dir.resolve("a/SKILL.md"));
        new ContentFixture(dir).write("b/skill.md", "---\nname: b\n---\n");
        ContentTree tree = ContentScanner.scan(dir, problems);
        assertTrue(tree.skills().isEmpty());
        assertEquals(List.of("skill-file-is-folder", "skill-file-case"), codes());
    }

    @Test
    void neverFollowsLinksOutOfTheContentFolderOrIntoLoops() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("a");
        Path secret = new ContentFixture(dir).write("secret.txt", "secret\n");
        Files.createSymbolicLink(dir.resolve("content/skills/a/secret.txt"), secret);
        Files.createSymbolicLink(dir.resolve("content/skills/a/loop"), dir.resolve("content/skills/a"));
        Files.createSymbolicLink(dir.resolve("content/skills/a/inside.md"), dir.resolve("content/skills/a/SKILL.md"));
        ContentTree tree = ContentScanner.scan(dir.resolve("content"), problems);
        SkillFolder skill = tree.skills().get(0);
        assertEquals(List.of("inside.md"), skill.pages().stream().map(skill::pathInSkill).toList());
        assertEquals(List.of(), skill.files());
        assertEquals(List.of("linked-folder", "link-outside-content"), codes());
    }

    @Test
    void pointsAtTheHiddenFolderItsSkillsAreInWhenItFindsNoOthers() {
        ContentFixture content = new ContentFixture(dir);
        content.skill(".agents/skills/a", "name: a\ndescription: d", "x\n");
        content.skill(".agents/skills/b", "name: b\ndescription: d", "x\n");
        content.skill(".git/skills/c", "name: c\ndescription: d", "x\n");
        content.skill(".git/skills/d", "name: d\ndescription: d", "x\n");
        content.skill(".git/skills/e", "name: e\ndescription: d", "x\n");
        content.write("README.md", "# A package\n");
        ContentScanner.scan(dir, problems);
        Problem problem = problems.sorted().get(0);
        assertEquals("no-skills", problem.code());
        assertEquals("The content folder holds no skills outside hidden folders, which are skipped; .agents/skills holds some.",
                problem.message());
        assertEquals("Point --content / sitegen.content at " + dir.toAbsolutePath().normalize().resolve(".agents/skills") + ".", problem.fix());
    }

    @Test
    void pointsAtTheFolderThatHoldsAllTheHiddenFoldersSkillsWhenTheyAreInSeveral() {
        ContentFixture content = new ContentFixture(dir);
        content.skill(".agent/skills/local/a", "name: a\ndescription: d", "x\n");
        content.skill(".agent/skills/local/b", "name: b\ndescription: d", "x\n");
        content.skill(".agent/skills/upstream/ecc/c", "name: c\ndescription: d", "x\n");
        ContentScanner.scan(dir, problems);
        assertEquals("Point --content / sitegen.content at " + dir.toAbsolutePath().normalize().resolve(".agent/skills") + ".",
                problems.sorted().get(0).fix(), "not at local/, which would leave upstream/ out");
    }

    @Test
    void reportsAFolderWithNoSkills() {
        new ContentFixture(dir).write("README.md", "# Not a skill\n");
        ContentScanner.scan(dir, problems);
        assertEquals("The content folder holds no skills.", problems.sorted().get(0).message());
    }

    @Test
    void reportsAMissingContentFolder() {
        ContentTree tree = ContentScanner.scan(dir.resolve("nope"), problems);
        assertTrue(tree.skills().isEmpty());
        assertEquals(List.of("content-missing"), codes());
    }
}
