package dev.sitegen;

import dev.sitegen.problem.Problem;
import org.eclipse.jgit.api.Git;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole run, from a content folder to a site on disk, read back as a reader's browser would. */
class SiteGeneratorTest {

    private static final Pattern MOJIBAKE = Pattern.compile("â€|â”|âœ|âŒ|ðŸ|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]");

    @TempDir
    Path dir;

    private BuildResult build(Path content) {
        return SiteGenerator.generate(BuildConfig.of(content, dir.resolve("out")));
    }

    private Map<String, String> facts(Document page) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element fact : page.select(".facts .fact")) {
            facts.put(fact.selectFirst("dt").text(), fact.selectFirst("dd").text());
        }
        return facts;
    }

    @Test
    void aTableWhoseRowOfDashesHasOtherCellsThanItsHeaderIsWarnedOfAtItsHeader() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "Metrics:\n\n| Metric | Formula | Range |\n|---|---|---|---|---|\n| a | b | c |\n\n"
                + "| Fine | Table |\n|---|---|\n\n| x | y |\n|---|\n");
        List<Problem> problems = build(content.root()).problems();
        assertEquals(List.of("uneven-table 7"), problems.stream().map(p -> p.code() + " " + p.location().line()).toList(),
                "only the first on a page: " + problems);
        assertTrue(problems.get(0).message().contains("header row has 3 cells and the row of dashes under it 5"), problems.get(0).message());
    }

    @Test
    void aFenceNestedInAnotherIsWarnedOfOnceNotAgainForTheFenceItLeavesOpen() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "```markdown\n# Template\n\n```ts\nlet x = 1;\n```\n\nMore.\n```\n");
        assertEquals(List.of("nested-fence 8"), build(content.root()).problems().stream()
                .map(p -> p.code() + " " + p.location().line()).toList());
    }

    @Test
    void aFenceLeftOpenIsWarnedOfAndClosedWhereLlmsFullJoinsThePages() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: Cut short.", "Run:\n\n~~~~bash\nnpm test\n");
        content.skill("skills/b", "name: b\ndescription: After it.", "Text of b.\n");
        BuildResult result = build(content.root());
        assertEquals(List.of("unclosed-fence skills/a/SKILL.md:7"), result.problems().stream()
                .map(p -> p.code() + " " + content.root().relativize(p.location().file()) + ":" + p.location().line()).toList());
        assertTrue(result.problems().get(0).fix().contains("~~~~"), "the fix names the fence to close it with");

        String full = new SiteCheck(dir.resolve("out")).text("llms-full.txt");
        com.vladsch.flexmark.util.ast.Document parsed = com.vladsch.flexmark.parser.Parser.builder().build().parse(full);
        List<String> headings = new ArrayList<>();
        parsed.getChildren().forEach(node -> {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(heading.getText().toString());
            }
        });
        assertEquals(List.of("Skills", "a", "b"), headings, "b's page is not code in a's block:\n" + full);
    }

    @Test
    void llmsFullLeadsEveryLinkOfAPageToThePagesMarkdownOrWhereItsHtmlPageLeads() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: Links of every kind.",
                "See [the API](references/api.md?plain=1), [setup](#setup), ![chart](img/c.png), [b's guide][g], [b](../../group/b-folder) "
                        + "and [docs](https://example.com/x.md).\n\n"
                        + "`[not a link](x.md)`\n\n## Setup\n\nText.\n\n[g]: ../../group/b-folder/guide.md#usage\n");
        content.write("skills/a/references/api.md", "# API\n\nBack to [the skill](../SKILL.md#setup), or [nowhere](gone.md).\n");
        content.write("skills/a/img/c.png", "png");
        content.skill("group/b-folder", "name: b\ndescription: Has a guide, in a folder not named for it.", "Text.\n");
        content.write("group/b-folder/guide.md", "# Guide\n\n## Usage\n\nText.\n");
        build(content.root());

        String full = new SiteCheck(dir.resolve("out")).text("llms-full.txt");
        assertTrue(full.contains("See [the API](skills/a/references/api.md), [setup](skills/a/SKILL.md#setup), "
                + "![chart](skills/a/img/c.png), [b's guide][g], [b](skills/b/SKILL.md) and [docs](https://example.com/x.md)."), full);
        assertTrue(full.contains("`[not a link](x.md)`"), "code is as written: " + full);
        assertTrue(full.contains("[g]: skills/b/guide.md#usage"), "where the site has the skill, not where the content does: " + full);
        assertTrue(full.contains("Back to [the skill](skills/a/SKILL.md#setup), or [nowhere](gone.md)."),
                "a link that leads nowhere is left as written: " + full);
        for (String file : List.of("skills/a/references/api.md", "skills/a/SKILL.md", "skills/a/img/c.png", "skills/b/guide.md", "skills/b/SKILL.md")) {
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(file)), file + " is published where llms-full.txt leads");
        }

        SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withBaseUrl("https://o.github.io/repo/"));
        assertTrue(new SiteCheck(dir.resolve("out")).text("llms-full.txt").contains("[the API](https://o.github.io/repo/skills/a/references/api.md)"),
                "with a base URL, the address is absolute");
    }

    @Test
    void theHomePageOffersTheMostUsedTagsAndLinksToAllOfThem() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        String many = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "t" + i).collect(java.util.stream.Collectors.joining(", "));
        content.skill("skills/many", "name: many\ndescription: d\ntags: [" + many + "]", "x\n");
        content.skill("skills/few", "name: few\ndescription: d\ntags: [t29, t30]", "x\n");
        assertTrue(build(content.root()).success());
        Document home = new SiteCheck(dir.resolve("out")).page("index.html");
        List<String> offered = home.select(".tag-filter a[data-tag]").eachAttr("data-tag");
        assertEquals(24, offered.size());
        assertTrue(offered.containsAll(List.of("t29", "t30")), "the tags of two skills before those of one: " + offered);
        assertEquals("All 30 tags", home.selectFirst(".tag-filter a.tag-more").text());
        assertEquals("tags/index.html", home.selectFirst(".tag-filter a.tag-more").attr("href"));
    }

    @Test
    void llmsTxtEscapesTextButNotCode() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/img", "name: img\ndescription: \"Use `<Img>` and `arr[0]`, not <b> nor [x] nor &lt;.\"", "x\n");
        assertTrue(build(content.root()).success());
        assertTrue(new SiteCheck(dir.resolve("out")).text("llms.txt")
                .contains("): Use `<Img>` and `arr[0]`, not \\<b> nor \\[x\\] nor \\&lt;.\n"), new SiteCheck(dir.resolve("out")).text("llms.txt"));
    }

    @Test
    void aDescriptionTakenFromTheFirstParagraphIsShownOnce() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/plain", "name: plain", "# Plain\n\nHands a session over to the next agent.\n\n## Steps\n\nOne.\n");
        content.skill("skills/described", "name: described\ndescription: Says what it is for.", "Body text.\n");
        build(content.root());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Document plain = site.page("skills/plain/index.html");
        assertEquals(List.of(), plain.select(".doc-header .lead").eachText(), "the body says it");
        assertEquals(List.of("Hands a session over to the next agent.", "One."), plain.select(".markdown p").eachText());
        assertEquals("Says what it is for.", site.page("skills/described/index.html").selectFirst(".doc-header .lead").text());
        assertTrue(site.page("index.html").text().contains("Hands a session over to the next agent."), "the card still describes it");
        String store = site.text("search/store.json");
        assertEquals(store.indexOf("Hands a session over"), store.lastIndexOf("Hands a session over"), "search has it once too: " + store);
    }

    @Test
    void buildsTheRepositorysOwnContent() {
        BuildResult result = build(ContentFixture.REPOSITORY_CONTENT);
        assertTrue(result.success(), result.problems().toString());
        assertTrue(result.published());
        SiteCheck site = new SiteCheck(dir.resolve("out"));

        Document home = site.page("index.html");
        assertEquals("site-gen skills", home.title());
        Element card = home.selectFirst(".skill-card");
        assertEquals("moai-lang-python", card.selectFirst(".skill-card-name").text());
        assertEquals("v1.1.0", card.selectFirst(".version").text());
        assertEquals("active", card.selectFirst(".status").text());
        assertEquals(List.of("language", "python", "fastapi", "django", "pytest", "async", "data-science"),
                card.select(".tag").eachText());

        Document skill = site.page("skills/moai-lang-python/index.html");
        assertEquals("moai-lang-python", skill.selectFirst("h1").text());
        assertTrue(skill.selectFirst(".lead").text().startsWith("Python 3.13+ development specialist"));
        Map<String, String> facts = facts(skill);
        assertTrue(skill.selectFirst(".version-line").text().startsWith("Version 1.1.0"), skill.selectFirst(".version-line").text());
        assertEquals(null, facts.get("Version"), "the header says it");
        assertEquals("2026-01-11", facts.get("Updated"));
        assertEquals("language", facts.get("Category"));
        assertEquals("Apache-2.0", facts.get("License"));
        assertEquals("Claude only, when relevant: it is not in the / menu", facts.get("Invoked by"));
        assertEquals("enabled · level 1: 100 tokens · level 2: 5,000 tokens", facts.get("Progressive disclosure"));
        assertTrue(facts.get("Allowed tools").contains("mcp__context7__resolve-library-id"));
        assertEquals("false", facts.get("metadata.modularized"), "unknown keys are shown");
        assertEquals("Quick Reference (30 seconds)", skill.selectFirst(".toc a").text());
        assertEquals("#quick-reference-30-seconds", skill.selectFirst(".toc a").attr("href"));
        assertEquals(List.of("moai-lang-python", "Python Implementation Guide & Patterns"), skill.select(".sidebar li a").eachText());

        Document reference = site.page("skills/moai-lang-python/reference/index.html");
        assertEquals("Python Implementation Guide & Patterns", reference.selectFirst("h1").text());
        assertEquals("language-python", reference.selectFirst("pre code").className());
        assertTrue(site.text("skills/moai-lang-python/SKILL.md").startsWith("---\nname: moai-lang-python"), "the Markdown source is beside the page");

        assertEquals(List.of(), site.brokenLinks());
        assertEquals(List.of(), withMojibake(site));
    }

    @Test
    void saysHowClaudeCodeInvokesASkillAndMarksADeprecatedOne() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/deploy", """
                name: deploy
                description: Deploys.
                argument-hint: "[environment]"
                disable-model-invocation: true
                model: haiku
                context: fork
                agent: Explore
                deprecated: true""", "# Deploy\n");
        BuildResult result = build(content.root());
        assertEquals(List.of(), result.problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Document page = site.page("skills/deploy/index.html");
        Map<String, String> facts = facts(page);
        assertEquals("/deploy [environment]", facts.get("Command"));
        assertEquals("you only: Claude does not load it on its own", facts.get("Invoked by"));
        assertEquals("haiku", facts.get("Model"));
        assertEquals("a subagent of its own, Explore", facts.get("Runs in"));
        assertEquals("deprecated", page.selectFirst(".doc-header .status").text());
        assertEquals("deprecated", site.page("index.html").selectFirst(".skill-card .status").text());
    }

    @Test
    void showsANestedFieldAsTheYamlItIsSoItsStructureShows() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/ffmpeg", """
                name: ffmpeg
                description: Transcode media.
                agentos:
                  requires:
                    anyBins: [ffmpeg, ffprobe]
                  install:
                    - id: brew-ffmpeg
                      bins: [ffmpeg, ffprobe]
                    - id: apt-ffmpeg
                      bins: [ffmpeg]
                  retries: 3
                  version: 1.0
                  emoji: ""
                  note: Installs the binaries the skill runs, from the package manager of the system the agent runs on, every time.
                  usage: |
                    ffmpeg -i in.mov
                    out.mp4
                platforms: [linux, macos]""", "# FFmpeg\n");
        assertEquals(List.of(), build(content.root()).problems());
        Document page = new SiteCheck(dir.resolve("out")).page("skills/ffmpeg/index.html");
        assertEquals("""
                requires:
                  anyBins:
                    - ffmpeg
                    - ffprobe
                install:
                  - id: brew-ffmpeg
                    bins:
                      - ffmpeg
                      - ffprobe
                  - id: apt-ffmpeg
                    bins:
                      - ffmpeg
                retries: 3
                version: 1.0
                note: Installs the binaries the skill runs, from the package manager of the system the agent runs on, every time.
                usage: |
                  ffmpeg -i in.mov
                  out.mp4""",
                page.selectFirst(".facts pre.fact-block").wholeText(), "scalars as written, on one line each, an empty one left out");
        assertEquals("linux, macos", facts(page).get("platforms"), "a list of words stays one line");
    }

    @Test
    void titlesAndDescribesAFurtherPageByItsOwnFrontMatterWhereItHasOne() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/react", "name: react\ndescription: React patterns.", "# React\n");
        content.write("skills/react/rules/memo.md", "---\ntitle: Memoise wisely\ndescription: When React.memo pays for itself.\n"
                + "impact: MEDIUM\ntags: rerender, memo\nextra:\n  emoji: \"\"\nmetadata:\n  area: rendering\n---\n\n"
                + "## Memoise Wisely\n\nText.\n");
        content.write("skills/react/rules/keys.md", "# Stable keys\n\nGive list items keys that\nlast between renders.\n\n## Why\n\nText.\n");
        content.write("skills/react/rules/effects.md", "# Effects\n\n## When\n\nSynchronise with a system outside React.\n");
        content.write("skills/react/rules/empty.md", "# Empty\n\n```yaml\nreplicas: 3\n```\n");
        content.write("skills/react/rules/scroll.md", "# Scroll\n\n```js\nfunction ScrollTracker() {}\n```\n\nTrack scrolling passively.\n");
        assertEquals(List.of(), build(content.root()).problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Document memo = site.page("skills/react/rules/memo/index.html");
        assertEquals("When React.memo pays for itself.", memo.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Memoise wisely"), memo.select("article h1, article h2").eachText(), "the title once");
        assertEquals("When React.memo pays for itself.", memo.selectFirst(".doc-header .lead").text());
        assertEquals(Map.of("impact", "MEDIUM", "tags", "rerender, memo", "metadata.area", "rendering"), facts(memo),
                "its other fields are shown, an empty one not, and those under metadata: each by itself, as a skill's are");
        assertEquals("Give list items keys that last between renders.",
                site.page("skills/react/rules/keys/index.html").selectFirst("meta[name=description]").attr("content"),
                "without a description of its own, a page is described by what it says first");
        assertEquals("Synchronise with a system outside React.",
                site.page("skills/react/rules/effects/index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals("Track scrolling passively.",
                site.page("skills/react/rules/scroll/index.html").selectFirst("meta[name=description]").attr("content"), "not its code");
        assertEquals("Empty — react: React patterns.",
                site.page("skills/react/rules/empty/index.html").selectFirst("meta[name=description]").attr("content"),
                "a page that says nothing but code is described by its title and skill");
        assertTrue(site.text("llms.txt").contains("[react: Memoise wisely](skills/react/rules/memo.md): When React.memo pays for itself.\n"),
                site.text("llms.txt"));
    }

    @Test
    void listsASkillsPagesFolderByFolderAndFoldsAllButTheReadersWhenThereAreMany() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/big", "name: big\ndescription: Many pages.", "# Big\n");
        content.write("skills/big/guide.md", "# Guide\n");
        content.write("skills/big/modules/a/one.md", "# Setup\n");
        content.write("skills/big/modules/a/two.md", "# Setup\n");
        content.write("skills/big/refs/x.md", "# X\n");
        content.write("skills/big/reference.md", "# Guide\n");
        content.write("skills/big/references/r.md", "# R\n");
        assertEquals(List.of(), build(content.root()).problems());
        Document x = new SiteCheck(dir.resolve("out")).page("skills/big/refs/x/index.html");
        assertEquals(List.of("Big", "Guide (reference.md)", "Guide (guide.md)"), x.select(".sidebar .drawer > ul > li:not(.nav-folder) > a").eachText(),
                "the pages beside SKILL.md, in reading order, told apart though a folder stands between them");
        assertEquals(List.of("references", "modules/a", "refs"), x.select(".nav-folder summary").eachText());
        assertEquals(List.of("Setup (one.md)", "Setup (two.md)"), x.select(".nav-folder:has(summary:contains(modules/a)) a").eachText(),
                "a page is told apart from its folder's others by its file");
        assertEquals(3, x.select(".nav-folder details[open]").size(), "a skill of a few pages shows them all");

        for (int i = 0; i < 30; i++) {
            content.write("skills/big/refs/page-" + i + ".md", "# Page " + i + "\n");
        }
        assertEquals(List.of(), build(content.root()).problems());
        Document one = new SiteCheck(dir.resolve("out")).page("skills/big/modules/a/one/index.html");
        assertEquals(List.of("modules/a"), one.select(".nav-folder:has(details[open]) summary").eachText(),
                "only the folder of the page being read is open");
        assertEquals(37, one.select(".sidebar li:not(.nav-folder) a").size(), "every page is still listed");
        assertEquals(List.of(), new SiteCheck(dir.resolve("out")).page("skills/big/index.html").select(".nav-folder details[open]"),
                "on the main page, the folders read as the skill's contents");
    }

    @Test
    void saysWhichFoldersLookLikeSkillsButAreNotPublished() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "x\n");
        content.write("skills/nvim-ui-testing/README.md", "# Nvim UI Testing Skill\n");
        content.write("skills/nvim-ui-testing/skill.md", "---\nname: nvim-ui-testing\n---\n");
        BuildResult result = build(content.root());
        assertTrue(result.notes().contains("1 folder holds Markdown but no SKILL.md, so it is not published: skills/nvim-ui-testing"
                + " (a skill's folder needs a SKILL.md)"), result.notes().toString());
    }

    @Test
    void saysWhichFilesBesideSkillsFoldersAreInNoSkill() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("upstream/ecc/alpha", "name: alpha\ndescription: d", "x\n");
        content.write("upstream/ecc/README.md", "# The ecc skills\n");
        content.write("upstream/ecc/LICENSE", "MIT License\n");
        content.write("upstream/ecc/alpha/notes.md", "# Notes, a page of alpha\n");
        content.write("LICENSE", "MIT License, the whole site's\n");
        BuildResult result = build(content.root());
        assertEquals(List.of("2 files beside skills' folders are in no skill, so they are not published: upstream/ecc/LICENSE, "
                        + "upstream/ecc/README.md (a skill publishes what its own folder holds; a license for every skill goes at the top "
                        + "of the content folder)"),
                result.notes().stream().filter(note -> note.contains("beside skills' folders")).toList());
    }

    @Test
    void tellsApartPagesOfASkillThatShareATitleByTheirFile() throws Exception {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/react", "name: react\ndescription: React patterns.", "# React\n");
        content.write("skills/react/README.md", "# React Best Practices\n\nFor people.\n");
        content.write("skills/react/AGENTS.md", "# React Best Practices\n\nFor agents.\n");
        assertEquals(List.of(), build(content.root()).problems());
        Document readme = new SiteCheck(dir.resolve("out")).page("skills/react/readme/index.html");
        assertEquals(List.of("React", "React Best Practices (AGENTS.md)", "React Best Practices (README.md)"), readme.select(".sidebar li a").eachText());
        assertEquals("React Best Practices (README.md) · react", readme.title().replaceFirst(" · [^·]*$", ""));
        assertEquals("React Best Practices", readme.selectFirst("h1").text(), "the page's own heading is its title");
        String store = Files.readString(dir.resolve("out/search/store.json"));
        assertTrue(store.contains("\"react › React Best Practices (README.md)\""), "search's results tell them apart too: " + store);
    }

    @Test
    void showsBackTickedWordsOfADescriptionAsCode() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/ado-sync", "name: ado-sync\ndescription: \"Use `sw-ado:push` instead of <b>this</b>.\"", "# ADO sync\n");
        assertEquals(List.of(), build(content.root()).problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Element lead = site.page("skills/ado-sync/index.html").selectFirst(".lead");
        assertEquals("sw-ado:push", lead.selectFirst("code").text());
        assertEquals("Use sw-ado:push instead of <b>this</b>.", lead.text(), "the rest stays text");
        assertEquals("sw-ado:push", site.page("index.html").selectFirst(".skill-card-description code").text());
    }

    @Test
    void suggestsTheLanguageOfASiteWrittenInJapaneseThatSaysNone() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/kensho", "name: kensho\ndescription: 入力データを検証する。", "# 検証\n");
        content.skill("skills/settei", "name: settei\ndescription: 設定ファイルを読む。", "# 設定\n");
        BuildResult result = build(content.root());
        assertTrue(result.notes().contains("most skills are written in Japanese, but the pages say they are English: add \"language: ja\" to site.yaml"),
                result.notes().toString());
        content.write("site.yaml", "language: ja\n");
        assertTrue(build(content.root()).notes().stream().noneMatch(n -> n.contains("language")), "said, so not suggested");
    }

    @Test
    void tellsASiteInALanguageTheThemeLacksHowToTranslateIt() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/kiem-tra", "name: kiem-tra\ndescription: Kiểm tra dữ liệu đầu vào.", "# Kiểm tra\n");
        content.write("site.yaml", "language: vi\n");
        BuildResult result = build(content.root());
        assertTrue(result.notes().contains("the theme has no words in Vietnamese (language: vi), so its menus and labels are in English: "
                + "to translate them, copy the built-in theme's templates/i18n/en.yaml to i18n/vi.yaml in your templates folder and translate it"),
                result.notes().toString());
        content.write("site.yaml", "language: ja\n");
        assertTrue(build(content.root()).notes().stream().noneMatch(n -> n.contains("theme has no words")), "the theme speaks Japanese");
        assertEquals("スキル", new SiteCheck(dir.resolve("out")).page("index.html").selectFirst("h1").text(),
                "a site that gives itself no title is called by the theme's word for skills");
    }

    @Test
    void saysASkillsBudgetsAndWhyALinkIsTextInTheSitesLanguage() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/pruefen", "name: pruefen\ndescription: Prüft Eingaben.\nprogressive_disclosure:\n  enabled: true\n  level1_tokens: 1",
                "# Prüfen\n\nSiehe [Referenz](referenz.md), <a href=\"fehlt.md\">Fehlt</a> und [das](javascript:alert(1)).\n");
        content.write("site.yaml", "language: de\n");
        build(content.root());
        Document skill = new SiteCheck(dir.resolve("out")).page("skills/pruefen/index.html");
        assertEquals("aktiviert · Stufe 1: 1 Token", facts(skill).get("Progressive Offenlegung"));
        assertEquals(List.of("nicht gefunden: referenz.md", "nicht gefunden: fehlt.md", "javascript:-Links sind nicht erlaubt"),
                skill.select("span.unlinked").eachAttr("title"));
    }

    @Test
    void refusesARepositoryOrBaseUrlOptionThatIsNotAWebAddressAndNamesTheOption() {
        BuildConfig config = BuildConfig.of(ContentFixture.REPOSITORY_CONTENT, dir.resolve("out"))
                .withRepositoryUrl("javascript:alert(1)").withBaseUrl("o.github.io/repo");
        BuildResult result = SiteGenerator.generate(config);
        assertEquals(List.of("--base-url base-url", "--repository repository-url"), result.problems().stream()
                .filter(Problem::isError).map(p -> p.location().file() + " " + p.code()).sorted().toList());
        assertFalse(result.published());
    }

    @Test
    void listsAPagesTwoOutermostLevelsOfHeadingsInItsContents() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/parts", "name: parts\ndescription: d", "# Start\n\n## Install\n\n### Detail\n\n# Rules\n");
        content.skill("skills/usual", "name: usual\ndescription: d", "# Usual\n\n## Setup\n\n### Detail\n\n#### Deeper\n");
        build(content.root());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        assertEquals(List.of("toc-depth-1 Start", "toc-depth-2 Install", "toc-depth-1 Rules"), contents(site.page("skills/parts/index.html")));
        assertEquals(List.of("toc-depth-1 Setup", "toc-depth-2 Detail"), contents(site.page("skills/usual/index.html")));
    }

    private static List<String> contents(Document page) {
        return page.select(".toc li").stream().map(li -> li.className() + " " + li.text()).toList();
    }

    @Test
    void listsSkillsByNameWhateverItsCase() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        for (String name : List.of("Zeta", "agentic-jujutsu", "AgentDB", "beta")) {
            content.skill("skills/" + name, "name: " + name + "\ndescription: d", "# " + name + "\n");
        }
        build(content.root());
        assertEquals(List.of("AgentDB", "agentic-jujutsu", "beta", "Zeta"),
                new SiteCheck(dir.resolve("out")).page("index.html").select(".skill-card-name").eachText());
    }

    @Test
    void leadsFromASkillsLastPageToTheNextSkillAndFromItsFirstBackToThePrevious() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("alpha");
        content.write("skills/alpha/reference.md", "# Alpha reference\n");
        content.skill("beta");
        assertEquals(List.of(), build(content.root()).problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Element next = site.page("skills/alpha/reference/index.html").selectFirst(".prev-next .next");
        assertEquals("Next beta", next.text());
        assertTrue(next.attr("href").endsWith("skills/beta/index.html"), next.attr("href"));
        Element previous = site.page("skills/beta/index.html").selectFirst(".prev-next .prev");
        assertEquals("Previous alpha", previous.text());
        assertNull(site.page("skills/alpha/index.html").selectFirst(".prev-next .prev"), "the first skill has none before it");
        assertNull(site.page("skills/beta/index.html").selectFirst(".prev-next .next"), "nor the last one after it");
    }

    @Test
    void buildsARealCollectionWithoutProblems() {
        BuildResult result = build(ContentFixture.CORPUS);
        assertEquals(List.of(), result.problems());
        assertEquals(14, result.skills());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Document brainstorming = site.page("skills/brainstorming/index.html");
        assertEquals("Brainstorming Ideas Into Designs", brainstorming.selectFirst("h1").text());
        List<String> files = brainstorming.select(".files a").eachText();
        assertTrue(files.contains("scripts/start-server.sh"), files.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/skills/brainstorming/scripts/start-server.sh")));
        assertEquals("<HARD-GATE>", brainstorming.selectFirst(".agent-tag-name").text());
        Document tdd = site.page("skills/test-driven-development/index.html");
        assertEquals(4, tdd.select(".agent-tag > pre code.language-typescript").size(), "<Good> and <Bad> each label their code");
        for (String page : List.of("skills/test-driven-development/index.html", "skills/writing-skills/index.html",
                "skills/writing-skills/testing-skills-with-subagents/index.html", "skills/writing-skills/anthropic-best-practices/index.html")) {
            assertEquals(List.of(), site.page(page).select(".markdown :not(pre):not(code)").stream()
                    .filter(e -> e.ownText().contains("```") || e.ownText().contains("**")).map(Element::outerHtml).toList(),
                    page + " shows no Markdown as text");
        }
        Document writing = site.page("skills/writing-skills/index.html");
        assertTrue(writing.select("a[href='../using-superpowers/references/codex-tools/index.html']").size() > 0,
                "a link into another skill's references folder resolves");
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void titlesASiteWithoutSiteYamlAsTheCollectionsReadmeDoes() throws IOException {
        ContentFixture pkg = new ContentFixture(dir.resolve("pkg"));
        pkg.write("README.md", "# Garden Skills\n\n![badge](b.svg)\n\nSkills for agents that tend gardens, from sowing to harvest.\n");
        ContentFixture content = new ContentFixture(dir.resolve("pkg/skills"));
        content.skill("sow", "name: sow\ndescription: Sows.", "# Sow\n");
        build(content.root());
        assertEquals("Skills", new SiteCheck(dir.resolve("out")).page("index.html").selectFirst("h1").text(),
                "outside a repository, a folder above the content may be anything");

        pkg.write(".git/HEAD", "ref: refs/heads/main\n");
        build(content.root());
        Document home = new SiteCheck(dir.resolve("out")).page("index.html");
        assertEquals("Garden Skills", home.selectFirst("h1").text());
        assertEquals("Skills for agents that tend gardens, from sowing to harvest.", home.selectFirst("meta[name=description]").attr("content"));

        content.write("README.md", "\n");
        build(content.root());
        assertEquals("Garden Skills", new SiteCheck(dir.resolve("out")).page("index.html").selectFirst("h1").text(),
                "an empty README nearer the content, as templates leave, is passed over");

        content.write("site.yaml", "title: Our Garden\n");
        build(content.root());
        assertEquals("Our Garden", new SiteCheck(dir.resolve("out")).page("index.html").selectFirst("h1").text(), "site.yaml wins");
    }

    @Test
    void linksEveryPageToTheCollectionsLicense() throws IOException {
        BuildResult result = build(ContentFixture.CORPUS);
        assertEquals(List.of(), result.problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        Map.of("index.html", "LICENSE.txt", "skills/writing-skills/anthropic-best-practices/index.html", "../../../LICENSE.txt")
                .forEach((page, href) -> {
                    Element link = site.page(page).selectFirst(".site-footer a:contains(License)");
                    assertEquals("MIT License", link.text(), page);
                    assertEquals(href, link.attr("href"), page);
                });
        assertEquals(Files.readString(ContentFixture.CORPUS.resolve("LICENSE")), site.text("LICENSE.txt"));
        assertTrue(site.text("skills.json").contains("\"license\" : {\n      \"title\" : \"MIT License\",\n      \"url\" : \"LICENSE.txt\""),
                site.text("skills.json"));
        assertTrue(site.text("llms.txt").contains("- [MIT License](LICENSE.txt): the license of the skills here\n"));
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void linksASkillsLicenseToTheFileItNames() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/docx", "name: docx\ndescription: d\nlicense: Proprietary. LICENSE.txt has complete terms", "# Docx\n");
        content.write("skills/docx/LICENSE.txt", "terms\n");
        content.write("skills/docx/OLD-LICENSE.txt", "older terms\n");
        content.skill("skills/pdf", "name: pdf\ndescription: d", "# Pdf\n");
        content.write("skills/pdf/LICENSE", "terms\n");
        content.skill("skills/plain", "name: plain\ndescription: d\nlicense: MIT", "# Plain\n");
        assertEquals(List.of(), build(content.root()).problems());
        SiteCheck site = new SiteCheck(dir.resolve("out"));

        Element docx = site.page("skills/docx/index.html").selectFirst(".fact:has(dt:contains(License)) dd a");
        assertEquals("Proprietary. LICENSE.txt has complete terms", docx.text());
        assertEquals("../../skills/docx/LICENSE.txt", docx.attr("href"), "the file named as a word of its own, not OLD-LICENSE.txt");
        Element pdf = site.page("skills/pdf/index.html").selectFirst(".fact:has(dt:contains(License)) dd a");
        assertEquals("LICENSE", pdf.text(), "a skill that names no license shows the file it carries");
        assertEquals("MIT", facts(site.page("skills/plain/index.html")).get("License"));
        assertEquals(null, site.page("skills/plain/index.html").selectFirst(".fact dd a"));
        assertEquals(null, site.page("index.html").selectFirst(".site-footer a:contains(License)"), "a collection without a license names none");
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void publishesSkillsThatClaudeCodeLoadsWithoutANameOrFrontMatterUnderTheirFolderAndWarnsOfThem() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/no-name", "description: Lacks a name.", "# No Name\n");
        content.write("skills/plain/SKILL.md", "# Plain\n\nA skill in Markdown alone.\n");
        BuildResult result = build(content.root());
        assertTrue(result.success(), result.problems().toString());
        assertEquals(List.of("front-matter-missing", "name-missing"), result.problems().stream().map(Problem::code).sorted().toList());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        assertEquals("A skill in Markdown alone.", site.page("skills/plain/index.html").selectFirst("meta[name=description]").attr("content"));
        assertTrue(site.page("index.html").select("a[href='skills/no-name/index.html']").size() > 0, "listed on the home page");
    }

    @Test
    void showsAPageWhoseOwnFrontMatterIsBrokenWithoutItAndWarnsOfIt() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "See [the reference](reference.md).\n");
        Path reference = content.write("skills/a/reference.md", "---\ntitle: [unclosed\n---\n# Reference\n\nThe body.\n");
        BuildResult result = build(content.root());
        assertTrue(result.success(), "agents read only SKILL.md's front matter: " + result.problems());
        Problem warning = result.problems().get(0);
        assertEquals(List.of("yaml-syntax"), result.problems().stream().map(Problem::code).toList());
        assertFalse(warning.isError());
        assertEquals(reference, warning.location().file());
        assertEquals(2, warning.location().line());
        assertEquals("The body.", new SiteCheck(dir.resolve("out")).page("skills/a/reference/index.html").selectFirst(".markdown p").text());
    }

    @Test
    void showsAPageThatOpensWithARuleWholeForWhatYamlReadsThereIsNoFrontMatter() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "See [the rules](rules.md).\n");
        content.write("skills/a/rules.md", "---\n\n# Starts With Rule\n\nPara one.\n\n---\n\nPara two.\n");
        BuildResult result = build(content.root());
        assertEquals(List.of(), result.problems());
        Document page = new SiteCheck(dir.resolve("out")).page("skills/a/rules/index.html");
        assertEquals("Starts With Rule", page.selectFirst("h1").text());
        assertEquals(List.of("Para one.", "Para two."), page.select(".markdown p").eachText());
        assertEquals(2, page.select(".markdown hr").size());
    }

    @Test
    void linksAnyFieldThatHoldsAWebAddressAndNoOtherScheme() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d\nhomepage: https://example.com/a\nsource: \"javascript:alert(1)\"\n"
                + "metadata:\n  docs: http://example.com/docs\n", "x\n");
        assertTrue(build(content.root()).success());
        Document page = new SiteCheck(dir.resolve("out")).page("skills/a/index.html");
        assertEquals(List.of("https://example.com/a", "http://example.com/docs"), page.select(".facts dd a").eachAttr("href"));
        assertEquals("javascript:alert(1)", facts(page).get("source"));
        assertTrue(page.select(".facts a[href^=javascript]").isEmpty());
    }

    @Test
    void marksEveryPageWithTheLanguageSiteYamlNames() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.write("site.yaml", "title: スキル\nlanguage: ja\n");
        content.skill("skills/a", "name: a\ndescription: 検証ループ", "# 検証\n");
        assertTrue(build(content.root()).success());
        SiteCheck site = new SiteCheck(dir.resolve("out"));
        for (String page : List.of("index.html", "skills/a/index.html", "search/index.html", "404.html")) {
            assertEquals("ja", site.page(page).selectFirst("html").attr("lang"), page);
        }
    }

    @Test
    void reportsEveryProblemOfEverySkillInOneRun() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/good", "name: good\ndescription: Fine.", "[broken](nowhere.md)\n");
        content.skill("skills/no-description", "name: no-description", "# Only a heading\n");
        content.skill("skills/bad-yaml", "name: bad\ndescription: \"unclosed", "x\n");
        content.write("skills/unclosed/SKILL.md", "---\nname: unclosed\n\nBody\n");
        BuildResult result = build(content.root());
        assertFalse(result.success());
        assertEquals(List.of("broken-link", "description-missing", "front-matter-unclosed", "yaml-syntax"),
                result.problems().stream().map(Problem::code).sorted().toList());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** Each bad input: the problem's code, the file and line it names, and the previous site left alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid YAML        | ---\\nname: a\\ndescription: [unclosed\\n---\\nx\\n | yaml-syntax           | 3
            tab indentation     | ---\\nname: a\\n\\tdescription: d\\n---\\nx\\n     | yaml-syntax           | 3
            unclosed front matter | ---\\nname: a\\ndescription: d\\n# Body\\n    | front-matter-unclosed | 1
            no description      | ---\\nname: a\\n---\\n# Only a heading\\n        | description-missing   | 2
            duplicate key       | ---\\nname: a\\ndescription: d\\nname: b\\n---\\n | yaml-duplicate-key   | 4
            """)
    void badContentIsReportedAtItsLineAndLeavesThePreviousSiteAlone(String name, String skillFile, String code, int line)
            throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/other");
        assertTrue(build(content.root()).success());
        Map<String, String> before = snapshot(dir.resolve("out"));

        Path bad = content.write("skills/bad/SKILL.md", skillFile.replace("\\n", "\n").replace("\\t", "\t"));
        BuildResult result = build(content.root());

        assertFalse(result.success());
        assertFalse(result.published());
        Problem problem = result.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(code, problem.code(), result.problems().toString());
        assertEquals(bad, problem.location().file());
        assertEquals(line, problem.location().line());
        assertFalse(problem.fix().isBlank());
        assertEquals(before, snapshot(dir.resolve("out")), "the previous site is exactly as it was");
    }

    @Test
    void refusesAFolderThatIsNotItsOwnBeforeReadingAnyContentAndWritesNothingIntoIt() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/bad-yaml", "name: bad\ndescription: \"unclosed", "x\n");
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        Files.createDirectories(notes.resolve("drafts"));

        BuildConfig config = BuildConfig.of(content.root(), notes);
        BuildResult result = SiteGenerator.generate(config.withCache(config.cacheInOutput()));

        Problem refused = result.problems().get(0);
        assertEquals(List.of("output-refused"), result.problems().stream().map(Problem::code).toList(), "the content is not read");
        assertEquals("The output folder holds files that site-gen did not write (drafts/, todo.txt), so nothing was written.",
                refused.message());
        assertTrue(result.summary().matches("0 skills, 0 warnings, 1 error in \\d+ ms"), result.summary());
        assertEquals(List.of("nothing was written, so " + notes + " is as it was"), result.notes());
        assertEquals(Map.of("todo.txt", "mine"), snapshot(notes), "not even the build cache is written there");
        assertEquals(List.of("drafts", "todo.txt"), Files.list(notes).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aMistypedContentFolderInsideARepositoryIsReportedAsSuchAndNothingIsWritten() throws Exception {
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).call()) {
            new ContentFixture(dir.resolve("repo/content")).skill("skills/a");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a").call();
        }
        BuildConfig mistyped = BuildConfig.of(dir.resolve("repo/contnt"), dir.resolve("out"));
        for (BuildConfig config : List.of(mistyped.withCache(mistyped.cacheInOutput()), mistyped.withMode(BuildConfig.Mode.CHECK))) {
            BuildResult result = SiteGenerator.generate(config);
            assertEquals(List.of("content-missing"), result.problems().stream().map(Problem::code).toList(), config.mode().toString());
            assertEquals(config.mode() == BuildConfig.Mode.CHECK ? List.of() : List.of("nothing was written, so " + dir.resolve("out") + " is as it was"),
                    result.notes(), "nothing is said about a history that was never read");
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written, not even the build cache");
    }

    /** On GitHub Pages a script in a published file runs with the origin every project site of its owner shares. */
    @Test
    void publishesFilesThatWouldRunScriptAsTextAndSaysSoOfAScriptedSvg() throws IOException {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d", "[The demo](demo.html), ![diagram](diagram.svg) ![scripted](scripted.svg)\n");
        content.write("skills/a/demo.html", "<script>document.title = 'ran'</script>");
        String xhtmlScript = "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">document.title = 'ran'</h:script>";
        content.write("skills/a/ooxml/schema.xsd", "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">" + xhtmlScript + "</xsd:schema>");
        content.write("skills/a/feed.rss", "<rss>" + xhtmlScript + "</rss>");
        content.write("skills/a/run.py", "print('a script a reader reads, not one a browser runs')");
        content.write("skills/a/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>");
        Path scripted = content.write("skills/a/scripted.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect ONLOAD=\"alert(1)\"/></svg>");

        BuildResult result = build(content.root());

        assertTrue(result.success(), result.problems().toString());
        Problem warning = result.problems().get(0);
        assertEquals(List.of("scripted-svg"), result.problems().stream().map(Problem::code).toList());
        assertEquals(scripted, warning.location().file());
        assertTrue(warning.message().contains("(the attribute ONLOAD of <rect>)"), warning.message());
        Path out = dir.resolve("out/skills/a");
        assertEquals("<script>document.title = 'ran'</script>", Files.readString(out.resolve("demo.html.txt")));
        assertFalse(Files.exists(out.resolve("demo.html")));
        assertTrue(Files.exists(out.resolve("ooxml/schema.xsd.txt")), "served as application/xml, it would run its XHTML script");
        assertTrue(Files.exists(out.resolve("feed.rss.txt")));
        assertTrue(Files.exists(out.resolve("run.py")), "a type no browser runs is published as it is");
        assertFalse(Files.exists(out.resolve("scripted.svg")));
        assertTrue(Files.exists(out.resolve("scripted.svg.txt")));
        assertTrue(Files.exists(out.resolve("diagram.svg")), "a drawing is published as it is");
        Document page = new SiteCheck(dir.resolve("out")).page("skills/a/index.html");
        assertEquals("demo.html.txt", page.selectFirst(".markdown a").attr("href"));
        assertEquals("diagram.svg", page.selectFirst(".markdown img").attr("src"));
        assertEquals(List.of("demo.html", "diagram.svg", "feed.rss", "ooxml/schema.xsd", "run.py", "scripted.svg"), page.select(".files li").eachText(),
                "listed by their own names");
    }

    @Test
    void editLinksOpenTheSkillWhereItSitsInItsRepositoryOnTheBranchCheckedOut() throws Exception {
        Path repo = dir.resolve("repo");
        ContentFixture content = new ContentFixture(repo.resolve("docs/skills-src"));
        content.skill("a");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("trunk").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a").call();
        }
        assertEquals("https://github.com/o/r/edit/trunk/docs/skills-src/skills/a/SKILL.md", editLink(content.root()));

        content.write("site.yaml", "editBranch: main\ncontentPath: elsewhere\n");
        assertEquals("https://github.com/o/r/edit/main/elsewhere/skills/a/SKILL.md", editLink(content.root()), "site.yaml says better");

        ContentFixture outside = new ContentFixture(dir.resolve("content"));
        outside.skill("a");
        assertEquals("https://github.com/o/r/edit/main/content/skills/a/SKILL.md", editLink(outside.root()), "outside a repository");
    }

    private String editLink(Path content) {
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content, dir.resolve("out")).withRepositoryUrl("https://github.com/o/r"));
        assertTrue(result.success(), result.problems().toString());
        return new SiteCheck(dir.resolve("out")).page("skills/a/index.html").selectFirst(".page-meta a:contains(Edit this page)").attr("href");
    }

    @Test
    void strictBuildAndStrictCheckFailAlikeOnASkillNamedButMissing() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: a\ndescription: d\nrelated-skills: [b-missing]", "x\n");
        BuildConfig strict = BuildConfig.of(content.root(), dir.resolve("out")).withStrict(true);

        for (BuildConfig config : List.of(strict, strict.withMode(BuildConfig.Mode.CHECK))) {
            BuildResult result = SiteGenerator.generate(config);
            assertFalse(result.success(), config.mode().toString());
            assertEquals(List.of("missing-skill"), result.problems().stream().map(Problem::code).distinct().toList());
            assertTrue(result.notes().stream().noneMatch(note -> note.startsWith("named but not")),
                    "each is warned of where it is named, so no line lists them again: " + result.notes());
        }
        BuildResult lenient = build(content.root());
        assertTrue(lenient.success() && lenient.problems().isEmpty(), "otherwise a build lists them in a line: " + lenient.problems());
        assertTrue(lenient.notes().contains("named but not in this site: b-missing (check shows where each is named; a strict build fails on them)"),
                lenient.notes().toString());
    }

    @Test
    void refusesTwoSkillsWithOneName() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/a", "name: same\ndescription: d", "x\n");
        Path second = content.skill("skills/b", "name: same\ndescription: d", "x\n");
        BuildResult result = build(content.root());
        Problem problem = result.problems().stream().filter(p -> p.code().equals("duplicate-skill")).findFirst().orElseThrow();
        assertEquals(second, problem.location().file());
        assertEquals(2, problem.location().line());
    }

    @Test
    void blamesTheCopyOfASkillNotTheSkillInTheFolderOfItsName() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        Path copy = content.skill("skills/dupe", "name: good\ndescription: d", "x\n");
        content.skill("skills/good", "name: good\ndescription: d", "x\n");
        Problem problem = build(content.root()).problems().stream().filter(p -> p.code().equals("duplicate-skill")).findFirst().orElseThrow();
        assertEquals(copy, problem.location().file());
        assertTrue(problem.message().contains("skills/good/SKILL.md"), problem.message());
    }

    @Test
    void summarisesTheRunInOneLine() {
        BuildResult result = build(ContentFixture.REPOSITORY_CONTENT);
        assertTrue(result.summary().matches("1 skill, \\d+ pages, 2 warnings, 0 errors in \\d+ ms \\(scan \\d+ ms, parse .*\\)"),
                result.summary());
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p).toString(), p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    private static List<String> withMojibake(SiteCheck site) {
        return Stream.concat(site.files(".html").stream(), site.files(".md").stream())
                .filter(p -> {
                    try {
                        return MOJIBAKE.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).map(Path::toString).toList();
    }
}
