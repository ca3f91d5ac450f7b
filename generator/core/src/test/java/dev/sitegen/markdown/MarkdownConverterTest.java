package dev.sitegen.markdown;

import dev.sitegen.render.ThemeText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownConverterTest {

    private final MarkdownConverter converter = new MarkdownConverter(ThemeText.english().wording());

    private ConvertedMarkdown convert(String markdown) {
        return converter.convert(markdown, 1, LinkPolicy.KEEP_ALL);
    }

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(convert(markdown).html());
    }

    @Test
    void rendersGitHubFlavouredMarkdown() {
        Document doc = html("""
                | Option | Default |
                |---|:---:|
                | `a` | 1 |

                - [x] done
                - [ ] open

                ~~gone~~ and https://example.com/page
                """);
        assertEquals("Option", doc.selectFirst("table th").text());
        assertEquals("a", doc.selectFirst("table td code").text());
        assertEquals(2, doc.select("li.task-list-item input[type=checkbox]").size());
        assertEquals(1, doc.select("input[checked]").size());
        assertEquals("gone", doc.selectFirst("del").text());
        assertEquals("https://example.com/page", doc.selectFirst("a").attr("href"));
    }

    @Test
    void startsATableUnderALineOfTextAsGitHubDoes() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url + " @" + line);
            return new LinkTarget.Rewrite(url);
        };
        Document doc = Jsoup.parseBodyFragment(converter.convert("""
                Task categories, [defined][d]:
                | Category | Guide |
                |----------|-------|
                | Build | [coder](coder.md) |

                [d]: categories.md
                """, 10, policy).html());
        assertEquals("Task categories, defined:", doc.selectFirst("p").text());
        assertEquals("categories.md", doc.selectFirst("p a").attr("href"), "a reference defined anywhere on the page resolves");
        assertEquals("Category", doc.selectFirst("table th").text());
        assertEquals("coder", doc.selectFirst("table td a").text());
        assertTrue(asked.contains("coder.md @13"), "the cell's link is on its line of the file: " + asked);
    }

    @Test
    void startsATableUnderTextOnlyWhereItsRowsMatchAsOnGitHub() {
        Document doc = html("""
                Two columns:
                | a | b |
                |---|---|
                | 1 | 2 |

                Not a table:
                | one | two | three |
                |---|---|

                Without pipes at the ends:
                x | y
                --|--
                """);
        assertEquals(List.of("Two columns:", "Not a table: | one | two | three | |---|---|", "Without pipes at the ends:"), doc.select("p").eachText());
        assertEquals(List.of("a", "b", "x", "y"), doc.select("th").eachText(), "a header of three cells over a delimiter of two is no table");
    }

    @Test
    void aReferenceDefinitionAboveATableDefinesAndIsNoText() {
        for (String prefix : List.of("", "> ")) {
            Document doc = html(prefix + "[r]: https://e.org\n" + prefix + "| a | b |\n" + prefix + "|---|---|\n" + prefix + "| 1 | 2 |\n\n[x][r]\n");
            assertEquals(List.of("https://e.org"), doc.select("a:not(.heading-anchor)").eachAttr("href"), prefix + doc.body().html());
            assertFalse(doc.text().contains("[r]:"), doc.body().html());
            assertEquals(2, doc.select("table th").size());
        }
    }

    @Test
    void startsATableUnderTextInAListItemOrAQuoteButNotOnLazyLines() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url + " @" + line);
            return new LinkTarget.Rewrite(url);
        };
        Document doc = Jsoup.parseBodyFragment(converter.convert("""
                - Item with a **table**:
                  | a | b |
                  | - | - |
                  | 1 | [x](x.md) |

                > Quoted:
                > | c | d |
                > |---|---|

                > Lazy:
                | e | f |
                |---|---|
                """, 1, policy).html());
        assertTrue(doc.selectFirst("li").text().startsWith("Item with a table: a b"), doc.selectFirst("li").text());
        assertEquals("table", doc.selectFirst("li > strong").text(), "the text above the table is Markdown still");
        assertEquals(List.of("a", "b", "c", "d"), doc.select("li table th, blockquote table th").eachText());
        assertEquals(List.of("x.md @4"), asked, "the cell's link is on its line of the file");
        assertTrue(doc.select("blockquote").last().text().contains("| e | f |"), "a lazy line is text, as on GitHub");
    }

    @Test
    void aReadmeThatOpensWithHtmlIsTitledByItsFirstHeadingShownOnce() {
        ConvertedMarkdown page = convert("<div align=\"center\">\n  <img src=\"logo.svg\" alt=\"logo\">\n  <h1>Design <em>Clone</em></h1>\n"
                + "  <p>Clone designs.</p>\n</div>\n\n## Install\n\n<h1>Later</h1>\n");
        assertEquals("Design Clone", page.title());
        Document doc = Jsoup.parseBodyFragment(page.html());
        assertEquals(List.of("Later"), doc.select("h1").eachText(), "the title is not shown twice");
        assertEquals("Clone designs.", doc.selectFirst("div p").text());

        assertEquals("Setup", convert("# Setup\n\n<h1>Other</h1>\n").title(), "a Markdown title comes first");
        ConvertedMarkdown logo = convert("<h1><img src=\"logo.png\" alt=\"\"></h1>\n\n<details><summary>Notes</summary><h1>v2 notes</h1></details>\n\n"
                + "<h1>Real Title</h1>\n");
        assertEquals("Real Title", logo.title(), "not a logo's heading, nor one a reader must open");
        assertEquals(2, Jsoup.parseBodyFragment(logo.html()).select("h1").size(), "the logo and the notes stay; the title is taken out");
        assertEquals(List.of("v2 notes"), Jsoup.parseBodyFragment(logo.html()).select("h1").eachText());
        assertNull(convert("Text first.\n\n<h1>Not a title</h1>\n").title(), "only HTML the page opens with");
    }

    @Test
    void aMadeUpTagInAHeadingIsInItsTextButNotItsId() {
        ConvertedMarkdown page = convert("# Guide\n\n## Returns List<T> <b>fast</b>\n");
        assertEquals(new Heading(2, "returns-list-fast", "Returns List<T> fast", 3, 9), page.headings().get(0),
                "the contents list says what the heading shows; the id is GitHub's, made without tags");
        assertEquals("Returns List<T> fast#", Jsoup.parseBodyFragment(page.html()).selectFirst("h2").text());
    }

    @Test
    void escapesInHeadingsAreUndoneInTitlesAndContents() {
        ConvertedMarkdown page = convert("# The \\<tag\\> guide\n\n## Use \\[brackets\\] and \\*stars\\*\n\nTwo\nlines\n---\n");
        assertEquals("The <tag> guide", page.title());
        assertEquals(List.of("Use [brackets] and *stars*", "Two lines"), page.headings().stream().map(Heading::text).toList());
    }

    @Test
    void aPhraseInBracketsThatNoReferenceDefinesKeepsThemInTitlesAndContents() {
        ConvertedMarkdown page = convert("# [Feature/Project Name] Specification\n\n## Step [**one**] of [two][x]\n\n## [Defined]\n\n[Defined]: a.md\n");
        assertEquals("[Feature/Project Name] Specification", page.title());
        assertEquals(List.of("Step [one] of [two][x]", "Defined"), page.headings().stream().map(Heading::text).toList());
        Document doc = Jsoup.parseBodyFragment(page.html());
        assertEquals("Step [one] of [two][x]#", doc.selectFirst("h2").text());
        assertEquals("one", doc.selectFirst("h2 strong").text());
        assertEquals("a.md", doc.select("h2 a:not(.heading-anchor)").attr("href"), "a defined reference stays a link");
    }

    @Test
    void linksAddressesInTheTextAsGitHubDoesAndOnlyThose() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url);
            return url.startsWith("chrome:") ? new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.UNSAFE, "chrome") : LinkTarget.KEEP;
        };
        Document doc = Jsoup.parseBodyFragment(converter.convert(
                "See www.example.com, chrome://inspect, file:// URLs, <chrome://flags> and <https://x.org>.\n", 1, policy).html());
        assertEquals(List.of("http://www.example.com", "chrome://flags", "https://x.org"), asked, "prose with another scheme is text");
        assertEquals(List.of("http://www.example.com", "https://x.org"), doc.select("a").eachAttr("href"));
        assertEquals("chrome://flags", doc.selectFirst("span.unlinked").text(), "an address in angle brackets keeps its text");
        assertTrue(doc.selectFirst("p").text().contains("chrome://inspect, file:// URLs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a | b\n- | -\n1 | 2\n",
            "- | - |\n",
            "Text:\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n",
            "- item\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            "> quote\n| a | b |\n|---|---|\n",
    })
    void makesNoTableWhereGitHubMakesNone(String markdown) {
        assertEquals(List.of(), html(markdown).select("table"), markdown);
    }

    @Test
    void aLineWithPipesAboveATableIsTextNotASecondHeaderRow() {
        Document doc = html("Formats: JSON | YAML\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals("Formats: JSON | YAML", doc.selectFirst("p").text());
        assertEquals(List.of("a", "b"), doc.select("th").eachText());
    }

    @Test
    void numbersFootnotesInTheOrderOfTheirFirstUseAsGitHubDoes() {
        Document doc = html("A claim[^source] and another[^note].\n\nMore[^source].\n\n[^source]: The source.\n[^note]: A note.\n");
        assertEquals(List.of("1", "2", "1"), doc.select("sup a.footnote-ref").eachText());
        assertEquals(List.of("#fn-1", "#fn-2", "#fn-1"), doc.select("sup a.footnote-ref").eachAttr("href"));
        assertEquals(List.of("The source.", "A note."), doc.select(".footnotes li p").eachText());
        assertEquals("fn-1", doc.selectFirst(".footnotes li").id());
    }

    @Test
    void keepsTheLanguageOfFencedCode() {
        Document doc = html("```python\nprint('hi')\n```\n");
        assertEquals("language-python", doc.selectFirst("pre code").className());
        assertEquals("print('hi')\n", doc.selectFirst("pre code").wholeText());
    }

    @Test
    void takesTheOpeningHeadingAsTitle() {
        ConvertedMarkdown page = convert("# Python Guide\n\nIntro.\n\n## Setup\n\n### Details\n");
        assertEquals("Python Guide", page.title());
        assertFalse(page.html().contains("<h1"), "the title is not repeated in the body");
        assertEquals(List.of(new Heading(2, "setup", "Setup", 5, 24), new Heading(3, "details", "Details", 7, 34)), page.headings());
        assertEquals("Setup", Jsoup.parseBodyFragment(page.html()).selectFirst("h2#setup").ownText());
    }

    @Test
    void takesOutAnOpeningHeadingThatRepeatsTheFrontMattersTitleAtAnyLevel() {
        ConvertedMarkdown page = converter.convert("## Early  return from functions\n\nText.\n", 1, LinkPolicy.KEEP_ALL, "Early Return from Functions", null);
        assertEquals("Early  return from functions", page.title());
        assertFalse(page.html().contains("<h2"), page.html());
        assertEquals(List.of(), page.headings());
    }

    @Test
    void keepsAnOpeningHeadingThatSaysMoreThanTheFrontMattersTitle() {
        ConvertedMarkdown page = converter.convert("# Guide to Memo\n\nText.\n", 1, LinkPolicy.KEEP_ALL, "Memo", null);
        assertNull(page.title());
        assertTrue(page.html().contains("<h1 id=\"guide-to-memo\">"), page.html());
    }

    @Test
    void takesTheOnlyLevelOneHeadingAsTitleWhenANoteStandsAboveIt() {
        ConvertedMarkdown page = convert("> DEPRECATED: use sw:push instead.\n\n# ADO Sync\n\nSyncs.\n\n## Setup\n");
        assertEquals("ADO Sync", page.title());
        assertFalse(page.html().contains("<h1"), "the title is not repeated in the body");
        assertTrue(page.html().startsWith("<blockquote>"), "the note stays, below the title: " + page.html());
    }

    @Test
    void leavesLaterLevelOneHeadingsInTheBodyWhenThereAreSeveral() {
        ConvertedMarkdown page = convert("Intro.\n\n# Usage\n\n# Options\n");
        assertNull(page.title());
        assertTrue(page.html().contains("<h1 id=\"usage\">") && page.html().contains("<h1 id=\"options\">"));
    }

    /** As @ant-design/x's skills write: every part of the page a level-1 heading, the first no title of the skill. */
    @Test
    void takesTheFirstOfSeveralLevelOneHeadingsAsTitleOnlyWhenItNamesThePage() {
        String sections = "# 🎯 技能定位\n\nFor chat.\n\n# 🚀 快速开始\n\nInstall.\n\n# 📋 Custom Provider\n";
        ConvertedMarkdown page = converter.convert(sections, 1, LinkPolicy.KEEP_ALL, null, "x-chat-provider");
        assertNull(page.title());
        assertEquals(3, Jsoup.parseBodyFragment(page.html()).select("h1").size(), "each stays a section");
        ConvertedMarkdown drydock = converter.convert("# Drydock\n\nIntro.\n\n# Release check\n", 1, LinkPolicy.KEEP_ALL, null, "drydock");
        assertEquals("Drydock", drydock.title());
        ConvertedMarkdown runTogether = converter.convert("# XMarkdown guide\n\n# Usage\n", 1, LinkPolicy.KEEP_ALL, null, "x-markdown");
        assertEquals("XMarkdown guide", runTogether.title());
    }

    @Test
    void leavesALevelOneHeadingAfterAnotherHeadingInTheBody() {
        ConvertedMarkdown page = convert("## Overview\n\n# Later\n");
        assertNull(page.title());
        assertTrue(page.html().contains("<h1 id=\"later\">"));
    }

    @Test
    void givesRepeatedHeadingsUniqueIds() {
        ConvertedMarkdown page = convert("## Example\n\n## Example\n\n## `code` *Example*\n");
        assertEquals(List.of("example", "example-1", "code-example"), page.headings().stream().map(Heading::id).toList());
    }

    @Test
    void readsALinkToAFileWhoseNameHasSpacesInAngleBrackets() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url);
            return new LinkTarget.Rewrite(url.replace(" ", "%20"));
        };
        Document doc = Jsoup.parseBodyFragment(converter.convert("See [my file](<my file.md>) and ![a chart](<charts/q 1.png>).\n", 1, policy).html());
        assertEquals(List.of("my file.md", "charts/q 1.png"), asked);
        Document prose = Jsoup.parseBodyFragment(converter.convert("As [noted](the docs) above.\n", 1, policy).html());
        assertEquals("As [noted](the docs) above.", prose.text(), "without angle brackets, as on GitHub, it is text");
        assertEquals("my%20file.md", doc.selectFirst("a").attr("href"));
        assertEquals("charts/q%201.png", doc.selectFirst("img").attr("src"));
    }

    @Test
    void aDestinationWithSpacesOutsideAngleBracketsMakesNoLinkNorDefinition() {
        Document doc = Jsoup.parseBodyFragment(converter.convert(
                "Read [**the guide**](the docs).\n\n[the guide]: the docs\n\n[ref]: <my file.md>\n\nThen [ref].\n", 1, LinkPolicy.KEEP_ALL).html());
        assertEquals("the guide", doc.selectFirst("strong").text(), "its text is still Markdown, as on GitHub");
        assertEquals("[the guide]: the docs", doc.select("p").get(1).text(), "a line that is no definition is not lost");
        assertEquals("my file.md", doc.selectFirst("a").attr("href"), "a definition in angle brackets may have spaces");
    }

    @Test
    void sendsEveryLinkThroughThePolicyWithItsLine() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url + (image ? " image" : "") + " @" + line);
            return url.equals("gone.md") ? new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.MISSING, "gone.md") : new LinkTarget.Rewrite("new/" + url);
        };
        String html = converter.convert("""
                A [link](a.md#x) and ![pic](p.png).

                A [ref][r] and [gone](gone.md).

                [r]: b.md
                """, 10, policy).html();
        assertEquals(List.of("a.md#x @10", "p.png image @10", "gone.md @12", "b.md @14"), asked.stream().sorted(
                java.util.Comparator.comparing(s -> Integer.parseInt(s.substring(s.indexOf('@') + 1)))).toList());
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("new/a.md#x", doc.select("a:not(.heading-anchor)").get(0).attr("href"));
        assertEquals("new/p.png", doc.selectFirst("img").attr("src"));
        assertEquals("new/b.md", doc.select("a:not(.heading-anchor)").get(1).attr("href"));
        assertEquals("gone", doc.selectFirst("span.unlinked").text());
        assertEquals("not found: gone.md", doc.selectFirst("span.unlinked").attr("title"));
        assertEquals(2, doc.select("a:not(.heading-anchor)").size(), "the refused link is not a link");
    }

    @Test
    void unlinksReferenceLinksWhoseDefinitionIsRefused() {
        LinkPolicy policy = (url, image, line) -> new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.OUTSIDE);
        Document doc = Jsoup.parseBodyFragment(converter.convert("See [x][r].\n\n[r]: gone.md\n", 1, policy).html());
        assertTrue(doc.select("a:not(.heading-anchor)").isEmpty());
        assertEquals("x", doc.selectFirst("span.unlinked").text());
    }

    @Test
    void sanitisesRawHtml() {
        Document doc = html("""
                <script>alert(1)</script>

                <div onclick="alert(2)" style="color:red">Hi <a href="javascript:alert(3)">x</a> <iframe src="https://evil"></iframe></div>

                <img src="data:image/svg+xml,<svg onload=alert(4)>" alt="d"> <details open><summary>More</summary>Body</details> <kbd>Ctrl</kbd>
                """);
        String out = doc.body().html();
        assertFalse(out.contains("script"), out);
        assertFalse(out.contains("onclick"), out);
        assertFalse(out.contains("style="), out);
        assertFalse(out.contains("javascript:"), out);
        assertFalse(out.contains("iframe"), out);
        assertFalse(out.contains("data:"), out);
        assertEquals("More", doc.selectFirst("details summary").text());
        assertEquals("Ctrl", doc.selectFirst("kbd").text());
    }

    @Test
    void neverUnwrapsTheRawTextOfAStyleLeftOpenIntoMarkup() {
        String out = html("<scr\n\ntext <math><mtext><style><img src=x onerror=alert(1)>\n").body().html();
        assertFalse(out.contains("onerror="), "found by MarkdownFuzzTest: " + out);
    }

    @Test
    void keepsAPicturesSourcesAndAnImagesSrcsetWithEachUrlAsThePolicySays() {
        List<String> asked = new ArrayList<>();
        LinkPolicy policy = (url, image, line) -> {
            asked.add(url + (image ? " image" : "") + " @" + line);
            return url.startsWith("gone") || url.startsWith("javascript:") ? new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.MISSING, url)
                    : url.startsWith("https:") ? LinkTarget.KEEP : new LinkTarget.Rewrite("../" + url);
        };
        Document doc = Jsoup.parseBodyFragment(converter.convert("""
                <picture>
                  <source srcset="img/dark.png" media="(prefers-color-scheme: dark)">
                  <source srcset="gone.png" media="print">
                  <img src="img/light.png" srcset="img/light.png 1x,https://cdn.example/a,b.png 2x, javascript:x 3x" alt="Logo">
                </picture>
                """, 5, policy).html());
        assertEquals(List.of("../img/dark.png"), doc.select("picture source").eachAttr("srcset"), "a source it refused goes");
        assertEquals("(prefers-color-scheme: dark)", doc.selectFirst("source").attr("media"));
        assertEquals("../img/light.png 1x, https://cdn.example/a,b.png 2x", doc.selectFirst("img").attr("srcset"));
        assertEquals("../img/light.png", doc.selectFirst("img").attr("src"));
        assertTrue(asked.containsAll(List.of("img/dark.png image @6", "gone.png image @7", "https://cdn.example/a,b.png image @8")), asked.toString());
    }

    @Test
    void keepsHtmlsOwnElementsThatJsoupDoesNotKnowOrTheSafelistLacked() {
        Document doc = html("<picture><img src=\"https://example.org/l.png\" alt=\"logo\"></picture>\n\n<ruby>漢<rt>かん</rt></ruby>字\n");
        assertEquals(List.of(), doc.select(".agent-tag"), "picture is HTML's, not a made-up tag");
        assertEquals("logo", doc.selectFirst("picture img").attr("alt"));
        assertEquals("かん", doc.selectFirst("ruby rt").text());
    }

    @Test
    void sendsRawHtmlLinksThroughThePolicy() {
        LinkPolicy policy = (url, image, line) -> new LinkTarget.Rewrite("resolved/" + url);
        Document doc = Jsoup.parseBodyFragment(converter.convert("<a href=\"ref.md\">Ref</a> <img src=\"a.png\">\n", 1, policy).html());
        assertEquals("resolved/ref.md", doc.selectFirst("a").attr("href"));
        assertEquals("resolved/a.png", doc.selectFirst("img").attr("src"));
    }

    @Test
    void showsTheMadeUpTagsSkillsUseForAgents() {
        Document doc = html("<HARD-GATE>\nDo NOT write code yet.\n</HARD-GATE>\n");
        assertEquals("<HARD-GATE>", doc.selectFirst(".agent-tag .agent-tag-name").text());
        assertTrue(doc.selectFirst(".agent-tag").text().contains("Do NOT write code yet."));
    }

    /** As the real collection writes them: a blank line inside, and the closing tag on the line after the last paragraph. */
    @Test
    void aMadeUpTagThatWrapsNothingIsShownAsWritten() {
        Document doc = Jsoup.parseBodyFragment(convert("""
                Render it like this:
                <Foo a="1">
                  <Bar />
                </Foo>

                Use <Spacer /> between items.

                The end </Foo> here.

                <InstancedMesh args={[geo, mat, 100]}>
                  <boxGeometry />
                </InstancedMesh>
                """).html());
        assertEquals(List.of("Render it like this: <Foo a=\"1\"><Bar /></Foo>", "Use <Spacer /> between items.", "The end </Foo> here.",
                "<InstancedMesh args={[geo, mat, 100]}> <boxGeometry />"), doc.select("p").eachText());
        assertTrue(doc.body().text().endsWith("<boxGeometry /> </InstancedMesh>"), "a closing tag that nothing opens is kept: " + doc.body().html());
        assertEquals(List.of("<Foo a=\"1\">", "</Foo>"), doc.select(".agent-tag-name").eachText(), "a tag that wraps something still does");
    }

    @Test
    void showsOneOfHtmlsOwnNamesThatIsNeverClosedAsWrittenNotAsAnElementToLeaveOut() {
        ConvertedMarkdown page = convert("Encrypt <data> at rest, <center>centred</center>.\n\n<title>Realms</title>\n");
        assertTrue(Jsoup.parseBodyFragment(page.html()).text().startsWith("Encrypt <data> at rest, centred."), page.html());
        assertEquals("title 3", page.removedHtml().tag() + " " + page.removedHtml().line(),
                "what readers miss is warned of: not <center>, whose text stays, but the <title>");
    }

    @Test
    void showsAMadeUpTagAsWrittenWithJsxValuesAndOnOneLine() {
        Document doc = html("""
                <CardGroup cols={2}>
                  <Card title="Get started"
                        href='https://example.org/skills'>
                    Create your first Skill
                  </Card>
                </CardGroup>
                """);
        assertEquals(List.of("<CardGroup cols={2}>", "<Card title=\"Get started\" href='https://example.org/skills'>", "</Card>", "</CardGroup>"),
                doc.select(".agent-tag-name").eachText().stream().sorted(java.util.Comparator.comparing(t -> t.startsWith("</"))).toList());
    }

    @Test
    void aMadeUpTagClosedAfterAParagraphEndsThereNotAtTheEndOfThePage() {
        Document doc = html("<EXTREMELY-IMPORTANT>\nFirst.\n\nNot negotiable.\n</EXTREMELY-IMPORTANT>\n\n## The Rule\n\nOutside.\n\n"
                + "Emphasis *ends\n</em>* as ever.\n");
        Element tag = doc.selectFirst("div.agent-tag");
        assertEquals(List.of("<EXTREMELY-IMPORTANT>", "</EXTREMELY-IMPORTANT>"), tag.select(".agent-tag-name").eachText());
        assertTrue(tag.text().contains("Not negotiable."), tag.outerHtml());
        assertTrue(tag.textNodes().stream().allMatch(text -> !text.isBlank()), "no blank line between its paragraphs: " + tag.outerHtml());
        assertTrue(tag.select("h2").isEmpty(), "the heading after it is outside: " + tag.outerHtml());
        assertEquals(doc.body(), doc.selectFirst("h2").parent());
        assertEquals(1, doc.select("div.agent-tag").size(), "a known tag is left where it is");
    }

    /** As oh-my-claudecode writes them: names with underscores, which CommonMark does not take as tags, closed under a list. */
    @Test
    void aMadeUpTagWithAnUnderscoreInItsNameWrapsTheListUnderIt() {
        Document doc = html("<Use_When>\n\n- User wants to plan\n- Task is broad\n  </Use_When>\n\nAfter.\n");
        Element tag = doc.selectFirst("div.agent-tag");
        assertEquals(List.of("<Use_When>", "</Use_When>"), tag.select("> .agent-tag-name").eachText());
        assertEquals(List.of("User wants to plan", "Task is broad"), tag.select("li").eachText());
        assertEquals(doc.body(), doc.selectFirst("p").parent(), "the paragraph after it is outside");
        assertEquals("Why <user_input> matters", html("Why <user_input> matters\n").selectFirst("p").text(),
                "within a line it is the text it was");
    }

    /** As BMAD's checklists write them: HTML's section among made-up tags, its title an attribute. */
    @Test
    void showsASectionTagWithAttributesAsItsMadeUpNeighboursAreShown() {
        Document doc = html("<section n=\"1\" title=\"Understand the Trigger\">\n\n<check-item id=\"1.1\">\nIdentify the story\n</check-item>\n\n</section>\n\n"
                + "<section>\n\nPlain.\n\n</section>\n");
        assertEquals(List.of("<section n=\"1\" title=\"Understand the Trigger\">", "<check-item id=\"1.1\">", "</check-item>", "</section>"),
                doc.select(".agent-tag-name").eachText());
        assertEquals("Plain.", doc.select("p").last().text(), "a plain section's content stays, without a label");
    }

    @Test
    void takesAnEscapedPipeInATablesCodeForAPipeAsGitHubDoes() {
        Document doc = html("| Flag | Meaning |\n| --- | --- |\n| `x \\| y` | either |\n\nOutside: `a \\| b`\n");
        assertEquals("x | y", doc.selectFirst("td code").text());
        assertEquals("a \\| b", doc.selectFirst("p code").text(), "outside a table, code is as written");
    }

    @Test
    void showsGitHubsAlertsAsTitledNotes() {
        Document doc = html("> [!WARNING]\n> Deleting is **final**.\n\n> [!tip] Not a marker on a line of its own.\n\n> Plain quote.\n");
        Element warning = doc.selectFirst("div.markdown-alert.markdown-alert-warning");
        assertEquals("Warning", warning.selectFirst(".markdown-alert-title").text());
        assertEquals("Deleting is final.", warning.select("p").last().text());
        assertEquals(List.of("[!tip] Not a marker on a line of its own.", "Plain quote."), doc.select("blockquote").eachText());
    }

    /** As paw's review templates write them: a fence with a language inside a ```markdown block as long as it. */
    @Test
    void findsAFenceOpenedInsideACodeBlockThatItWillCloseEarly() {
        ConvertedMarkdown broken = converter.convert("Intro.\n\n```markdown\n# Template\n```typescript\nlet x;\n```\nAfter.\n```\n", 10,
                LinkPolicy.KEEP_ALL);
        assertEquals(new ConvertedMarkdown.NestedFence(14, "```typescript", 12, "```markdown"), broken.nestedFence(),
                "the line of ```typescript in the file, and of the block it is in");
        ConvertedMarkdown longer = converter.convert("````markdown\n```typescript\nlet x;\n```\n````\n", 1, LinkPolicy.KEEP_ALL);
        assertNull(longer.nestedFence(), "an outer fence longer than the inner one holds it");
        assertNull(convert("```bash\necho '```'\n```\n").nestedFence());
    }

    /** As longtq's design pages write them: code without its opening fence, whose closing fence opens a block instead. */
    @Test
    void findsOnlyTheFirstFenceThatPairsWrongly() {
        ConvertedMarkdown page = convert("call();\n```\n**Good:**\n```java\ncall(ok);\n```\n\n```markdown\n```bash\nx\n```\n```\n"
                + "After.\n```python\ny = 1\n```\n");
        assertEquals(new ConvertedMarkdown.NestedFence(4, "```java", 2, "```"), page.nestedFence(),
                "not ```bash on line 9 nor ```python on line 14, which pair wrongly because of it");
        assertTrue(page.nestedFence().outerIsBare());
    }

    /** As paw's skills write placeholders: in angle brackets, never closed. */
    @Test
    void showsAMadeUpTagThatIsNeverClosedAsTheTextItIs() {
        Document doc = html("Reply with the comment ID: <id> and what <stage> does.\n\n<Suggestion for potential optimization>\n\n"
                + "Later text.\n\n## Next\n");
        assertEquals(List.of(), doc.select(".agent-tag").eachText(), doc.body().html());
        assertEquals("Reply with the comment ID: <id> and what <stage> does.", doc.select("p").first().text());
        assertTrue(doc.body().text().contains("<Suggestion for potential optimization> Later text."), doc.body().text());
        assertEquals(doc.body(), doc.selectFirst("h2").parent(), "nothing wraps what follows");
    }

    /** As BMAD's workflows write them: a made-up tag per line, inside a tag that holds only made-up tags. */
    @Test
    void showsMadeUpTagsOnLinesOfTheirOwnOnTheirOwnLines() {
        Document doc = html("<check-item id=\"1.1\">\n<prompt>Identify the story</prompt>\n<action>Describe it</action>\n</check-item>\n\n"
                + "Use <kbd>x</kbd> and <b2>inline</b2> in a sentence.\n");
        assertEquals(List.of("<prompt>", "<action>"), doc.select("span.agent-tag-line > .agent-tag-name:first-child").eachText());
        assertEquals(1, doc.select("span.agent-tag:not(.agent-tag-line)").size(), "a tag within a sentence stays in it");
    }

    /** As oh-my-claudecode writes its examples: a tag on each line, opening, then closing, then a fence inside. */
    @Test
    void madeUpTagsOnConsecutiveLinesNest() {
        Document doc = html("<Examples>\n<Good>\nAdaptive interview:\n```\nPlanner: ask\n```\nWhy good: it asks.\n</Good>\n</Examples>\n");
        Element examples = doc.selectFirst("div.agent-tag");
        assertEquals(List.of("<Examples>", "</Examples>"), examples.select("> .agent-tag-name").eachText());
        Element good = examples.selectFirst("> div.agent-tag");
        assertEquals(List.of("<Good>", "</Good>"), good.select("> .agent-tag-name").eachText());
        assertEquals(List.of("Adaptive interview:", "Why good: it asks."), good.select("p").eachText());
        assertEquals("Planner: ask\n", good.selectFirst("pre code").wholeText());
    }

    /** As obra's test-driven-development skill writes them: a label over a code fence, with no blank line between. */
    @Test
    void aMadeUpTagOverACodeFenceWrapsTheCodeAndLeavesLaterFencesWhole() {
        Document doc = html("<Good>\n```typescript\nfunction retry<T>(fn: () => Promise<T>) {\n\n  return fn();\n}\n```\nJust enough\n</Good>\n\n"
                + "```js\nlater();\n```\n");
        Element good = doc.selectFirst("div.agent-tag");
        assertEquals(List.of("<Good>", "</Good>"), good.select(".agent-tag-name").eachText());
        assertEquals("function retry<T>(fn: () => Promise<T>) {\n\n  return fn();\n}\n", good.selectFirst("pre code.language-typescript").wholeText());
        assertEquals("Just enough", good.selectFirst("p").text());
        assertEquals(1, doc.select("div.agent-tag").size(), "<T> stays code");
        assertEquals(doc.body(), doc.selectFirst("pre code.language-js").parent().parent(), "the fence after it is a fence of its own");
    }

    @Test
    void aMadeUpTagAroundMarkdownEndsAfterTheListItEnds() {
        Document doc = html("<Note>\n  **YAML**: two fields\n\n  * `name` - the name\n  * `description` - what it does\n</Note>\n\nAfter.\n\n"
                + "<example>\n\nOn *lines* of their own.\n\n</example>\n");
        Element note = doc.selectFirst("div.agent-tag");
        assertEquals("YAML", note.selectFirst("p strong").text());
        assertEquals(2, note.select("ul li code").size());
        assertEquals(List.of("<Note>", "</Note>"), note.select("> .agent-tag-name").eachText());
        assertEquals(doc.body(), doc.select("p").stream().filter(p -> p.text().equals("After.")).findFirst().orElseThrow().parent());
        Element example = doc.select("div.agent-tag").get(1);
        assertEquals("lines", example.selectFirst("p em").text());
    }

    @Test
    void leavesHtmlsOwnTagsWhereTheyStand() {
        Document doc = html("<img src=\"logo.png\" alt=\"Logo\">\nText beside it.\n\n<details>\n<summary>More</summary>\n\nHidden.\n</details>\n\n"
                + "Press <kbd>K</kbd>.\n");
        assertTrue(doc.select(".agent-tag").isEmpty(), doc.body().html());
        assertEquals("Logo", doc.selectFirst("p img").attr("alt"));
        assertEquals("Hidden.", doc.selectFirst("details p").text());
        assertEquals("K", doc.selectFirst("p kbd").text());
    }

    @Test
    void refusesUnsafeAutolinksThroughThePolicy() {
        LinkPolicy policy = (url, image, line) -> url.startsWith("javascript:") ? new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.UNSAFE, "javascript") : LinkTarget.KEEP;
        Document doc = Jsoup.parseBodyFragment(converter.convert("<javascript:alert(1)> and <https://ok.example>\n", 1, policy).html());
        assertEquals(1, doc.select("a:not(.heading-anchor)").size());
        assertEquals("https://ok.example", doc.selectFirst("a").attr("href"));
    }

    @Test
    void theSanitiserKeepsEverythingMarkdownProduces() {
        String rendered = convert("""
                # T

                ## A *b* `c` ~~d~~ [e](f.md "t") ![g](h.png)

                | x | y |
                |---|:-:|
                | 1 | 2 |

                - [x] t
                1. n

                ```js
                let a = '<b>';
                ```

                > q & a

                ---
                """).html();
        assertEquals(normal(rendered), normal(HtmlSanitizer.clean(rendered, java.util.Map.of(), false, ThemeText.english().wording())));
    }

    private static String normal(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    @Test
    void searchReadsATablesCellsAsWordsApart() {
        ConvertedMarkdown page = converter.convert("| Excuse | Reality |\n| --- | --- |\n| Too simple | **Simple** code breaks |\n", 1,
                LinkPolicy.KEEP_ALL);
        assertEquals(List.of("Excuse", "Reality", "Too simple", "Simple code breaks"),
                List.of(page.sections().get(0).text().split("\\s*\\n\\s*")));
    }

    @Test
    void searchReadsATableInAListCellByCellAndTextWithItsEscapesUndone() {
        ConvertedMarkdown page = converter.convert("- Costs \\*per\\* call:\n\n  | Plan | Price |\n  | --- | --- |\n  | Free | 0 |\n", 1,
                LinkPolicy.KEEP_ALL);
        assertEquals(List.of("Costs *per* call:", "Plan", "Price", "Free", "0"),
                List.of(page.sections().get(0).text().split("\\s*\\n\\s*")));
    }

    @Test
    void showsAPageNestedTooDeeplyAsPlainTextAndSaysFromWhichLine() {
        String deep = "# Deep\n\nIntro <script>x</script>\n\n" + "- ".repeat(10_000) + "item\n";
        ConvertedMarkdown page = converter.convert(deep, 5, LinkPolicy.KEEP_ALL);
        assertEquals(9, page.tooDeepAt(), "the list opens on the body's fifth line, line 9 of the file");
        Document doc = Jsoup.parseBodyFragment(page.html());
        assertEquals(deep, doc.selectFirst("pre.plain-text code").wholeText(), "nothing is lost");
        assertTrue(doc.select("script").isEmpty());
        assertEquals(deep, page.sections().get(0).text(), "and search still finds it");
    }

    @Test
    void convertsNestingUpToTheLimit() {
        StringBuilder nested = new StringBuilder();
        for (int level = 0; level < MarkdownConverter.MAX_NESTING / 2; level++) {
            nested.append("  ".repeat(level)).append("- > level ").append(level).append('\n');
        }
        ConvertedMarkdown page = convert(nested.toString());
        assertEquals(0, page.tooDeepAt());
        assertEquals(MarkdownConverter.MAX_NESTING / 2, Jsoup.parseBodyFragment(page.html()).select("li").size());
    }

    @Test
    void convertsATableHundredsOfColumnsWideThoughFlexmarkRecursesOverItsRows() {
        int columns = 1_000;
        String wide = "Intro.\n\n" + "|a".repeat(columns) + "|\n" + "|-".repeat(columns) + "|\n" + "|b".repeat(columns) + "|\n";
        ConvertedMarkdown page = converter.convert(wide, 5, LinkPolicy.KEEP_ALL);
        assertEquals(0, page.tooDeepAt());
        assertEquals(columns, Jsoup.parseBodyFragment(page.html()).select("table th").size());
    }

    @Test
    void convertsOnADeeperStackWhatRecursesTooDeepForThePagesOwnThread() {
        String emphasis = "*".repeat(10_000) + "x" + "*".repeat(10_000) + "\n";
        ConvertedMarkdown page = converter.convert(emphasis, 3, LinkPolicy.KEEP_ALL);
        assertEquals(0, page.tooDeepAt());
        assertTrue(Jsoup.parseBodyFragment(page.html()).select("pre").isEmpty());
    }

    @Test
    void showsAsPlainTextWhatRecursesTooDeepEvenForTheDeeperStack() {
        String emphasis = "*".repeat(3_000_000) + "x" + "*".repeat(3_000_000) + "\n";
        ConvertedMarkdown page = converter.convert(emphasis, 3, LinkPolicy.KEEP_ALL);
        assertEquals(3, page.tooDeepAt());
        assertEquals(emphasis, Jsoup.parseBodyFragment(page.html()).selectFirst("pre code").wholeText());
    }
}
