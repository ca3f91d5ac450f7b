package dev.sitegen.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AutolinksTest {

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "See https://example.com/page and www.example.org, or write to team@example.com.",
            "**bold https://example.com/a_b_c** and _https://example.com/x_ then text",
            "| link | mail |\n|---|---|\n| https://example.com | a@b.co |\n",
            "- item www.example.com/path?q=1&r=2\n- `https://in.code` stays code\n- [named](https://x.example) link",
            "# Heading https://example.com\n\nA decorator @app.route and a handle @someone, no address.",
            "Plain text with no link at all, over\nseveral lines.",
            "https://example.com/a&amp;b and http://x.example/%20y) and (https://paren.example)",
            "> quoted https://example.com\n>\n> www.quoted.example",
            "WWW.UPPER.EXAMPLE is not a link, nor is mailto:nobody, nor x://y",
    })
    void linksWhatFlexmarksAutolinkExtensionLinks(String markdown) {
        assertEquals(render(AutolinkExtension.create(), markdown), render(new Autolinks(), markdown));
    }
}
