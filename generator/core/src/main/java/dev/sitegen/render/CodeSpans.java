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
 * see the back-ticks. {@code codeSpans(160)} shortens the text first, as {@code shortened} does.
 *
 * <p>The {@code shortened(300)} filter cuts text to at most that many characters at the end of a
 * word and outside a code span, marked with an ellipsis: Pebble's {@code abbreviate} cuts inside
 * both, leaving half a word or a lone back-tick.
 */
final class CodeSpans implements Filter {

    /**
     * A code span as CommonMark reads one: a run of back-ticks, then text, then a run of as many;
     * {@code ``a`b``} is the code {@code a`b}. The machine-readable copies keep spans by it too.
     */
    static final Pattern SPAN = Pattern.compile("(?<!`)(`+)(?!`)(.*?)(?<!`)\\1(?!`)", Pattern.DOTALL);
    private static final String ELLIPSIS = "…";

    /** The extension that gives the templates these filters. */
    static final AbstractExtension EXTENSION = new AbstractExtension() {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("codeSpans", new CodeSpans(), "shortened", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("length");
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    return input == null ? null : shortened(input.toString(), args.get("length"));
                }
            });
        }
    };

    @Override
    public List<String> getArgumentNames() {
        return List.of("length");
    }

    /** {@code text} as it is when {@code length} is null or it is no longer; else cut at a word's end, outside code. */
    static String shortened(String text, Object length) {
        int max = length instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        Matcher span = SPAN.matcher(text);
        while (span.find() && span.start() < end) {
            if (span.end() > end) {
                if (span.start() > 0) {
                    end = span.start();
                } else if (span.end() < text.length()) {
                    // Code that opens the text is kept whole, a little over the length, rather than leave only "…".
                    return text.substring(0, span.end()) + ELLIPSIS;
                } else {
                    return text;
                }
            }
        }
        int space = end;
        while (space > 0 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        // Chinese and Japanese write no spaces: text without one near the end is cut where it is.
        if (space > end / 2) {
            end = space;
        } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (input == null) {
            return null;
        }
        String text = shortened(input.toString(), args.get("length"));
        StringBuilder html = new StringBuilder();
        Matcher span = SPAN.matcher(text);
        int at = 0;
        while (span.find()) {
            html.append(Entities.escape(text.substring(at, span.start()))).append("<code>").append(Entities.escape(code(span.group(2)))).append("</code>");
            at = span.end();
        }
        return new SafeString(html.append(Entities.escape(text.substring(at))).toString());
    }

    /** A span's text as CommonMark shows it: line breaks as spaces, one space each side dropped so {@code `` `x` ``} can show back-ticks. */
    private static String code(String inside) {
        String code = inside.replace('\n', ' ');
        boolean padded = code.startsWith(" ") && code.endsWith(" ") && !code.isBlank();
        return padded ? code.substring(1, code.length() - 1) : code;
    }
}
