package dev.sitegen.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.jsoup.nodes.Entities;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates' {@code codeSpans} filter: plain text, such as a skill's description, escaped for
 * HTML, with what it puts between back-ticks shown as code. Front matter is not Markdown, but
 * authors write commands and field names in it as they would in Markdown, and readers should not
 * see the back-ticks.
 */
final class CodeSpans implements Filter {

    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");

    /** The extension that gives the templates this filter. */
    static final AbstractExtension EXTENSION = new AbstractExtension() {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("codeSpans", new CodeSpans());
        }
    };

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (input == null) {
            return null;
        }
        String text = input.toString();
        StringBuilder html = new StringBuilder();
        Matcher span = SPAN.matcher(text);
        int at = 0;
        while (span.find()) {
            html.append(Entities.escape(text.substring(at, span.start()))).append("<code>").append(Entities.escape(span.group(1))).append("</code>");
            at = span.end();
        }
        return new SafeString(html.append(Entities.escape(text.substring(at))).toString());
    }
}
