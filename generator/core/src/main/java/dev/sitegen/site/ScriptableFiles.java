package dev.sitegen.site;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a skill that a browser would run script from if the site served them as they are:
 * on GitHub Pages such a script runs with the site's origin, which every project site of the same
 * owner shares. They are published as text instead ({@code demo.html} as {@code demo.html.txt}),
 * so that readers still see them; an SVG is published as it is unless it can run script, as
 * diagrams are the common case and an image of a scripted SVG would stop showing.
 */
final class ScriptableFiles {

    /**
     * Markup a browser renders, scripts included, when it is opened: the whole of GitHub Pages' table
     * and not a few common names, as a script runs from a schema.xsd or a feed.rss as well as from an .html.
     */
    private static final Set<String> MARKUP = markupExtensions();
    private static final Set<String> SCRIPTING_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler");

    private ScriptableFiles() {
    }

    /** Whether the file is to be published as text; a scripted SVG is also reported, as its images will not show. */
    static boolean publishedAsText(Path file, Problems problems) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (MARKUP.contains(extension)) {
            return true;
        }
        if (!extension.equals("svg")) {
            return false;
        }
        Optional<String> script = scriptIn(file);
        script.ifPresent(what -> problems.warning("scripted-svg", SourceLocation.of(file),
                "This SVG can run script (" + what + "), which the site would run as its own; it is published as text, "
                        + "so an image of it will not show.",
                "Remove the script from the SVG, or save the drawing again as a plain SVG."));
        return script.isPresent();
    }

    private static Set<String> markupExtensions() {
        try (var in = ScriptableFiles.class.getResourceAsStream("markup-extensions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> java.util.Arrays.stream(line.split(" ")))
                    .filter(extension -> !extension.isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("site-gen's jar lacks dev/sitegen/site/markup-extensions.txt", e);
        }
    }

    /** What in an SVG can run script, if anything; an SVG that cannot be read is treated as if it could. */
    private static Optional<String> scriptIn(Path svg) {
        String text;
        try {
            text = Files.readString(svg, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.of("it could not be read as UTF-8 text");
        }
        if (text.contains("<?xml-stylesheet")) {
            return Optional.of("an XSLT stylesheet");
        }
        for (Element element : Jsoup.parse(text, "", Parser.xmlParser()).getAllElements()) {
            String tag = element.normalName().replaceFirst("^.*:", "");
            if (SCRIPTING_ELEMENTS.contains(tag)) {
                return Optional.of("a <" + element.tagName() + "> element");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || value.contains("javascript:") || value.contains("data:text/html")) {
                    return Optional.of("the attribute " + attribute.getKey() + " of <" + element.tagName() + ">");
                }
            }
        }
        return Optional.empty();
    }
}
