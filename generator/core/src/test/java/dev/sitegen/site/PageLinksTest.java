package dev.sitegen.site;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.ContentScanner;
import dev.sitegen.content.ContentTree;
import dev.sitegen.markdown.LinkTarget;
import dev.sitegen.model.SkillReader;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLinksTest {

    @TempDir
    Path dir;
    private final Problems problems = new Problems();
    private PageLinks skillPage;
    private PageLinks modulePage;
    private Routes routes;

    @BeforeEach
    void content() {
        ContentFixture content = new ContentFixture(dir);
        Path skill = content.skill("skills/alpha", "name: alpha\ndescription: A.", "Body\n");
        content.write("skills/alpha/reference.md", "# Reference\n");
        Path module = content.write("skills/alpha/modules/deep.md", "# Deep\n");
        content.write("skills/alpha/scripts/run.sh", "echo\n");
        content.skill("skills/beta", "name: beta-skill\ndescription: B.", "Body\n");
        ContentTree tree = ContentScanner.scan(dir, problems);
        routes = Routes.plan(tree.skills().stream().map(f -> SkillReader.read(f, problems)).flatMap(Optional::stream).toList(), tree.skills(),
                problems);
        skillPage = new PageLinks(dir, skill, SitePath.page("skills/alpha"), routes, dev.sitegen.library.LibraryRegistry.EMPTY, Set.of(), dev.sitegen.history.Moves.NONE, problems);
        modulePage = new PageLinks(dir, module, SitePath.page("skills/alpha/modules/deep"), routes, dev.sitegen.library.LibraryRegistry.EMPTY, Set.of(), dev.sitegen.history.Moves.NONE, problems);
    }

    private String href(PageLinks page, String url) {
        LinkTarget target = page.resolve(url, false, 7);
        assertInstanceOf(LinkTarget.Rewrite.class, target, url + " -> " + target + " " + problems.sorted());
        return ((LinkTarget.Rewrite) target).href();
    }

    @Test
    void resolvesEveryFormSkillsUse() {
        assertEquals("reference/index.html", href(skillPage, "reference.md"));
        assertEquals("modules/deep/index.html#part", href(skillPage, "modules/deep.md#part"));
        assertEquals("scripts/run.sh", href(skillPage, "scripts/run.sh"));
        assertEquals("../beta-skill/index.html", href(skillPage, "../beta/SKILL.md"), "by folder, to the skill's name");
        assertEquals("../beta-skill/index.html", href(skillPage, "../beta/"));
        assertEquals("../../reference/index.html", href(modulePage, "../reference.md"));
        assertEquals("../../index.html", href(modulePage, "../SKILL.md"));
        assertEquals("reference/index.html", href(skillPage, "./reference%2Emd"));
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void keepsWhatIsNotTheSites() {
        for (String url : new String[] {"https://example.com/x", "mailto:a@b.c", "#local", "/en/skills", "//cdn.example/x.js"}) {
            assertEquals(LinkTarget.KEEP, skillPage.resolve(url, false, 1), url);
        }
    }

    @Test
    void unlinksAndReportsBrokenLinksWithTheirLine() {
        assertInstanceOf(LinkTarget.Unlinked.class, skillPage.resolve("missing.md", false, 7));
        Problem problem = problems.sorted().get(0);
        assertEquals("broken-link", problem.code());
        assertEquals(7, problem.location().line());
        assertTrue(problem.message().contains("skills/alpha/missing.md"), problem.message());
    }

    @Test
    void refusesLinksOutOfTheContentFolder() {
        assertInstanceOf(LinkTarget.Unlinked.class, skillPage.resolve("../../../../etc/passwd", false, 3));
        assertEquals("link-outside-content", problems.sorted().get(0).code());
    }

    @Test
    void refusesScriptUrls() {
        assertInstanceOf(LinkTarget.Unlinked.class, skillPage.resolve("javascript:alert(1)", false, 3));
        assertInstanceOf(LinkTarget.Unlinked.class, skillPage.resolve(" JavaScript:alert(1)", false, 3));
        assertInstanceOf(LinkTarget.Unlinked.class, skillPage.resolve("data:text/html,<script>", true, 3));
        assertEquals(3, problems.sorted().size());
    }

    @Test
    void linksAcrossLetterCaseButWarns() {
        assertEquals("reference/index.html", href(skillPage, "REFERENCE.md"));
        assertEquals("link-case", problems.sorted().get(0).code());
    }

    @Test
    void remembersInternalLinksForTheAnchorCheck() {
        href(skillPage, "reference.md#setup");
        skillPage.resolve("#top", false, 2);
        assertEquals(2, skillPage.internalLinks().size());
        assertEquals(new InternalLink(SitePath.page("skills/alpha/reference"), "setup",
                dev.sitegen.problem.SourceLocation.of(dir.resolve("skills/alpha/SKILL.md"), 7)), skillPage.internalLinks().get(0));
    }
}
