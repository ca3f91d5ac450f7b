package dev.sitegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sitegen.serve.SiteServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published site, served over real HTTP where GitHub Pages would serve it, and its files for machines. */
class PublishTest {

    private static final String BASE_URL = "https://owner.github.io/repo/";

    @TempDir
    static Path dir;
    /** The seed skill and a real collection, published at {@link #BASE_URL}; built once for every test. */
    private static Path published;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void publish() {
        Path content = dir.resolve("content");
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content);
        ContentFixture.copyTree(ContentFixture.CORPUS, content.resolve("skills"));
        published = build(content, BASE_URL, "published");
    }

    private static Path build(Path content, String baseUrl, String output) {
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content, dir.resolve(output)).withBaseUrl(baseUrl));
        assertTrue(result.success(), result.problems().toString());
        return dir.resolve(output);
    }

    private HttpResponse<byte[]> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Follows every link, stylesheet, script, image and feed of every page from the home page, and
     * what search fetches, and returns what did not answer 200.
     */
    private List<String> crawl(URI home) throws Exception {
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(home));
        List<String> failures = new ArrayList<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            if (!seen.add(uri)) {
                continue;
            }
            HttpResponse<byte[]> response = get(uri);
            if (response.statusCode() != 200) {
                failures.add(uri + " -> " + response.statusCode());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
            List<String> targets = new ArrayList<>();
            for (Element e : page.select("a[href], link[href], script[src], img[src]")) {
                targets.add(e.absUrl(e.hasAttr("href") ? "href" : "src"));
            }
            // What search fetches on first use: the index, the store and the scripts that load them.
            for (Element form : page.select("form.search")) {
                targets.add(URI.create(uri.toString()).resolve(form.attr("data-index")).toString());
                targets.add(URI.create(uri.toString()).resolve(form.attr("data-store")).toString());
                for (String script : form.attr("data-scripts").split(" ")) {
                    targets.add(URI.create(uri.toString()).resolve(script).toString());
                }
            }
            for (String target : targets) {
                URI next = URI.create(target.replaceFirst("#.*$", ""));
                if (next.getHost() != null && next.getHost().equals(home.getHost()) && next.getPort() == home.getPort()) {
                    if (!next.getPath().startsWith(home.getPath())) {
                        failures.add(uri + " links outside the site: " + next);
                    } else {
                        queue.add(next);
                    }
                }
            }
        }
        assertTrue(seen.size() > 100, "the crawl reached every page: " + seen.size());
        return failures;
    }

    @Test
    void everyLinkAnswersUnderTheRepositoryPath() throws Exception {
        Path site = published;
        try (SiteServer server = ServedSite.serve(site, "/repo/")) {
            assertEquals(List.of(), crawl(server.url()));
            for (String machineFile : new String[] {"feed.xml", "sitemap.xml", "robots.txt", "llms.txt", "llms-full.txt", "skills.json"}) {
                assertEquals(200, get(server.url().resolve(machineFile)).statusCode(), machineFile);
            }
        }
    }

    @Test
    void everyLinkAnswersAtADomainRoot() throws Exception {
        Path site = build(dir.resolve("content"), "https://skills.example.com/", "at-root");
        try (SiteServer server = ServedSite.serve(site, "/")) {
            assertEquals(List.of(), crawl(server.url()));
        }
    }

    @Test
    void aDeepMissingPathGetsTheNotFoundPageWithWorkingAssets() throws Exception {
        Path site = published;
        try (SiteServer server = ServedSite.serve(site, "/repo/")) {
            URI missing = server.url().resolve("skills/gone/deeper/still/page.html");
            HttpResponse<byte[]> response = get(missing);
            assertEquals(404, response.statusCode());
            Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), missing.toString());
            assertEquals("Page not found", page.selectFirst("h1").text());
            List<String> assets = new ArrayList<>();
            page.select("link[rel=stylesheet], script[src], a[href]:not([href^=#])").forEach(e -> assets.add(e.absUrl(e.hasAttr("src") ? "src" : "href")));
            assertTrue(assets.stream().anyMatch(a -> a.contains("/repo/assets/site.css")), assets.toString());
            for (String asset : assets) {
                assertEquals(200, get(URI.create(asset.replaceFirst("#.*$", ""))).statusCode(), asset);
            }
        }
    }

    @Test
    void listsNoSitemapWithoutABaseUrlSinceItsAddressesMustBeAbsolute() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content-without-site-yaml"));
        content.skill("skills/guide", "name: guide\ndescription: A guide.", "# Guide\n");
        Path site = build(content.root(), null, "no-base-url");
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void publishesValidFilesForMachines() throws Exception {
        Path site = published;
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        org.w3c.dom.Document sitemap = xml.parse(site.resolve("sitemap.xml").toFile());
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < sitemap.getElementsByTagName("loc").getLength(); i++) {
            locations.add(sitemap.getElementsByTagName("loc").item(i).getTextContent());
        }
        assertTrue(locations.contains(BASE_URL + "skills/moai-lang-python/"), locations.toString());
        assertTrue(locations.stream().allMatch(l -> l.startsWith(BASE_URL)), "absolute URLs from the base URL");
        assertFalse(locations.stream().anyMatch(l -> l.contains("/v/") || l.endsWith("404.html")), "older versions and 404 are not listed");
        for (String location : locations) {
            Path file = site.resolve(location.substring(BASE_URL.length()));
            assertTrue(Files.isRegularFile(location.endsWith("/") || location.equals(BASE_URL) ? file.resolve("index.html") : file), location);
        }
        org.w3c.dom.Document feed = xml.parse(site.resolve("feed.xml").toFile());
        NodeList entries = feed.getElementsByTagName("entry");
        assertTrue(entries.getLength() > 0);
        for (int i = 0; i < entries.getLength(); i++) {
            String href = ((org.w3c.dom.Element) ((org.w3c.dom.Element) entries.item(i)).getElementsByTagName("link").item(0)).getAttribute("href");
            assertTrue(href.startsWith(BASE_URL) && href.endsWith("/"), "the same address as the sitemap's, not .../index.html: " + href);
            assertTrue(Files.isRegularFile(site.resolve(href.substring(BASE_URL.length())).resolve("index.html")), href);
        }

        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + BASE_URL + "sitemap.xml"), robots);
        assertTrue(Files.exists(site.resolve(".nojekyll")));

        String llms = Files.readString(site.resolve("llms.txt"));
        assertTrue(llms.startsWith("# site-gen skills\n\n> "), llms);
        assertTrue(llms.contains("\n## Skills\n\n- ["), llms);
        assertTrue(llms.contains("\n- [moai-lang-python](" + BASE_URL + "skills/moai-lang-python/SKILL.md): Python 3.13+"), llms);
        Matcher links = Pattern.compile("\\]\\((" + Pattern.quote(BASE_URL) + "[^)]+)\\)").matcher(llms);
        int count = 0;
        while (links.find()) {
            assertTrue(Files.isRegularFile(site.resolve(links.group(1).substring(BASE_URL.length()).replace("%20", " "))), links.group(1));
            count++;
        }
        assertTrue(count > 40, "llms.txt links every skill and page: " + count);
        String full = Files.readString(site.resolve("llms-full.txt"));
        assertTrue(full.contains("# moai-lang-python: Python Implementation Guide & Patterns"));
        assertTrue(full.contains("Source: " + BASE_URL + "skills/moai-lang-python/SKILL.md\n\n```yaml\nname: moai-lang-python\n"), full);
        assertTrue(full.contains("  languages: [\"python\"]\n```\n\n## Quick Reference (30 seconds)\n"),
                "the front matter is a YAML block, not a rule and a heading: " + full);
        assertTrue(full.contains("# moai-lang-python: Python Implementation Guide & Patterns\n\nSource: " + BASE_URL
                + "skills/moai-lang-python/reference.md\n\n## Python 3.13 New Features\n"),
                "a page without front matter has no block, and its own title is not said again under the one that names it: " + full);

        JsonNode catalog = new ObjectMapper().readTree(site.resolve("skills.json").toFile());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ByteArrayInputStream(Files.readAllBytes(site.resolve("skills.schema.json"))));
        Set<ValidationMessage> errors = schema.validate(catalog);
        assertEquals(Set.of(), errors);
        JsonNode python = null;
        for (JsonNode skill : catalog.get("skills")) {
            if (skill.get("name").asText().equals("moai-lang-python")) {
                python = skill;
            }
        }
        assertEquals("1.1.0", python.get("version").asText());
        assertEquals(BASE_URL + "skills/moai-lang-python/", python.get("url").asText());
        assertTrue(python.get("libraries").toString().contains("/tiangolo/fastapi"));
        assertEquals("reference.md", python.get("pages").get(0).get("path").asText());
        assertEquals(15, catalog.get("skills").size());
    }

    @Test
    void describesEveryPageForSocialCards() throws Exception {
        Path site = published;
        Document page = Jsoup.parse(site.resolve("skills/moai-lang-python/index.html").toFile(), "UTF-8");
        assertEquals(BASE_URL + "skills/moai-lang-python/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE_URL + "skills/moai-lang-python/", page.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("moai-lang-python", page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:description]").attr("content").startsWith("Python 3.13+"));
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    }
}
