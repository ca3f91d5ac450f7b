package dev.sitegen.markdown;

import dev.sitegen.render.ThemeText;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitegen.HtmlSafety;
import dev.sitegen.library.LibraryRegistry;
import dev.sitegen.problem.Problems;
import dev.sitegen.site.PageLinks;
import dev.sitegen.site.Routes;
import dev.sitegen.site.SitePath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any Markdown, raw HTML in it included, converts to HTML that runs no script, without an
 * exception, and with headings on lines of the page: converted as the site converts every page,
 * with the link policy of a skill page.
 *
 * <p>The normal tests run the inputs in {@code MarkdownFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README's Fuzzing section), and inputs that fail are added there.
 */
class MarkdownFuzzTest {

    private static final MarkdownConverter CONVERTER = new MarkdownConverter(ThemeText.english().wording());
    private static final int FIRST_LINE = 5;
    private static final Path CONTENT = Path.of("/nonexistent/content");

    @FuzzTest(maxDuration = "10m")
    void anyMarkdownConvertsToHtmlThatRunsNoScript(byte[] bytes) {
        String markdown = new String(bytes, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        PageLinks links = new PageLinks(CONTENT, CONTENT.resolve("skills/fuzzed/SKILL.md"), SitePath.page("skills/fuzzed"),
                Routes.plan(List.of(), List.of(), problems), LibraryRegistry.EMPTY, Set.of(), dev.sitegen.history.Moves.NONE, problems);
        ConvertedMarkdown page = CONVERTER.convert(markdown, FIRST_LINE, links);

        assertEquals(List.of(), HtmlSafety.strict().violations(page.html()), () -> page.html());
        long lastLine = FIRST_LINE + markdown.lines().count();
        for (Heading heading : page.headings()) {
            assertTrue(heading.line() >= FIRST_LINE && heading.line() <= lastLine, heading::toString);
        }
    }
}
