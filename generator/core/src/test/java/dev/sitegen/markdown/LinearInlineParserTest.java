package dev.sitegen.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinearInlineParserTest {

    private static final String MARKDOWN = """
            A [link](https://x.org "title") and [another](<a b.md>), a [reference][r], a [collapsed][] and [shortcut],
            `code`, ``co`de``, **strong**, *emphasis*, ~~struck~~, <https://auto.link>, <span class="x">html</span>,
            an ![image](p.png 'alt'), an entity &amp; &#169;, a \\*escape\\*, a hard  
            break, and [not a link] (here) with [brackets [nested]](n.md).

            | a | `b|c` |
            |---|---|
            | [x](x.md) | *y* |

            [r]: r.md "Ref"
            [collapsed]: c.md
            [shortcut]: s.md
            """;

    @Test
    void readsEveryInlineAsFlexmarksOwnParserDoes() {
        assertEquals(html(false), html(true));
    }

    private static String html(boolean linear) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, linear
                ? List.of(TablesExtension.create(), StrikethroughExtension.create(), LinearInlineParser.EXTENSION)
                : List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(MARKDOWN));
    }
}
