package dev.sitegen;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What makes HTML run script, looked for the way a browser would find it: script elements other
 * than the theme's own, elements that load or run other documents, event-handler attributes, and
 * {@code javascript:}, {@code vbscript:} or {@code data:} URLs in any attribute a browser follows.
 */
public final class HtmlSafety {

    /** Elements that run script, load other documents or change where links go. */
    private static final Set<String> ACTIVE = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "portal", "base",
            "style");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "cite", "srcset", "lowsrc", "dynsrc", "ping", "manifest", "codebase", "longdesc", "usemap");
    private static final Pattern UNSAFE_SCHEME = Pattern.compile("^(javascript|vbscript|data|livescript):");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final Set<String> themeScripts;

    private HtmlSafety(Set<String> themeScripts) {
        this.themeScripts = themeScripts;
    }

    /** For HTML that must hold no script at all, such as a converted Markdown page. */
    public static HtmlSafety strict() {
        return new HtmlSafety(Set.of());
    }

    /** For whole pages, which may hold the inline scripts the theme's templates hold, and scripts from its assets. */
    public static HtmlSafety forTheme(Path templates) {
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".peb"))::iterator) {
                Matcher m = INLINE_SCRIPT.matcher(Files.readString(file));
                while (m.find()) {
                    scripts.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no inline scripts found in " + templates);
        }
        return new HtmlSafety(Set.copyOf(scripts));
    }

    /** What in {@code html}, a fragment or a page, would run script; empty when nothing would. */
    public List<String> violations(String html) {
        return violations(Jsoup.parse(html));
    }

    public List<String> violations(Document document) {
        List<String> found = new ArrayList<>();
        for (Element e : document.getAllElements()) {
            String name = e.normalName();
            if (name.equals("script")) {
                boolean themeAsset = e.hasAttr("src") && e.attr("src").matches("((\\.\\./)*|(/[\\w.~-]+)*/)assets/[\\w.-]+(\\?v=[\\w.]+)?") && e.data().isEmpty();
                boolean themeInline = !e.hasAttr("src") && themeScripts.contains(e.data());
                // Data, which no browser runs: the theme's texts for its scripts. Text that broke out
                // of it would be an element of its own, and found as one.
                boolean themeTexts = !e.hasAttr("src") && e.attr("type").equals("application/json") && e.id().equals("sg-theme-texts");
                if (!themeAsset && !themeInline && !themeTexts) {
                    found.add("a script element: " + e.outerHtml());
                }
            } else if (ACTIVE.contains(name)) {
                found.add("a " + name + " element: " + e.outerHtml());
            } else if (name.equals("meta") && e.hasAttr("http-equiv")) {
                found.add("a meta http-equiv element: " + e.outerHtml());
            } else if (name.equals("link") && !e.attr("rel").matches("icon|stylesheet|canonical|alternate")) {
                found.add("a link element: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("srcdoc") || key.equals("style")) {
                    found.add("a " + key + " attribute: " + e.outerHtml());
                } else if (URL_ATTRIBUTES.contains(key) && UNSAFE_SCHEME.matcher(asBrowserReadsIt(a.getValue())).find()) {
                    found.add("a " + key + " URL that runs script: " + e.outerHtml());
                }
            }
        }
        return found;
    }

    /** Browsers drop leading and trailing controls and spaces, and tabs and line breaks anywhere, before reading a scheme. */
    private static String asBrowserReadsIt(String url) {
        return url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
    }
}
