package dev.sitegen.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitegen.HtmlSafety;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any Markdown, raw HTML in it included, converts to HTML that runs no script, without an
 * exception, and with headings on lines of the page.
 *
 * <p>The normal tests run the inputs in {@code MarkdownFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README's Fuzzing section), and inputs that fail are added there.
 */
class MarkdownFuzzTest {

    private static final MarkdownConverter CONVERTER = new MarkdownConverter();
    private static final int FIRST_LINE = 5;

    @FuzzTest(maxDuration = "10m")
    void anyMarkdownConvertsToHtmlThatRunsNoScript(byte[] bytes) {
        String markdown = new String(bytes, StandardCharsets.UTF_8);
        ConvertedMarkdown page = CONVERTER.convert(markdown, FIRST_LINE, LinkPolicy.KEEP_ALL);

        assertEquals(java.util.List.of(), HtmlSafety.strict().violations(page.html()), () -> page.html());
        long lastLine = FIRST_LINE + markdown.lines().count();
        for (Heading heading : page.headings()) {
            assertTrue(heading.line() >= FIRST_LINE && heading.line() <= lastLine, heading::toString);
        }
    }
}
