package dev.sitegen.markdown;

import dev.sitegen.text.HtmlText;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the HTML of a page that holds raw HTML safe to embed: jsoup's relaxed safelist, extended
 * only by what Markdown output and GitHub-style documents need (classes, ids, task-list
 * checkboxes, {@code <details>}, {@code <kbd>}...). Scripts, frames, forms, styles, event
 * handlers and {@code javascript:}/{@code data:} URLs do not survive.
 *
 * <p>Skills use made-up tags such as {@code <HARD-GATE>} to talk to agents. Browsers would hide
 * them and the safelist would drop them, losing meaning the author put there, so they are shown:
 * the tag becomes a visible label around its content.
 */
final class HtmlSanitizer {

    private static final String BASE = "https://site.invalid/page/";
    private static final String RESERVED_ID_PREFIX = "sg-";

    private static final Allowed SAFELIST = new Allowed(Safelist.relaxed()
            .addTags("details", "summary", "kbd", "samp", "var", "mark", "abbr", "del", "ins", "s", "hr", "input",
                    "figure", "figcaption", "picture", "source", "sup", "sub", "small", "tt", "ruby", "rt", "rp")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "align")
            .addAttributes("a", "name", "aria-label")
            .addAttributes("input", "type", "checked", "disabled", "readonly")
            .addAttributes("details", "open")
            .addAttributes("pre", "data-language")
            .addAttributes("img", "loading", "srcset", "sizes")
            // <picture> with a <source> per color scheme is how READMEs show a logo fit for dark mode.
            .addAttributes("source", "srcset", "sizes", "media", "type")
            .preserveRelativeLinks(true));

    /** The safelist, which says whether it keeps an element. */
    private static final class Allowed extends Safelist {

        Allowed(Safelist safelist) {
            super(safelist);
        }

        boolean keeps(String tag) {
            return isSafeTag(tag);
        }
    }

    /**
     * HTML's sectioning tags, which the safelist does not keep: plain, their content stays in place;
     * with attributes, as BMAD's checklists write {@code <section n="1" title="Understand the Trigger">}
     * among made-up tags, they are shown as those are, so that what the attributes say is not lost.
     */
    /** Text that ends its line, or starts a new one: what stands before and after a tag on a line of its own. */
    private static final Pattern LINE_ENDS = Pattern.compile("(?s).*\\n[ \\t]*");
    private static final Pattern LINE_STARTS = Pattern.compile("(?s)[ \\t]*\\n.*");
    private static final Pattern CLOSING_TAG = Pattern.compile("</([A-Za-z][^\\s/>]*)\\s*>");
    /** A tag: whether it closes, its name, its attributes, and whether it closes itself. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][^\\s/>]*)([^<>]*?)(/?)>");

    /** HTML's own elements that jsoup does not list as known. */
    private static final Set<String> UNKNOWN_TO_JSOUP = Set.of("picture");
    /**
     * The elements a page leaves out that readers miss, as they run script, embed media or other
     * pages, or take input, which are warned of, never shown as placeholders; among them every
     * element whose content HTML reads as raw text, up to its closing tag or the page's end.
     */
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "iframe", "noembed", "noframes", "noscript", "xmp", "textarea",
            "title", "plaintext", "object", "embed", "applet", "frame", "frameset", "video", "audio", "canvas", "svg", "math", "form",
            "button", "select", "template", "meta", "link", "base");
    private static final Set<String> SECTIONING = Set.of("section", "article", "aside", "header", "footer", "nav", "main", "hgroup");

    private HtmlSanitizer() {
    }

    /**
     * A URL written in raw HTML, and whether it is an image source.
     *
     * @param line the line it is on, from 0 at the snippet's first
     */
    record RawUrl(String url, boolean image, int line) {
    }

    /**
     * What a snippet of raw HTML holds that the page must know: the URLs it links to, the ids links
     * may point at, and the first element of HTML's own that the page leaves out, such as a
     * {@code <script>} or an {@code <iframe>}, on its line from 0 at the snippet's first; null if none.
     */
    record RawHtml(List<RawUrl> urls, List<String> ids, Element removed) {

        int removedLine() {
            return removed.sourceRange().start().lineNumber() - 1;
        }
    }

    /**
     * The link and image URLs in a snippet of raw HTML, as a browser would read them, and the ids
     * it gives, {@code <a id="x">} or {@code <a name="x">}, which the sanitised page keeps.
     */
    static RawHtml read(String html) {
        Element body = parse(html, true);
        List<RawUrl> urls = new ArrayList<>();
        body.select("a[href]").forEach(a -> urls.add(new RawUrl(a.attr("href"), false, a.sourceRange().start().lineNumber() - 1)));
        body.select("img[src]").forEach(img -> urls.add(new RawUrl(img.attr("src"), true, img.sourceRange().start().lineNumber() - 1)));
        body.select("[srcset]").forEach(element -> candidates(element.attr("srcset")).forEach(candidate ->
                urls.add(new RawUrl(candidate[0], true, element.sourceRange().start().lineNumber() - 1))));
        List<String> ids = new ArrayList<>();
        body.select("[id]").forEach(element -> ids.add(element.id()));
        body.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        ids.removeIf(id -> id.isEmpty() || id.startsWith(RESERVED_ID_PREFIX));
        Element removed = body.getAllElements().stream().filter(element -> LEFT_OUT.contains(element.normalName()))
                .findFirst().orElse(null);
        return new RawHtml(urls, ids, removed);
    }

    /** The text of the level-1 heading that titles a snippet of raw HTML, or null for none. */
    static String firstTitle(String html) {
        Element heading = titleHeading(parse(html));
        return heading == null ? null : heading.text().strip();
    }

    /** The first level-1 heading with words in it (not a logo's), outside a {@code <details>} that hides it. */
    private static Element titleHeading(Element body) {
        return body.select("h1").stream().filter(h -> !h.text().isBlank() && h.closest("details") == null).findFirst().orElse(null);
    }

    /**
     * The sanitised body.
     *
     * @param targets what the page's link policy decided for each URL found by {@link #read}
     * @param titleTaken whether the page's title is its raw HTML's first level-1 heading, which the
     *     page shows as its title and so leaves out of the body
     */
    static String clean(String html, Map<String, LinkTarget> targets, boolean titleTaken, Wording wording) {
        html = madeUpTagsWrappingNothingAsWritten(html);
        Element body = parse(html, true);
        Element title = titleTaken ? titleHeading(body) : null;
        if (title != null) {
            title.remove();
        }
        showMadeUpTags(body, html);
        applyTargets(body, targets, wording);
        rawTextAsText(body);
        Document dirty = body.ownerDocument();
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.select("input").forEach(input -> {
            if (!input.attr("type").equalsIgnoreCase("checkbox")) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        });
        clean.select("[id^=" + RESERVED_ID_PREFIX + "]").forEach(e -> e.removeAttr("id"));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static Element parse(String html) {
        return parse(html, false);
    }

    /** @param positions whether elements know where in {@code html} they are */
    private static Element parse(String html, boolean positions) {
        Document document = Document.createShell(BASE);
        document.outputSettings().prettyPrint(false);
        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase).setTrackPosition(positions);
        List<Node> nodes = parser.parseFragmentInput(html, document.body(), BASE);
        document.body().insertChildren(0, nodes);
        return document.body();
    }

    /** Whether a tag is not HTML's, such as {@code HARD-GATE}: browsers would hide it, and its meaning with it. */
    static boolean isMadeUp(String tagName) {
        String name = tagName.toLowerCase(Locale.ROOT);
        return !Tag.isKnownTag(name) && !UNKNOWN_TO_JSOUP.contains(name);
    }

    /**
     * Innermost first, so that a tag holding only made-up tags, shown as blocks, is itself shown as one.
     * A tag inside a paragraph that stands on a line of its own, as workflows write
     * {@code <action>...</action>} line after line, is marked to be shown on its own line too.
     */
    private static void showMadeUpTags(Element body, String html) {
        Set<String> closed = closedTags(html);
        List<Element> innermostFirst = new ArrayList<>(body.getAllElements());
        Collections.reverse(innermostFirst);
        for (Element element : innermostFirst) {
            String name = element.normalName();
            boolean described = SECTIONING.contains(name) && element.attributesSize() > 0;
            if (element == body || !(isMadeUp(name) || described || placeholder(element, closed))) {
                continue;
            }
            if (!closed.contains(name)) {
                // Never closed, it is a placeholder, <stage> or <Suggestion for an optimization>: shown as written, wrapping
                // nothing; so is one of HTML's own names the page would leave out, as "Encrypt <data> at rest" writes it.
                element.before(new TextNode(openingTag(element, html)));
                element.unwrap();
                continue;
            }
            boolean block = element.parent() == body || element.children().stream().anyMatch(Element::isBlock);
            Element shown = new Element(block ? "div" : "span").addClass("agent-tag");
            if (!block && onALineOfItsOwn(element)) {
                shown.addClass("agent-tag-line");
            }
            shown.appendElement("span").addClass("agent-tag-name").text(openingTag(element, html));
            shown.insertChildren(-1, new ArrayList<>(element.childNodes()));
            trimLineBreaks(shown);
            shown.appendElement("span").addClass("agent-tag-name").text("</" + element.tagName() + ">");
            element.replaceWith(shown);
        }
    }

    /**
     * Made-up tags that wrap nothing, as text, as they are written: one that closes itself, as JSX
     * writes {@code <Spacer />}, which an HTML parser takes for an opening tag wrapping all after
     * it, and a closing one that nothing before it opens, which an HTML parser drops.
     */
    private static String madeUpTagsWrappingNothingAsWritten(String html) {
        Map<String, Integer> open = new HashMap<>();
        return TAG.matcher(html).replaceAll(tag -> {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!isMadeUp(name)) {
                return Matcher.quoteReplacement(tag.group());
            }
            boolean closing = !tag.group(1).isEmpty();
            boolean wrapsNothing = !tag.group(4).isEmpty() || closing && open.getOrDefault(name, 0) == 0;
            if (wrapsNothing) {
                return Matcher.quoteReplacement(HtmlText.escape(tag.group()));
            }
            open.merge(name, closing ? -1 : 1, Integer::sum);
            return Matcher.quoteReplacement(tag.group());
        });
    }

    /**
     * Raw text, a {@code <script>}'s or a {@code <style>}'s, that has come to stand in an element the
     * safelist keeps, as text: jsoup's cleaner copies raw text whole where its element is safe, so
     * raw text moved out of its own element would be markup on the page.
     */
    private static void rawTextAsText(Element body) {
        body.nodeStream(DataNode.class).filter(data -> data.parent() != null && SAFELIST.keeps(data.parent().normalName()))
                .toList().forEach(data -> data.replaceWith(new TextNode(data.getWholeData())));
    }

    /**
     * One of HTML's own names, never closed, that the page would leave out: a word in angle brackets,
     * {@code <data>}, which is shown as written and what it wraps kept. Never an element that holds
     * raw text, as {@code <style>} and {@code <script>} do: left open, it holds the rest of the page,
     * which unwrapped would be markup.
     */
    private static boolean placeholder(Element element, Set<String> closed) {
        String name = element.normalName();
        return Tag.isKnownTag(name) && !Tag.valueOf(name).isEmpty() && !SAFELIST.keeps(name) && !closed.contains(name)
                && !LEFT_OUT.contains(name);
    }

    /** The tags a page closes somewhere ({@code </name>}), by which an element that is never closed is told from one that is. */
    private static Set<String> closedTags(String html) {
        return CLOSING_TAG.matcher(html).results().map(tag -> tag.group(1).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static boolean onALineOfItsOwn(Element element) {
        Node before = element.previousSibling();
        Node after = element.nextSibling();
        return (before == null || before instanceof TextNode text && LINE_ENDS.matcher(text.getWholeText()).matches()
                || before instanceof Element br && br.normalName().equals("br"))
                && (after == null || after instanceof TextNode text && LINE_STARTS.matcher(text.getWholeText()).matches()
                || after instanceof Element br && br.normalName().equals("br"));
    }

    /** The tag's own line breaks, and those between the blocks inside it, would show as blank lines inside the label's box. */
    private static void trimLineBreaks(Element shown) {
        for (Node child : new ArrayList<>(shown.childNodes())) {
            if (child instanceof TextNode text && text.isBlank() && (isBlock(text.previousSibling()) || isBlock(text.nextSibling()))) {
                text.remove();
            }
        }
        if (shown.childNodeSize() > 1 && shown.childNode(1) instanceof TextNode first) {
            first.text(first.getWholeText().replaceFirst("^[ \\t]*\\n", ""));
        }
        if (shown.childNode(shown.childNodeSize() - 1) instanceof TextNode last) {
            last.text(last.getWholeText().replaceFirst("\\n[ \\t]*$", ""));
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && element.isBlock();
    }

    /** An element's opening tag as the page writes it, JSX's {@code <CardGroup cols={2}>} too, on one line. */
    private static String openingTag(Element element, String html) {
        Range range = element.sourceRange();
        return range.isTracked() ? html.substring(range.startPos(), range.endPos()).replaceAll("\\s+", " ") : "<" + element.tagName() + ">";
    }

    /**
     * The candidates of a {@code srcset}, each its URL and its descriptor ("2x", "480w" or none), read
     * as HTML reads them: a URL runs to white space, and ends its candidate if it ends in a comma;
     * else a descriptor follows, up to the next comma. A comma inside a URL is the URL's.
     */
    private static List<String[]> candidates(String srcset) {
        List<String[]> candidates = new ArrayList<>();
        int at = 0;
        while (at < srcset.length()) {
            while (at < srcset.length() && (Character.isWhitespace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            int start = at;
            while (at < srcset.length() && !Character.isWhitespace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else {
                int descriptorStart = at;
                while (at < srcset.length() && srcset.charAt(at) != ',') {
                    at++;
                }
                descriptor = srcset.substring(descriptorStart, at).strip();
            }
            if (!url.isEmpty()) {
                candidates.add(new String[] {url, descriptor});
            }
        }
        return candidates;
    }

    /** A {@code srcset} with each URL as the page's policy decided; one it refused is left out, and an element left with none goes. */
    private static void applySrcset(Element element, Map<String, LinkTarget> targets) {
        List<String> kept = new ArrayList<>();
        for (String[] candidate : candidates(element.attr("srcset"))) {
            LinkTarget target = targets.getOrDefault(candidate[0], LinkTarget.KEEP);
            if (!(target instanceof LinkTarget.Unlinked)) {
                String url = target instanceof LinkTarget.Rewrite rewrite ? rewrite.href() : candidate[0];
                kept.add(candidate[1].isEmpty() ? url : url + " " + candidate[1]);
            }
        }
        if (!kept.isEmpty()) {
            element.attr("srcset", String.join(", ", kept));
        } else if (element.tagName().equals("source")) {
            element.remove();
        } else {
            element.removeAttr("srcset");
        }
    }

    private static void applyTargets(Element body, Map<String, LinkTarget> targets, Wording wording) {
        body.select("[srcset]").forEach(element -> applySrcset(element, targets));
        for (Element a : body.select("a[href]")) {
            LinkTarget target = targets.getOrDefault(a.attr("href"), LinkTarget.KEEP);
            if (target instanceof LinkTarget.Rewrite rewrite) {
                a.attr("href", rewrite.href());
            } else if (target instanceof LinkTarget.Unlinked unlinked) {
                a.tagName("span").clearAttributes().addClass("unlinked").attr("title", wording.reason(unlinked));
            }
        }
        for (Element img : body.select("img[src]")) {
            LinkTarget target = targets.getOrDefault(img.attr("src"), LinkTarget.KEEP);
            if (target instanceof LinkTarget.Rewrite rewrite) {
                img.attr("src", rewrite.href());
            } else if (target instanceof LinkTarget.Unlinked unlinked) {
                img.replaceWith(new Element("span").addClass("unlinked").attr("title", wording.reason(unlinked)).text(img.attr("alt")));
            }
        }
    }
}
