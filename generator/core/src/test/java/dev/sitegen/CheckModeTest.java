package dev.sitegen;

import dev.sitegen.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking runs every validation, including the templates, and writes nothing. */
class CheckModeTest {

    @TempDir
    Path dir;

    private BuildResult check(ContentFixture content, Path templates) {
        return SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withTemplates(templates)
                .withMode(BuildConfig.Mode.CHECK));
    }

    @Test
    void writesNothingAndReportsWhatABuildWould() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "## Works Well With\n\n- gone-skill for x\n\n[x](missing.md)\n");
        BuildResult result = check(content, null);
        assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
        assertFalse(result.published());
        assertEquals(List.of("broken-link", "missing-skill"), result.problems().stream().map(Problem::code).sorted().toList(),
                "a check warns of missing skills, which a build only lists");
        assertTrue(result.success(), "warnings alone pass");
        assertFalse(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withMode(BuildConfig.Mode.CHECK)
                .withStrict(true)).success(), "and fail in strict mode");
    }

    @Test
    void checksTheTemplatesToo() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("a");
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("skill.peb", "{{ doc.title | nosuchfilter }}");
        BuildResult result = check(content, templates.root());
        assertEquals("template-error", result.problems().get(0).code());
        assertFalse(result.success());
    }

    @Test
    void reportsATemplateThatIncludesItselfInsteadOfOverflowingTheStack() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("a");
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("home.peb", "{% include \"home.peb\" %}");
        List<Problem> problems = check(content, templates.root()).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("template-error", problems.get(0).code());
        assertEquals(templates.root().resolve("home.peb"), problems.get(0).location().file());
        assertTrue(problems.get(0).message().contains("includes, extends or calls itself"), problems.get(0).message());
    }
}
