package dev.sitegen.site;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.ContentScanner;
import dev.sitegen.content.SkillFolder;
import dev.sitegen.model.SkillReader;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutesTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private Routes plan() {
        List<SkillFolder> folders = ContentScanner.scan(dir, problems).skills();
        return Routes.plan(folders.stream().map(f -> SkillReader.read(f, problems)).flatMap(Optional::stream).toList(), folders, problems);
    }

    @Test
    void placesSkillsByNameAndPagesByPath() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("skills/folder-name", "name: real-name\ndescription: d", "x\n");
        Path page = content.write("skills/folder-name/modules/Advanced Topics.md", "# A\n");
        Path script = content.write("skills/folder-name/scripts/run.sh", "x");
        Routes routes = plan();
        assertEquals(SitePath.page("skills/real-name"), routes.skillNamed("real-name").orElseThrow().page());
        assertEquals(SitePath.page("skills/real-name/modules/advanced-topics"), routes.page(page).orElseThrow());
        assertEquals(SitePath.of("skills/real-name/modules/Advanced Topics.md"), routes.file(page).orElseThrow());
        assertEquals(SitePath.of("skills/real-name/scripts/run.sh"), routes.file(script).orElseThrow());
    }

    @Test
    void keepsSiteOwnPageFoldersFreeAndCollisionsApart() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("a");
        Path history = content.write("skills/a/history.md", "x");
        Path one = content.write("skills/a/Notes.md", "x");
        Path two = content.write("skills/a/notes.markdown", "x");
        Routes routes = plan();
        assertEquals(SitePath.page("skills/a/history-2"), routes.page(history).orElseThrow());
        assertEquals(java.util.Set.of(SitePath.page("skills/a/notes"), SitePath.page("skills/a/notes-2")),
                java.util.Set.of(routes.page(one).orElseThrow(), routes.page(two).orElseThrow()));
    }

    @Test
    void refusesTheSecondOfTwoSkillsWithOneName() {
        ContentFixture content = new ContentFixture(dir);
        content.skill("one", "name: same\ndescription: d", "x\n");
        content.skill("two", "name: Same\ndescription: d", "x\n");
        Routes routes = plan();
        assertEquals(1, routes.skills().size());
        Problem problem = problems.sorted().get(0);
        assertEquals("duplicate-skill", problem.code());
        assertEquals(dir.resolve("two/SKILL.md"), problem.location().file());
        assertEquals(2, problem.location().line(), "at the name");
        assertTrue(problem.message().contains("one/SKILL.md"), "names the other file: " + problem.message());
        assertEquals("Give each skill its own name, the name of its folder.", problem.fix());
    }

    @Test
    void tellsACollectionWhoseSkillsClashAgainAndAgainToBeASiteOfItsOwn() {
        ContentFixture content = new ContentFixture(dir);
        for (String name : List.of("x-chat", "x-card")) {
            content.skill("skills/" + name, "name: " + name + "\ndescription: d", "x\n");
            content.skill("skills-zh/" + name, "name: " + name + "\ndescription: 中文", "x\n");
        }
        content.skill("group1/x", "name: x\ndescription: d", "x\n");
        content.skill("group2/x", "name: x\ndescription: d", "x\n");
        plan();
        assertEquals(List.of("Another skill has the same name: group1/x/SKILL.md in the content folder, so this one cannot have its page.",
                "2 skills of skills/ have the names of skills of skills-zh/, in folders of the same names, so they cannot have their pages:"
                        + " x-card, x-chat."), problems.sorted().stream().map(Problem::message).toList(),
                "one clash of two groups is two skills that share a name; the copy is one problem, not one for each of its skills");
        assertEquals("If the skills of one of them are copies, such as a translation, build that folder as a site of its own (--content),"
                + " and leave it out of this one with a line in .gitignore.", problems.sorted().get(1).fix());
    }
}
