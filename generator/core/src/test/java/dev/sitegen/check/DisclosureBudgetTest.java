package dev.sitegen.check;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.ContentFixture;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureBudgetTest {

    @TempDir
    Path dir;

    private List<Problem> budgetProblems(String disclosure, String body) {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/s", "name: s\ndescription: Short.\nprogressive_disclosure:\n" + disclosure, body);
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withMode(BuildConfig.Mode.CHECK));
        return result.problems().stream().filter(p -> p.code().equals("disclosure-budget")).toList();
    }

    @Test
    void measuresTheQuickReferenceWithItsSubsectionsAgainstLevelOne() {
        String body = "\n## Quick Reference\n\n" + "word ".repeat(40) + "\n\n### Patterns\n\n" + "more ".repeat(40) + "\n\n## Details\n\n"
                + "x".repeat(2000) + "\n";
        List<Problem> problems = budgetProblems("  level1_tokens: 100\n  level2_tokens: 5000", body);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("The quick reference is about 1"), problems.get(0).message());
        assertEquals(9, problems.get(0).location().line(), "at the Quick Reference heading");
    }

    @Test
    void measuresTheWholeBodyAgainstLevelTwo() {
        List<Problem> problems = budgetProblems("  level_2_tokens: 100", "\n" + "text ".repeat(200) + "\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("The body is about 251 tokens, over the 100"), problems.get(0).message());
    }

    @Test
    void staysQuietWithinBudget() {
        assertEquals(List.of(), budgetProblems("  level1_tokens: 100\n  level2_tokens: 1000", "\n## Quick Reference\n\nShort.\n"));
    }

    @Test
    void estimatesAToken() {
        assertEquals(0, DisclosureBudget.tokens(""));
        assertEquals(1, DisclosureBudget.tokens("abcd"));
        assertEquals(2, DisclosureBudget.tokens("abcde"));
    }
}
