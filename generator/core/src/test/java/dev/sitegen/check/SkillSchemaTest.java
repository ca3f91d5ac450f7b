package dev.sitegen.check;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.ContentScanner;
import dev.sitegen.model.SkillReader;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillSchemaTest {

    @TempDir
    Path dir;

    private List<Problem> check(String folder, String frontMatter) {
        new ContentFixture(dir).skill(folder, frontMatter, "x\n");
        Problems problems = new Problems();
        SkillSchema.check(ContentScanner.scan(dir, problems).skills().stream()
                .map(f -> SkillReader.read(f, problems)).flatMap(Optional::stream).toList(), problems);
        return problems.sorted();
    }

    @Test
    void acceptsAWellFormedSkill() {
        assertEquals(List.of(), check("good-skill", "name: good-skill\ndescription: Does good."));
    }

    @Test
    void wantsLowercaseHyphenatedNamesThatMatchTheFolder() {
        List<Problem> problems = check("Some Folder", "name: Bad_Name\ndescription: d");
        assertEquals(List.of("skill-name"), problems.stream().map(Problem::code).toList(), "one problem, not two");
        assertEquals(2, problems.get(0).location().line(), "at the name");
        assertEquals(true, problems.get(0).fix().contains("\"bad-name\""), problems.get(0).fix());
    }

    @Test
    void wantsAWellFormedNameToBeItsFolders() {
        assertEquals(List.of("name-folder"), check("other-folder", "name: good-name\ndescription: d").stream().map(Problem::code).toList());
    }

    @Test
    void suggestsTheFoldersNameWhereThatIsAValidOne() {
        List<Problem> problems = check("agentdb-advanced", "name: AgentDB Advanced Features\ndescription: d");
        assertEquals(List.of("skill-name"), problems.stream().map(Problem::code).toList());
        assertEquals(true, problems.get(0).fix().contains("such as \"agentdb-advanced\", its folder's name"),
                "the advice agrees with matching the folder: " + problems.get(0).fix());
    }

    @Test
    void limitsNameAndDescriptionLengths() {
        String name = "a".repeat(65);
        List<Problem> problems = check(name, "name: " + name + "\ndescription: " + "d".repeat(1025));
        assertEquals(List.of("skill-name", "description-length"), problems.stream().map(Problem::code).toList());
        assertEquals(3, problems.get(1).location().line());
    }

    @Test
    void suggestsNoEmptyNameForANameWithoutLatinLetters() {
        Problem problem = check("스킬", "name: 스킬\ndescription: d").get(0);
        assertEquals("skill-name", problem.code());
        assertEquals("Rename the skill with lowercase letters a to z, digits and hyphens; agents look skills up by name.", problem.fix());
    }

    @Test
    void checksANameOfThousandsOfHyphenatedWords() {
        String name = "a-".repeat(50_000) + "a";
        List<Problem> problems = check("long", "name: " + name + "\ndescription: d");
        assertEquals(List.of("name-folder", "skill-name"), problems.stream().map(Problem::code).toList());
    }
}
