package dev.sitegen;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every version of every skill, dated, rendered and compared, read back from a built site. */
class HistoryTest {

    @TempDir
    Path dir;

    private SiteCheck site() {
        return new SiteCheck(dir.resolve("out"));
    }

    @Test
    void publishesTheSeedsTwoVersionsAndWhatChangedBetweenThem() throws Exception {
        Path content = dir.resolve("content");
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content);
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content, dir.resolve("out")));
        assertTrue(result.success(), result.problems().toString());
        assertTrue(result.notes().get(0).contains("not in a git repository"), result.notes().toString());

        Document skill = site().page("skills/moai-lang-python/index.html");
        String versionLine = skill.selectFirst(".version-line").text();
        assertTrue(versionLine.matches("Version 1\\.1\\.0 from \\d{4}-\\d{2}-\\d{2} · History \\(2 versions\\)"),
                "the date says what it is the date of: " + versionLine);
        assertEquals("History (2 versions)", skill.selectFirst(".version-line a").text());

        Document history = site().page("skills/moai-lang-python/history/index.html");
        assertEquals(List.of("1.1.0", "1.0.0"), history.select(".version-label").eachText());
        assertEquals("2025-11-24", history.select(".version").get(1).selectFirst("time").text());
        assertEquals("first version", history.select(".version-summary").get(1).text());
        assertTrue(history.select(".version-summary").get(0).text().contains("+147 −336 lines"), history.select(".version-summary").text());

        Document changes = site().page("skills/moai-lang-python/history/1.1.0/index.html");
        assertEquals("Changes in 1.1.0", changes.selectFirst("h1").text());
        assertEquals(List.of("Version", "1.0.0", "1.1.0"), changes.select(".field-changes tr:has(th:contains(version))").first().select("th, td").eachText());
        assertTrue(changes.select(".field-changes th[scope=row]").eachText().containsAll(List.of("Description", "Category", "Tags", "License")),
                "labelled as the metadata panel labels them");
        List<String> sections = changes.select(".section-changes li").eachText();
        assertTrue(sections.contains("added Quick Reference (30 seconds)"), sections.toString());
        assertTrue(sections.contains("changed Works Well With"), sections.toString());
        assertTrue(sections.contains("removed 📊 Skill Metadata"), "the repaired heading, not its double encoding: " + sections);
        assertTrue(changes.select(".diff-removed .diff-text").eachText().contains("version: 1.0.0"));
        assertTrue(changes.select(".diff-added .diff-text").eachText().contains("version: \"1.1.0\""));

        Document older = site().page("skills/moai-lang-python/v/1.0.0/index.html");
        assertTrue(older.selectFirst(".version-banner").text().contains("version 1.0.0"));
        assertTrue(older.selectFirst(".doc-header .lead").text().startsWith("Enterprise-grade Python 3.13+"),
                "the description as that version wrote it");
        assertEquals("../../../../skills/moai-lang-python/index.html", older.selectFirst(".version-banner a").attr("href"),
                "the banner links to the latest");
        assertEquals("noindex", older.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("FastAPI", "SQLAlchemy", "Pydantic", "pytest", "Django"), older.select("#related-libraries--tools + ul a").eachText());
        for (String href : older.select("#related-libraries--tools + ul a").eachAttr("href")) {
            assertTrue(href.startsWith("../../../../libraries/"), href);
        }
        assertTrue(older.select("h3").stream().map(h -> h.ownText()).toList().contains("❌ DON'T"), "double-encoded text is repaired");
        assertTrue(site().text("skills/moai-lang-python/v/1.0.0/SKILL.md").contains("version: 1.0.0"));
        assertTrue(site().text("skills/moai-lang-python/history/versions.json").startsWith("[{\"slug\":\"1.0.0\""));

        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/feed.xml").toFile());
        NodeList entries = feed.getElementsByTagName("entry");
        assertEquals(2, entries.getLength());
        assertEquals("moai-lang-python 1.1.0", ((org.w3c.dom.Element) entries.item(0)).getElementsByTagName("title").item(0).getTextContent());
        NodeList updated = feed.getElementsByTagName("updated");
        for (int i = 0; i < updated.getLength(); i++) {
            assertTrue(updated.item(i).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"),
                    "to the second, though a file's time has nanoseconds: " + updated.item(i).getTextContent());
        }
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void feedEntriesAreIdentifiedByValidIrisThoughNamesHoldSpaces() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/agent", "name: Agent Creation & Management\ndescription: d\nupdated: 2026-03-04", "x\n");
        for (String base : new String[] {null, "https://example.org/site/"}) {
            BuildConfig config = BuildConfig.of(content.root(), dir.resolve("out"));
            assertTrue(SiteGenerator.generate(base == null ? config : config.withBaseUrl(base)).success());
            org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/feed.xml").toFile());
            NodeList ids = feed.getElementsByTagName("id");
            for (int i = 0; i < ids.getLength(); i++) {
                String id = ids.item(i).getTextContent();
                assertTrue(new java.net.URI(id).isAbsolute() && !id.contains(" "), id);
            }
        }
    }

    @Test
    void takesVersionsFromGitWithTheirCommitsAndAuthors() throws Exception {
        Path skillFile = dir.resolve("repo/content/skills/demo/SKILL.md");
        Files.createDirectories(skillFile.getParent());
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            String[][] commits = {
                {"1.0.0", "First text.", "Ann Author", "2025-10-01T10:00:00Z", "Add demo"},
                {"1.0.0", "Second text, same version.", "Bob Builder", "2026-01-09T10:00:00Z", "Say what `demo` <b>does</b>\n\nThe body of the message."},
                {"1.1.0", "Third text.", "Ann Author", "2026-02-01T10:00:00Z", ""},
            };
            for (String[] c : commits) {
                Files.writeString(skillFile, "---\nname: demo\ndescription: A demo.\nversion: " + c[0] + "\n---\n" + c[1] + "\n");
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent(c[2], "a@example.com", Instant.parse(c[3]), ZoneOffset.UTC);
                git.commit().setMessage(c[4]).setAuthor(who).setCommitter(who).call();
            }
        }
        BuildResult result = SiteGenerator.generate(BuildConfig.of(dir.resolve("repo/content"), dir.resolve("out"))
                .withRepositoryUrl("https://github.com/owner/repo"));
        assertTrue(result.success(), result.problems().toString());
        assertEquals(List.of(), result.notes());

        Document history = site().page("skills/demo/history/index.html");
        assertEquals(List.of("1.1.0", "1.0.0 · revised 2026-01-09", "1.0.0"), history.select(".version-label").eachText());
        assertEquals(List.of("by Ann Author", "by Bob Builder", "by Ann Author"), history.select(".version-head .muted").eachText());
        assertTrue(history.select(".version-head a[href^=https://github.com/owner/repo/commit/]").size() == 3);
        // Why each version changed, in its author's words: the commit's subject line, code shown as code.
        assertEquals(List.of("Say what demo <b>does</b>", "Add demo"), history.select(".version-message").eachText());
        assertEquals("demo", history.select(".version-message code").text());
        assertEquals("1 section changed; +1 −1 lines", history.select(".version-summary").get(1).text().replace(" · What changed", ""));
        assertTrue(Files.exists(dir.resolve("out/skills/demo/v/1.0.0-2026-01-09/index.html")));
        Document changes = site().page("skills/demo/history/1.0.0-2026-01-09/index.html");
        assertEquals("Second text, same version.", changes.select(".diff-added .diff-text").text().replace("<ins>", ""));
        assertEquals("Say what demo <b>does</b>", changes.select("header .version-message").text());
        String feed = Files.readString(dir.resolve("out/feed.xml"));
        assertTrue(feed.contains("<summary>Say what `demo` &lt;b&gt;does&lt;/b&gt; — A demo. (1 section changed; +1 −1 lines)</summary>"), feed);
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void aRevertIsAVersionOfItsOwnAndALineEndOnlyCommitIsNone() throws Exception {
        Path skillFile = dir.resolve("repo/content/skills/demo/SKILL.md");
        Files.createDirectories(skillFile.getParent());
        String first = "---\nname: demo\ndescription: A demo.\nversion: 1.0.0\n---\nFirst text.\n";
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            Files.writeString(skillFile, first);
            commit(git, "2025-01-01T10:00:00Z");
            Files.writeString(skillFile, first.replace("1.0.0", "1.1.0").replace("First", "Bad"));
            commit(git, "2025-06-01T10:00:00Z");
            Files.writeString(skillFile, first);
            commit(git, "2025-09-01T10:00:00Z");
            Files.writeString(skillFile, first.replace("\n", "\r\n"));
            commit(git, "2025-10-01T10:00:00Z");
        }
        BuildResult result = SiteGenerator.generate(BuildConfig.of(dir.resolve("repo/content"), dir.resolve("out"))
                .withBaseUrl("https://example.org/"));
        assertTrue(result.success(), result.problems().toString());

        Document history = site().page("skills/demo/history/index.html");
        assertEquals(List.of("1.0.0 · revised 2025-09-01", "1.1.0", "1.0.0"), history.select(".version-label").eachText());
        assertEquals(List.of("2025-09-01", "2025-06-01", "2025-01-01"), history.select(".version-head time").eachText(),
                "each text dated by the commit that brought it");
        assertEquals("first version", history.select(".version-summary").get(2).text());
        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/feed.xml").toFile());
        NodeList entries = feed.getElementsByTagName("entry");
        assertEquals(3, entries.getLength());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagName("id").item(0).getTextContent());
        }
        assertEquals(3, ids.size(), "each entry has an id of its own: " + ids);
    }

    @Test
    void aHeadingRenamedIsOneSectionRenamedAndAVersionNamedByItsDayIsNotDatedTwice() throws Exception {
        Path skillFile = dir.resolve("repo/content/skills/demo/SKILL.md");
        Files.createDirectories(skillFile.getParent());
        String first = "---\nname: demo\ndescription: A demo.\n---\n# Demo\n\n## Usage\n\nUse it.\n";
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            Files.writeString(skillFile, first);
            commit(git, "2025-01-01T10:00:00Z");
            Files.writeString(skillFile, first.replace("## Usage", "## How to use"));
            commit(git, "2025-02-01T10:00:00Z");
        }
        assertTrue(SiteGenerator.generate(BuildConfig.of(dir.resolve("repo/content"), dir.resolve("out"))).success());
        Document changes = site().page("skills/demo/history/2025-02-01/index.html");
        assertEquals(List.of("renamed Usage → How to use"), changes.select(".section-changes li").eachText());
        assertEquals("From 2025-01-01 to 2025-02-01: 1 section renamed; +1 −1 lines. All versions", changes.selectFirst(".lead").text());
    }

    @Test
    void aSkillsFormerAddressSendsReadersOnToItAfterARename() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("content/skills/handoff"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.writeString(repo.resolve("content/skills/handoff/SKILL.md"), "---\nname: handoff\ndescription: Hands off.\n---\nText.\n");
            commit(git, "2025-01-01T10:00:00Z");
            Files.createDirectories(repo.resolve("content/skills/session-handoff"));
            Files.move(repo.resolve("content/skills/handoff/SKILL.md"), repo.resolve("content/skills/session-handoff/SKILL.md"));
            Files.writeString(repo.resolve("content/skills/session-handoff/SKILL.md"), "---\nname: session-handoff\ndescription: Hands off.\n---\nText.\n");
            git.rm().addFilepattern("content/skills/handoff/SKILL.md").call();
            commit(git, "2025-02-01T10:00:00Z");
        }
        assertTrue(SiteGenerator.generate(BuildConfig.of(repo.resolve("content"), dir.resolve("out")).withBaseUrl("https://example.org/")).success());
        Document moved = site().page("skills/handoff/index.html");
        assertEquals("0; url=../../skills/session-handoff/index.html", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("session-handoff has moved", moved.selectFirst("h1").text());
        assertFalse(Files.readString(dir.resolve("out/sitemap.xml")).contains("skills/handoff/"), "a search engine is not sent there");
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void anOlderVersionsLinkToAPageRenamedSinceLeadsToItAndTodaysPageIsToldToCatchUp() throws Exception {
        Path skill = dir.resolve("repo/content/skills/demo");
        Files.createDirectories(skill.resolve("docs"));
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: demo\ndescription: A demo.\nversion: 1.0.0\n---\nSee [the reference](reference.md).\n");
            Files.writeString(skill.resolve("reference.md"), "# Reference\n\nEvery option the demo takes, in a text long enough for git to see it moved.\n");
            commit(git, "2025-01-01T10:00:00Z");
            Files.move(skill.resolve("reference.md"), skill.resolve("docs/options.md"));
            git.rm().addFilepattern("content/skills/demo/reference.md").call();
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: demo\ndescription: A demo.\nversion: 1.1.0\n---\n"
                    + "See [the options](docs/options.md).\n\nStill [the reference](reference.md).\n");
            commit(git, "2025-02-01T10:00:00Z");
        }
        BuildResult result = SiteGenerator.generate(BuildConfig.of(dir.resolve("repo/content"), dir.resolve("out")));
        assertTrue(result.success(), result.problems().toString());

        Document older = site().page("skills/demo/v/1.0.0/index.html");
        assertEquals("../../docs/options/index.html", older.selectFirst("a:containsOwn(the reference)").attr("href"));
        Document current = site().page("skills/demo/index.html");
        assertEquals("docs/options/index.html", current.selectFirst("a:containsOwn(the reference)").attr("href"));
        assertEquals(List.of("link-renamed line 8: Link to docs/options.md."),
                result.problems().stream().map(p -> p.code() + " line " + p.location().line() + ": " + p.fix()).toList());
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void theSitemapDatesEachPageByTheDayItLastChanged() throws Exception {
        Path skill = dir.resolve("repo/content/skills/demo");
        Files.createDirectories(skill);
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: demo\ndescription: A demo.\n---\nFirst text.\n");
            Files.writeString(skill.resolve("reference.md"), "# Reference\n\nAs it stays.\n");
            commit(git, "2025-10-01T10:00:00Z");
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: demo\ndescription: A demo.\n---\nSecond text.\n");
            commit(git, "2026-02-01T10:00:00Z");
        }
        BuildResult result = SiteGenerator.generate(BuildConfig.of(dir.resolve("repo/content"), dir.resolve("out"))
                .withBaseUrl("https://example.org/"));
        assertTrue(result.success(), result.problems().toString());
        String sitemap = Files.readString(dir.resolve("out/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/skills/demo/</loc><lastmod>2026-02-01</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/skills/demo/reference/</loc><lastmod>2025-10-01</lastmod>"),
                "the day the page itself says it was last updated: " + sitemap);
        assertEquals("2025-10-01", site().page("skills/demo/reference/index.html").selectFirst(".page-meta time").text());
    }

    private static void commit(Git git, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Ann Author", "a@example.com", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(when).setAuthor(who).setCommitter(who).call();
    }

    @Test
    void anOlderVersionNamedByItsDaySaysTheDayOnceAndIsThePageItsSidebarMarks() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "# A\n\nNew.\n");
        content.write("skills/a/reference.md", "# Reference\n");
        content.skill("skills/a/versions/2024-01-01", "name: a\ndescription: d\nupdated: 2024-01-01", "# A\n\nOld.\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());
        Document older = site().page("skills/a/v/2024-01-01/index.html");
        assertTrue(older.selectFirst(".version-banner").text().startsWith("You are reading version 2024-01-01 of a, an older version."),
                older.selectFirst(".version-banner").text());
        Element current = older.selectFirst(".sidebar a[aria-current=page]");
        assertTrue(current.attr("href").endsWith("/skills/a/v/2024-01-01/index.html"), "the version itself: " + current.attr("href"));
        assertEquals(List.of("A", "Reference"), older.select(".sidebar li a").eachText());
        Element listed = site().page("skills/a/history/index.html").select(".version-head").last();
        assertEquals("2024-01-01 snapshot", listed.text(), "the history list names it by its day once");
    }

    @Test
    void aSnapshotThatCouldNotStandAsASkillIsWarnedOfAndStillPublished() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "# A\n\nNew.\n");
        content.write("skills/a/versions/1.0.0/SKILL.md", "---\nname: a\ndescription: [unclosed\n---\n# A\n\nOld.\n");
        content.write("skills/a/versions/0.9.0/SKILL.md", "");
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")));
        assertTrue(result.success(), "a snapshot's problems hold back no build: " + result.problems());
        assertEquals(List.of("warning front-matter-missing skills/a/versions/0.9.0/SKILL.md:1", "warning yaml-syntax skills/a/versions/1.0.0/SKILL.md:3"),
                result.problems().stream().map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + p.code() + " "
                        + content.root().relativize(p.location().file()).toString().replace('\\', '/') + ":" + p.location().line()).sorted().toList());
    }

    @Test
    void aSkillWithOneVersionNamesItWithoutAHistoryPage() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d\nversion: 2.0.0", "x\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());
        assertTrue(site().page("skills/a/index.html").selectFirst(".version-line").text().startsWith("Version 2.0.0"));
        assertTrue(site().page("skills/a/index.html").select(".version-line a").isEmpty());
        assertFalse(Files.exists(dir.resolve("out/skills/a/history")));
        assertTrue(Files.exists(dir.resolve("out/feed.xml")), "the feed still lists it");
    }

    @Test
    void aSkillWithoutAVersionFieldSaysWhenItWasUpdatedNotThatItsDateIsItsVersion() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());
        String line = site().page("skills/a/index.html").selectFirst(".version-line").text();
        assertTrue(line.matches("Updated \\d{4}-\\d{2}-\\d{2}"), line);
    }

    @Test
    void aSkillFromAnNpmPackageShowsNoneOfItsPlaceholderTimeAndTheFeedListsOnlyDatedVersions() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        Path packed = content.skill("skills/packed", "name: packed\ndescription: d\nversion: 1.0.0", "x\n");
        Files.setLastModifiedTime(packed, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("1985-10-26T08:15:00Z")));
        Path unversioned = content.skill("skills/unversioned", "name: unversioned\ndescription: d", "x\n");
        Files.setLastModifiedTime(unversioned, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("1985-10-26T08:15:00Z")));
        content.skill("skills/dated", "name: dated\ndescription: d\nupdated: 2026-03-04", "x\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());

        assertEquals("Version 1.0.0", site().page("skills/packed/index.html").selectFirst(".version-line").text());
        assertFalse(site().text("skills/packed/index.html").contains("1985"));
        assertTrue(site().page("skills/unversioned/index.html").select(".version-line").isEmpty(), "neither a version nor a day to show");
        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/feed.xml").toFile());
        assertEquals(1, feed.getElementsByTagName("entry").getLength(), "an undated version is no news");
        assertFalse(Files.readString(dir.resolve("out/feed.xml")).contains("1970"), "no made-up date either");

        for (String folder : List.of("skills/dated", "skills/unversioned")) {
            Files.delete(content.root().resolve(folder + "/SKILL.md"));
            Files.delete(content.root().resolve(folder));
        }
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out"))).success());
        assertFalse(Files.exists(dir.resolve("out/feed.xml")), "nothing dated, no feed");
        assertTrue(site().page("index.html").select("link[type='application/atom+xml']").isEmpty(), "and no link to one");
    }

    @Test
    void canLeaveHistoryOut() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        content.skill("skills/a/versions/0.9.0", "name: a\ndescription: old", "y\n");
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withHistory(false)).success());
        assertFalse(Files.exists(dir.resolve("out/skills/a/history")));
        assertFalse(Files.exists(dir.resolve("out/feed.xml")));
        assertTrue(site().page("skills/a/index.html").select(".version-line").isEmpty());
    }
}
