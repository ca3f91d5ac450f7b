package dev.sitegen.render;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.ContentFixture;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {

    @TempDir
    Path dir;

    private BuildResult build(ContentFixture templates) {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("a");
        return SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withTemplates(templates.root()));
    }

    @Test
    void aSiteTemplateOverridesTheBuiltInOneFileByFile() throws Exception {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("partials/skill-card.peb", "<li class=\"mine\">{{ card.name }}</li>");
        templates.write("assets/extra.css", "body{}");
        BuildResult result = build(templates);
        assertTrue(result.success(), result.problems().toString());
        String home = Files.readString(dir.resolve("out/index.html"));
        assertTrue(home.contains("<li class=\"mine\">a</li>"), "the overriding partial is used");
        assertTrue(home.contains("class=\"hero\""), "the built-in home template is still used");
        assertTrue(Files.exists(dir.resolve("out/assets/extra.css")));
        assertTrue(Files.exists(dir.resolve("out/assets/site.css")));
    }

    @Test
    void aBrokenTemplateIsAProblemWithItsFileAndLine() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("home.peb", "{% extends \"layout.peb\" %}\n{% block content %}\n{{ skills | nosuchfilter }}\n{% endblock %}\n");
        BuildResult result = build(templates);
        assertFalse(result.success());
        Problem problem = result.problems().get(0);
        assertEquals("template-error", problem.code());
        assertEquals(dir.resolve("templates/home.peb"), problem.location().file());
        assertEquals(3, problem.location().line());
        assertFalse(Files.exists(dir.resolve("out")), "nothing was published");
    }

    @Test
    void escapesTextButNotTheSanitisedBody() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/x", "name: x\ndescription: \"<script>alert(1)</script> & more\"\nversion: \"<b>1</b>\"", "**bold**\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());
        String page = Files.readString(dir.resolve("out/skills/x/index.html"));
        assertFalse(page.contains("<script>alert(1)"), "front-matter text is escaped");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertTrue(page.contains("&lt;b&gt;1&lt;/b&gt;"));
        assertTrue(page.contains("<strong>bold</strong>"), "the Markdown body is not escaped");
    }
}
