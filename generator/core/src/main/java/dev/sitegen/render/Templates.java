package dev.sitegen.render;

import dev.sitegen.model.SiteConfig;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.publish.SiteWriter;
import dev.sitegen.render.Views.Link;
import dev.sitegen.render.Views.PageView;
import dev.sitegen.site.SitePath;
import io.pebbletemplates.pebble.error.PebbleException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders one template into one file of the site, with what every page's layout needs (the site,
 * its sections, the assets' cache-busting URLs), and reports a broken template once, with its file
 * and line, instead of once per page.
 */
final class Templates {

    private final Theme theme;
    private final SiteConfig config;
    private final List<Link> sections;
    private final Path templatesDir;
    private final SiteWriter writer;
    private final Problems problems;
    private final Map<String, String> assets = new HashMap<>();
    private final Set<String> brokenTemplates = ConcurrentHashMap.newKeySet();
    private final Map<SitePath, String> pages = new ConcurrentHashMap<>();

    private final boolean feed;

    /** @param feed whether the site has a feed, which every page then announces */
    Templates(Theme theme, SiteConfig config, List<Link> sections, boolean feed, Path templatesDir, SiteWriter writer,
              Problems problems) {
        this.theme = theme;
        this.feed = feed;
        this.config = config;
        this.sections = sections;
        this.templatesDir = templatesDir;
        this.writer = writer;
        this.problems = problems;
        theme.assets().forEach((name, asset) -> assets.put(name.replaceAll("[^A-Za-z0-9]", "_"), asset.path() + "?v=" + asset.hash()));
    }

    SiteWriter writer() {
        return writer;
    }

    SiteConfig config() {
        return config;
    }

    int pages() {
        return pages.size();
    }

    /** Every HTML page written so far, with the kind of page it is. */
    Map<SitePath, String> pagesByKind() {
        return Map.copyOf(pages);
    }

    /** The layout's view of a page at {@code path}, which links from its own place to the root. */
    PageView page(String kind, SitePath path, String title, String description, List<Link> breadcrumbs, String sourceHref,
                  String editUrl) {
        String canonical = config.baseUrl() == null ? null : config.baseUrl() + path.urlPath();
        return new PageView(kind, title, description, path.rootPrefix(), canonical, sourceHref, editUrl, breadcrumbs);
    }

    /** Renders {@code template}.peb into {@code path}; its context gets the site-wide values added. */
    void render(String template, SitePath path, PageView page, Map<String, Object> context) {
        context.put("site", config);
        context.put("page", page);
        context.put("sections", sections);
        context.put("assets", assets);
        context.put("feed", feed);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            theme.engine().getTemplate(template + ".peb").evaluate(out, context);
        } catch (PebbleException e) {
            report(template, e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.write(path, out.toString());
        if (path.value().endsWith(".html")) {
            pages.put(path, page.kind());
        }
    }

    private void report(String template, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : template + ".peb";
        if (!brokenTemplates.add(file + e.getMessage())) {
            return;
        }
        Path where = templatesDir != null && templatesDir.resolve(file).toFile().exists()
                ? templatesDir.resolve(file) : Path.of("(built-in theme)", file);
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        problems.error("template-error", SourceLocation.of(where, line), "The template failed: " + e.getPebbleMessage() + ".",
                "Fix the template, or delete it from your templates folder to use the built-in one.");
    }
}
