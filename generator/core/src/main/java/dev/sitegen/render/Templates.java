package dev.sitegen.render;

import dev.sitegen.model.SiteConfig;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.publish.SiteWriter;
import dev.sitegen.reuse.Memo;
import dev.sitegen.render.Views.Link;
import dev.sitegen.render.Views.PageView;
import dev.sitegen.site.SitePath;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders one template into one file of the site, with what every page's layout needs (the site,
 * its sections, the assets' cache-busting URLs), and reports a broken template once, with its file
 * and line, instead of once per page.
 */
final class Templates {

    /** The name templates' context gives the theme's texts by, for the {@code t} function: one no template would choose. */
    static final String TEXT = "_siteGenThemeTexts";

    private final Theme theme;
    private final ThemeText text;
    private final SiteConfig config;
    private final List<Link> sections;
    private final Path templatesDir;
    private final SiteWriter writer;
    private final Problems problems;
    /** The theme's assets by the names templates use, each with its cache-busting URL. */
    private final Map<String, String> assets;
    private final Set<String> brokenTemplates;
    private final Map<SitePath, String> pages;

    private final boolean feed;
    private final Link license;
    private final Memo<Boolean> memo;

    /**
     * @param feed whether the site has a feed, which every page then announces
     * @param license the collection's license, which every page's footer links to; null when it has none
     * @param memo what the last build rendered each page from: a page whose template would see the same
     *     values is kept as that build published it
     */
    Templates(Theme theme, ThemeText text, SiteConfig config, List<Link> sections, boolean feed, Link license, Path templatesDir,
              SiteWriter writer, Problems problems, Memo<Boolean> memo) {
        this(theme, text, config, sections, feed, license, templatesDir, writer, problems, memo, assetUrls(theme),
                ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>());
    }

    private Templates(Theme theme, ThemeText text, SiteConfig config, List<Link> sections, boolean feed, Link license, Path templatesDir,
                      SiteWriter writer, Problems problems, Memo<Boolean> memo, Map<String, String> assets, Set<String> brokenTemplates,
                      Map<SitePath, String> pages) {
        this.theme = theme;
        this.text = text;
        this.feed = feed;
        this.license = license;
        this.config = config;
        this.sections = sections;
        this.templatesDir = templatesDir;
        this.writer = writer;
        this.problems = problems;
        this.memo = memo;
        this.assets = assets;
        this.brokenTemplates = brokenTemplates;
        this.pages = pages;
    }

    private static Map<String, String> assetUrls(Theme theme) {
        Map<String, String> urls = new HashMap<>();
        theme.assets().forEach((name, asset) -> urls.put(name.replaceAll("[^A-Za-z0-9]", "_"), asset.path() + "?v=" + asset.hash()));
        return urls;
    }

    /** These templates, writing through another writer; what they have written and reported is shared. */
    Templates writingTo(SiteWriter other) {
        return new Templates(theme, text, config, sections, feed, license, templatesDir, other, problems, memo, assets, brokenTemplates,
                pages);
    }

    SiteWriter writer() {
        return writer;
    }

    SiteConfig config() {
        return config;
    }

    ThemeText text() {
        return text;
    }

    int pages() {
        return pages.size();
    }

    /** Every HTML page written so far, with the kind of page it is. */
    Map<SitePath, String> pagesByKind() {
        return Map.copyOf(pages);
    }

    /** The kind of each of these paths that is an HTML page written so far. */
    Map<SitePath, String> kindsOf(Collection<SitePath> paths) {
        Map<SitePath, String> kinds = new HashMap<>();
        paths.forEach(path -> {
            String kind = pages.get(path);
            if (kind != null) {
                kinds.put(path, kind);
            }
        });
        return kinds;
    }

    /** Counts pages a build kept from the last as written, with their kinds. */
    void kept(Map<SitePath, String> kinds) {
        pages.putAll(kinds);
    }

    /** The layout's view of a page at {@code path}, which links from its own place to the root. */
    PageView page(String kind, SitePath path, String title, String description, List<Link> breadcrumbs, String sourceHref,
                  String editUrl) {
        String canonical = config.baseUrl() == null ? null : config.baseUrl() + path.urlPath();
        return new PageView(kind, title, description, path.rootPrefix(), canonical, sourceHref, editUrl, breadcrumbs);
    }

    /**
     * Renders {@code template}.peb into {@code path}; its context gets the site-wide values added.
     * A page the last build rendered from equal values is kept: templates see only their context,
     * and values that cannot be compared, such as HTML, never equal another.
     */
    void render(String template, SitePath path, PageView page, Map<String, Object> context) {
        List<Object> inputs = List.of(Memo.same(theme), text, config, sections, feed, Optional.ofNullable(license), template, page,
                new HashMap<>(context));
        if (memo.reuse(path, inputs, problems).isPresent()) {
            writer.keep(path);
            if (path.value().endsWith(".html")) {
                pages.put(path, page.kind());
            }
            return;
        }
        context.put("site", config);
        context.put("page", page);
        context.put("sections", sections);
        context.put("assets", assets);
        context.put("feed", feed);
        context.put("license", license);
        context.put(TEXT, text);
        context.put("textForScripts", new SafeString(text.forScripts()));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            theme.engine().getTemplate(template + ".peb").evaluate(out, context);
        } catch (PebbleException e) {
            report(template, e);
            return;
        } catch (StackOverflowError e) {
            // A template that includes, extends or calls itself recurses until the stack runs out; it has unwound by here.
            report(template + ".peb", 0, "The template recurses without end: it includes, extends or calls itself");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.write(path, out.toString());
        if (path.value().endsWith(".html")) {
            pages.put(path, page.kind());
        }
        memo.keep(path, inputs, true, List.of());
    }

    private void report(String template, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : template + ".peb";
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        report(file, line, "The template failed: " + e.getPebbleMessage());
    }

    private void report(String file, int line, String message) {
        if (!brokenTemplates.add(file + message)) {
            return;
        }
        Path where = templatesDir != null && templatesDir.resolve(file).toFile().exists()
                ? templatesDir.resolve(file) : Path.of("(built-in theme)", file);
        problems.error("template-error", SourceLocation.of(where, line), message + ".",
                "Fix the template, or delete it from your templates folder to use the built-in one.");
    }
}
