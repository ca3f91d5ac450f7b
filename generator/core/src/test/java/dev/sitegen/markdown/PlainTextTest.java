package dev.sitegen.markdown;

import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    private static final Parser PARSER = Parser.builder(MarkdownConverter.options()).build();

    private static String of(String markdown) {
        return PlainText.of(PARSER.parse(markdown));
    }

    @Test
    void undoesEscapesAndEntitiesButLeavesCodeAsWritten() {
        assertEquals("Use [brackets], *stars* & A: a\\*b", of("Use \\[brackets\\], \\*stars\\* &amp; &#65;: `a\\*b`"));
        assertEquals("run \\* here\nindented \\*", of("```sh\nrun \\* here\n```\n\n    indented \\*\n"));
    }

    @Test
    void keepsTheTextOfLinksImagesAndAddressesButNotTags() {
        assertEquals("See the guide, https://example.com/a, ops@example.com, www.example.com and a chart of costs, bold.",
                of("See [the *guide*](g.md), <https://example.com/a>, <ops@example.com>, www.example.com and ![a chart of costs](c.png), <b>bold</b>."));
    }

    @Test
    void readsRawHtmlForItsTextWhereverItStands() {
        assertEquals("Options\nMore\nHidden text", of("- Options\n\n  <details><summary>More</summary>\n  Hidden text\n  </details>\n"));
    }

    @Test
    void endsALineAtEachBlockLineBreakAndTableCell() {
        assertEquals("One\ntwo\nItem\nNested\nName\nUse\nlunr\nsearch", of("One\ntwo\n\n- Item\n  - Nested\n\n| Name | Use |\n| --- | --- |\n| lunr | search |\n"));
    }
}
