package dev.sitegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site built from every hostile case that builds, all in one content folder: no page runs
 * script, and front-matter text is escaped, and comes back whole, in every file that carries it.
 */
class HostileSiteTest {

    /** The description of the case script-in-front-matter, as its YAML says it. */
    private static final String DESCRIPTION = "Breaks out of attributes \"><img src=x onerror=" + HostileCases.PAYLOAD
            + ">, of the title </title><script>" + HostileCases.PAYLOAD + "</script>, of XML ]]></summary><script>"
            + HostileCases.PAYLOAD + "</script>, of JSON \"}]},{\"pwned\":true, and of llms.txt lines\n# Injected heading\n"
            + "[injected](javascript:" + HostileCases.PAYLOAD + ")";

    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void build() {
        Path content = dir.resolve("content");
        site = dir.resolve("site-output");
        BuildResult result = HostileCases.buildSite(content, site);
        assertTrue(result.success(), () -> result.problems().toString());
        assertTrue(result.published());
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void noPageHoldsAnythingThatRunsScript() throws IOException {
        HtmlSafety safety = HtmlSafety.forTheme(ContentFixture.REPOSITORY_CONTENT.resolveSibling("templates"));
        List<Path> pages = files(".html");
        assertTrue(pages.size() > 60, "every kind of page: " + pages.size());
        Map<String, List<String>> unsafe = new TreeMap<>();
        for (Path page : pages) {
            List<String> found = safety.violations(Jsoup.parse(page.toFile(), "UTF-8"));
            if (!found.isEmpty()) {
                unsafe.put(site.relativize(page).toString(), found);
            }
        }
        assertEquals(Map.of(), unsafe);
    }

    @Test
    void theCheckFindsThePayloadsWhereNothingSanitisedThem() throws IOException {
        for (String skill : List.of("raw-html-script", "raw-html-frames", "event-handlers", "javascript-urls")) {
            String markdown = Files.readString(HostileCases.FOLDER.resolve(skill + "/skills/" + skill + "/SKILL.md"));
            assertFalse(HtmlSafety.strict().violations(markdown).isEmpty(), skill);
        }
    }

    @Test
    void showsFrontMatterAsTextOnThePage() throws IOException {
        var page = Jsoup.parse(site.resolve("skills/script-in-front-matter/index.html").toFile(), "UTF-8");
        assertEquals("script-in-front-matter · Skills <script>" + HostileCases.PAYLOAD + "</script>", page.title(),
                "site.yaml's title, as text");
        assertEquals("<script>" + HostileCases.PAYLOAD + "</script>", page.selectFirst("h1").text(), "the front matter's title");
        String meta = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(meta.length() > 250 && DESCRIPTION.startsWith(meta.replaceFirst("…$", "")),
                "the description in an attribute, whole up to where it is abbreviated: " + meta);
        assertEquals(DESCRIPTION.replaceAll("\\s+", " "), page.selectFirst(".lead").text());
    }

    @Test
    void feedAndSitemapAreXmlThatCarriesTheTextAsText() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String file : List.of("feed.xml", "sitemap.xml")) {
            var xml = factory.newDocumentBuilder().parse(site.resolve(file).toFile());
            String namespace = xml.getDocumentElement().getNamespaceURI();
            NodeList all = xml.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                assertEquals(namespace, all.item(i).getNamespaceURI(), file + ": no element but the format's own: " + all.item(i).getNodeName());
            }
        }
        var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        List<String> summaries = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
        for (int i = 0; i < entries.getLength(); i++) {
            summaries.add(((Element) entries.item(i)).getTextContent());
        }
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith(DESCRIPTION + " (")), "the description, whole, as text: " + summaries);
        assertTrue(summaries.stream().anyMatch(s -> s.contains("Controls \uFFFD \uFFFD[31m")), "control characters replaced: " + summaries);
    }

    @Test
    void jsonFilesParseAndGiveTheTextBackWhole() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files = files(".json");
        assertTrue(files.stream().anyMatch(f -> f.endsWith("versions.json")), "the history's texts are among them");
        for (Path file : files) {
            json.readTree(file.toFile());
        }
        JsonNode skill = null;
        for (JsonNode s : json.readTree(site.resolve("skills.json").toFile()).get("skills")) {
            if (s.get("name").asText().equals("script-in-front-matter")) {
                skill = s;
            }
        }
        assertEquals(DESCRIPTION, skill.get("description").asText());
        assertEquals("1.0.0<script>" + HostileCases.PAYLOAD + "</script>", skill.get("version").asText());
        assertEquals("<script>" + HostileCases.PAYLOAD + "</script>", skill.get("title").asText());
        assertEquals("Skills <script>" + HostileCases.PAYLOAD + "</script>",
                json.readTree(site.resolve("skills.json").toFile()).get("site").get("title").asText());
        JsonNode versions = json.readTree(site.resolve("skills/script-in-front-matter/history/versions.json").toFile());
        assertTrue(versions.get(0).get("text").asText().contains("description: \"An older version <script>"), versions.toString());
    }

    @Test
    void llmsTxtLinesStayLinesAndLinkOnlyIntoTheSite() throws IOException {
        String llms = read("llms.txt");
        List<String> lines = llms.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.get(0).startsWith("# Skills \\<script>"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("> .*|## (Skills|Reference pages|Optional)|- \\[.*|Skills for AI agents: .*"),
                    "each line is one the generator wrote, not one a front matter made: " + line);
            assertFalse(line.matches(".*(?<!\\\\)<.*"), "no raw HTML: every < is escaped: " + line);
        }
        String skill = lines.stream().filter(l -> l.startsWith("- [script-in-front-matter]")).findFirst().orElseThrow();
        assertTrue(skill.startsWith("- [script-in-front-matter](" + HostileCases.BASE_URL + "skills/script-in-front-matter/SKILL.md): Breaks out"), skill);
        assertTrue(skill.contains("# Injected heading \\[injected\\](javascript:"), "the description's link is text: " + skill);

        String full = read("llms-full.txt");
        assertTrue(full.contains("\n# script-in-front-matter: Reference \\<script>"), "headings escaped");
        assertFalse(full.lines().anyMatch(l -> l.equals("# Injected heading")), "the description made no heading");
    }

    @Test
    void publishesNothingHiddenAndNothingFromOutsideTheContentFolder() throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            List<String> leaked = new ArrayList<>();
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = site.relativize(file).toString();
                if (name.contains("/.") || name.equals(".env") || new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .contains("should-never-be-published")) {
                    leaked.add(name);
                }
            }
            assertEquals(List.of(), leaked);
        }
        assertTrue(Files.isRegularFile(site.resolve("skills/outside/index.html")), "a name of ../../ makes a page inside the site");
        assertFalse(Files.exists(dir.resolve("outside/index.html")));
    }
}
