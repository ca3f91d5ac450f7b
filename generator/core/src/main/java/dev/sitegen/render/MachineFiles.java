package dev.sitegen.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sitegen.markdown.RelativeUrl;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.model.SkillMetadata;
import dev.sitegen.publish.SiteWriter;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.SiteLicense;
import dev.sitegen.site.SitePath;
import dev.sitegen.site.Skill;
import dev.sitegen.text.HtmlText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the site publishes for machines rather than readers: {@code sitemap.xml} (when the base
 * URL is known) and {@code robots.txt} for search engines, {@code llms.txt} and
 * {@code llms-full.txt} (llmstxt.org) and {@code skills.json} for agents, and {@code .nojekyll}
 * for GitHub Pages deployed from a branch.
 * Every front-matter value is escaped for the format that carries it.
 */
final class MachineFiles {

    /** An ampersand that would begin an entity, {@code &lt;} or {@code &#60;}; one in "R & D" is text. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");

    /** Pages a search engine should not list: the 404, search and moved pages, and the pages of older versions. */
    private static final Set<String> NOT_INDEXED = Set.of("not-found", "version", "changes", "search", "moved");
    static final String SKILLS_SCHEMA = "skills.schema.json";

    private final Site site;
    private final SiteConfig config;
    private final SiteWriter writer;

    MachineFiles(Site site, SiteWriter writer) {
        this.site = site;
        this.config = site.config();
        this.writer = writer;
    }

    void writeAll(Map<SitePath, String> pagesByKind) {
        writer.write(SitePath.of(".nojekyll"), new byte[0]);
        // The sitemap protocol takes absolute URLs only, which need the base URL.
        if (config.baseUrl() != null) {
            writer.write(SitePath.of("sitemap.xml"), sitemap(pagesByKind));
        }
        writer.write(SitePath.of("robots.txt"), robots());
        writer.write(SitePath.of("llms.txt"), llms());
        writer.write(SitePath.of("llms-full.txt"), llmsFull());
        writer.write(SitePath.of("skills.json"), skillsJson());
        writer.write(SitePath.of(SKILLS_SCHEMA), schema());
    }

    /**
     * Every indexable page, in path order, with the day it last changed where that is known: the
     * day the page says it was last updated, else the day its skill's latest version was made.
     */
    private String sitemap(Map<SitePath, String> pagesByKind) {
        Map<SitePath, String> lastChanged = new TreeMap<>();
        for (Skill skill : site.skills()) {
            String day = skill.versions().isEmpty() ? null : skill.versions().get(skill.versions().size() - 1).version().revision().day();
            skill.allPages().forEach(page -> Optional.ofNullable(page.lastUpdated()).or(() -> Optional.ofNullable(day))
                    .ifPresent(changed -> lastChanged.put(page.path(), changed)));
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        new TreeMap<>(pagesByKind).forEach((path, kind) -> {
            if (!NOT_INDEXED.contains(kind)) {
                xml.append("  <url><loc>").append(HtmlText.escape(config.url(path.urlPath()))).append("</loc>");
                String day = lastChanged.get(path);
                if (day != null) {
                    xml.append("<lastmod>").append(day).append("</lastmod>");
                }
                xml.append("</url>\n");
            }
        });
        return xml.append("</urlset>\n").toString();
    }

    private String robots() {
        String sitemap = config.baseUrl() == null ? "" : "Sitemap: " + config.url("sitemap.xml") + "\n";
        return "User-agent: *\nAllow: /\n" + sitemap;
    }

    /** llmstxt.org: a title, a summary, then sections of links, each with what it holds. */
    private String llms() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(line(config.title())).append("\n\n");
        if (!config.description().isBlank()) {
            out.append("> ").append(line(config.description())).append("\n\n");
        }
        out.append("Skills for AI agents: each a SKILL.md with YAML front matter, and further Markdown pages beside it. ")
                .append("Every link below is the Markdown source.\n\n## Skills\n\n");
        for (Skill skill : site.skills()) {
            out.append("- ").append(link(skill.name(), skill.main().markdownPath())).append(": ")
                    .append(line(skill.metadata().description())).append('\n');
        }
        boolean anyPages = site.skills().stream().anyMatch(s -> !s.pages().isEmpty());
        if (anyPages) {
            out.append("\n## Reference pages\n\n");
            for (Skill skill : site.skills()) {
                for (Page page : skill.pages()) {
                    out.append("- ").append(link(skill.name() + ": " + page.title(), page.markdownPath()))
                            .append(page.description() == null ? "" : ": " + line(page.description())).append('\n');
                }
            }
        }
        out.append("\n## Optional\n\n")
                .append("- ").append(link("llms-full.txt", SitePath.of("llms-full.txt"))).append(": every skill and page in one file\n")
                .append("- ").append(link("skills.json", SitePath.of("skills.json"))).append(": the catalog of skills as JSON\n");
        site.license().ifPresent(license -> out.append("- ").append(link(license.title(), SiteLicense.PATH))
                .append(": the license of the skills here\n"));
        return out.toString();
    }

    /**
     * Every skill's Markdown, each page under a heading that names it, its URL below, its front matter
     * in a YAML code block: between pages, its own {@code ---} lines would read as rules, and its
     * last field, above the closing {@code ---}, as a heading.
     */
    private String llmsFull() {
        Map<String, String> markdownOf = new HashMap<>();
        site.skills().forEach(skill -> skill.allPages().forEach(page -> markdownOf.put(page.path().href(), page.markdownPath().href())));
        StringBuilder out = new StringBuilder("# ").append(line(config.title())).append("\n\n");
        for (Skill skill : site.skills()) {
            for (Page page : skill.allPages()) {
                boolean titled = page != skill.main() || page.title().equals(skill.name());
                String body = rebased(page, markdownOf).strip();
                out.append("---\n\n# ").append(line(skill.name())).append(page == skill.main() ? "" : ": " + line(page.title()))
                        .append("\n\nSource: ").append(config.url(page.markdownPath().href())).append("\n\n")
                        .append(frontMatterBlock(page)).append(titled ? withoutTitle(body, page.title()) : body).append("\n\n");
                if (page.openFence() != null) {
                    // Else the next page's heading and all below it would be code.
                    out.append(page.openFence()).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * The page's body with every URL it writes relative to itself leading where its HTML page's
     * does, from the site's root, absolute with a base URL: in llms-full.txt the page is read from
     * the root, not beside itself, and a skill's site folder may not be its content folder. A link
     * to a page leads to the page's Markdown, which is what a reader of llms-full.txt reads.
     *
     * @param markdownOf the Markdown of each page, both from the root
     */
    private String rebased(Page page, Map<String, String> markdownOf) {
        String body = page.body();
        StringBuilder out = new StringBuilder(body.length() + 64 * page.relativeUrls().size());
        int at = 0;
        for (RelativeUrl url : page.relativeUrls()) {
            String target = RelativeUrl.fromRoot(page.path().href(), url.href());
            int suffix = RelativeUrl.suffixAt(target);
            String markdown = markdownOf.get(target.substring(0, suffix));
            out.append(body, at, url.start()).append(config.url(markdown == null ? target : markdown + target.substring(suffix)));
            at = url.end();
        }
        return out.append(body, at, body.length()).toString();
    }

    /** The body without a level-1 heading that opens it and says only the title, which the page's own heading gives. */
    private static String withoutTitle(String body, String title) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        boolean repeats = first.startsWith("# ") && first.substring(2).replaceFirst("\\s+#+\\s*$", "").strip().equals(title);
        return repeats ? body.substring(first.length()).strip() : body;
    }

    /** The YAML between a page's {@code ---} lines, fenced longer than any run of back-ticks in it; "" for none. */
    private static String frontMatterBlock(Page page) {
        List<String> lines = page.markdown().substring(0, page.bodyStart()).strip().lines().toList();
        if (lines.size() < 2) {
            return "";
        }
        String yaml = String.join("\n", lines.subList(1, lines.size() - 1));
        int longestRun = Pattern.compile("`+").matcher(yaml).results().mapToInt(run -> run.group().length()).max().orElse(0);
        String fence = "`".repeat(Math.max(3, longestRun + 1));
        return fence + "yaml\n" + yaml + "\n" + fence + "\n\n";
    }

    /** The catalog of skills; its shape is {@value #SKILLS_SCHEMA}, documented in the README. */
    private byte[] skillsJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("generator", "site-gen");
            json.writeObjectFieldStart("site");
            json.writeStringField("title", config.title());
            json.writeStringField("description", config.description());
            json.writeStringField("url", config.url(""));
            if (site.license().isPresent()) {
                json.writeObjectFieldStart("license");
                json.writeStringField("title", site.license().get().title());
                json.writeStringField("url", config.url(SiteLicense.PATH.href()));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("skills");
            for (Skill skill : site.skills()) {
                SkillMetadata m = skill.metadata();
                json.writeStartObject();
                json.writeStringField("name", m.name());
                json.writeStringField("title", skill.main().title());
                json.writeStringField("description", m.description());
                json.writeStringField("version", m.version());
                json.writeStringField("category", m.category());
                json.writeStringField("status", m.status());
                stringArray(json, "tags", m.tags());
                json.writeStringField("updated", m.updated());
                json.writeStringField("url", config.url(skill.path().urlPath()));
                json.writeStringField("markdown", config.url(skill.main().markdownPath().href()));
                stringArray(json, "libraries", site.libraries().stream()
                        .filter(l -> l.uses().stream().anyMatch(use -> use.skill() == skill)).map(l -> l.id().toString()).toList());
                json.writeArrayFieldStart("pages");
                for (Page page : skill.pages()) {
                    json.writeStartObject();
                    json.writeStringField("title", page.title());
                    json.writeStringField("path", page.pathInSkill());
                    json.writeStringField("url", config.url(page.path().urlPath()));
                    json.writeStringField("markdown", config.url(page.markdownPath().href()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeNumberField("versions", skill.versions().size());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static byte[] schema() {
        try (InputStream in = MachineFiles.class.getResourceAsStream(SKILLS_SCHEMA)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown link whose text cannot break out of its brackets. */
    private String link(String text, SitePath target) {
        return "[" + line(text) + "](" + config.url(target.href()).replace(" ", "%20").replace(")", "%29") + ")";
    }

    /**
     * Front-matter text on one Markdown line: no line breaks, no brackets that would make a link
     * (to a javascript: URL, say) of what the author wrote as text, no raw HTML and no entity.
     * They are escaped with a backslash, which an agent reads through more easily than an entity
     * ({@code Result\<T>}, not {@code Result&lt;T&gt;}); a {@code >} inside a line starts nothing.
     * Code between back-ticks is left as written: Markdown shows it so, backslashes and all.
     */
    private static String line(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(flat.length() + 8);
        Matcher code = CodeSpans.SPAN.matcher(flat);
        int at = 0;
        while (code.find()) {
            out.append(escaped(flat.substring(at, code.start()))).append(code.group());
            at = code.end();
        }
        return out.append(escaped(flat.substring(at))).toString();
    }

    private static String escaped(String text) {
        String plain = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("<", "\\<");
        return plain.indexOf('&') < 0 ? plain : ENTITY.matcher(plain).replaceAll("\\\\&");
    }
}
