package dev.sitegen;

import dev.sitegen.problem.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reference pages, links between skills, and Context7 libraries, read back from a built site. */
class ReferencesTest {

    @TempDir
    Path dir;
    private ContentFixture content;

    @BeforeEach
    void content() {
        content = new ContentFixture(dir.resolve("content"));
        content.write("libraries.yaml", """
                /tiangolo/fastapi:
                  title: FastAPI
                  description: Fast APIs.
                  docs: https://fastapi.tiangolo.com/
                  aliases: [/fastapi/fastapi]
                /websites/react_dev:
                  title: React docs
                """);
    }

    private BuildResult build(boolean strict) {
        return SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withStrict(strict));
    }

    private SiteCheck site() {
        return new SiteCheck(dir.resolve("out"));
    }

    @Test
    void listsAndLinksEveryPageOfASkillInReadingOrder() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.", """
                # Guide

                See [the reference](reference.md#setup), [an example](references/examples.md#first),
                and [the runner](scripts/run.sh).

                - modules/advanced.md for the advanced module
                """);
        content.write("skills/guide/reference.md", "# The Reference\n\n## Setup\n\nBack to [the guide](SKILL.md).\n");
        content.write("skills/guide/references/examples.md", "# Worked Examples\n\n## First\n");
        content.write("skills/guide/modules/advanced.md", "# Advanced Module\n");
        content.write("skills/guide/modules/basics.md", "# Basic Module\n");
        content.write("skills/guide/examples.md", "# Examples\n");
        content.write("skills/guide/scripts/run.sh", "echo\n");
        assertTrue(build(false).success());

        Document guide = site().page("skills/guide/index.html");
        assertEquals(List.of("Guide", "The Reference", "Worked Examples", "Examples", "Advanced Module", "Basic Module"),
                guide.select(".sidebar li a").eachText());
        assertEquals(List.of("reference/index.html#setup", "references/examples/index.html#first", "scripts/run.sh",
                "modules/advanced/index.html"), guide.select(".markdown a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("../index.html", site().page("skills/guide/reference/index.html").selectFirst(".markdown a:not(.heading-anchor)").attr("href"));
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void suggestsTheAnchorOfAnEmojiHeadingWithItsInvisibleCharacterSpelledOut() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.", "# Guide\n\n[words](#prohibited-words--phrases-)\n\n"
                + "## Prohibited Words & Phrases \u26a0\ufe0f\n");
        Problem problem = build(false).problems().get(0);
        assertEquals("broken-anchor", problem.code());
        assertEquals("Did you mean #prohibited-words--phrases-%EF%B8%8F?", problem.fix(),
                "the variation selector the emoji leaves in the id shows as nothing, so it is percent-encoded");

        content.skill("skills/guide", "name: guide\ndescription: A guide.", "# Guide\n\n[words](#prohibited-words--phrases-%EF%B8%8F)\n\n"
                + "## Prohibited Words & Phrases \u26a0\ufe0f\n");
        assertEquals(List.of(), build(false).problems(), "the link as suggested is found");
    }

    @Test
    void pointsAnAnchorWithinThePageInOtherLetterCaseAtItsHeadingAsGitHubDoes() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.",
                "# Guide\n\n[options](#useXChat-Options), [other page](reference.md#Setup)\n\n## useXChat options\n");
        content.write("skills/guide/reference.md", "# Reference\n\n## Setup\n");
        BuildResult result = build(false);
        assertEquals(List.of("broken-anchor"), result.problems().stream().map(Problem::code).toList(),
                "another page's anchor is not rewritten, so it is still reported: " + result.problems());
        assertEquals(List.of("#usexchat-options", "reference/index.html#Setup"),
                site().page("skills/guide/index.html").select(".markdown p a").eachAttr("href"));
    }

    @Test
    void aPagesTitleKeepsTheIdGitHubGivesItsHeadingSoLinksToItWork() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.",
                "# Demo Guide\n\nBack to [the top](#Demo-Guide).\n\n## Demo Guide\n\n[Again](#demo-guide-1)\n");
        content.write("skills/guide/reference.md", "# Reference\n\nSee [the guide](SKILL.md#demo-guide), [its reference](#reference).\n");
        BuildResult result = build(false);
        assertEquals(List.of(), result.problems());
        Document guide = site().page("skills/guide/index.html");
        assertEquals("demo-guide", guide.selectFirst(".doc-header h1").id());
        assertEquals("demo-guide-1", guide.selectFirst(".markdown h2").id(), "a heading of the same words comes after it, as on GitHub");
        assertEquals(List.of("#demo-guide", "#demo-guide-1"), guide.select(".markdown p a").eachAttr("href"));
        assertEquals("reference", site().page("skills/guide/reference/index.html").selectFirst(".doc-header h1").id());
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void anAnchorThatRawHtmlGivesIsAsGoodAsAHeadings() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.",
                "# Guide\n\n[exposed](#srk-exposed), [note](reference.md#footnote-1), [gone](#nowhere)\n\n<a id=\"srk-exposed\"></a>\nExposed keys.\n");
        content.write("skills/guide/reference.md", "# Reference\n\n<a name=\"footnote-1\"></a>1. A note.\n");
        BuildResult result = build(false);
        assertEquals(List.of("broken-anchor"), result.problems().stream().map(Problem::code).toList(), result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("#nowhere"));
        assertTrue(site().text("skills/guide/index.html").contains("id=\"srk-exposed\""), "the sanitised page keeps the id");
    }

    @Test
    void reportsLinksToPagesAndAnchorsThatDoNotExist() {
        Path skill = content.skill("skills/guide", "name: guide\ndescription: A guide.", "# Guide\n\n[gone](nothing.md)\n\n[bad anchor](reference.md#nope)\n");
        content.write("skills/guide/reference.md", "# Reference\n\n## Setup\n");
        BuildResult result = build(false);
        assertEquals(List.of("broken-anchor", "broken-link"), result.problems().stream().map(Problem::code).sorted().toList());
        assertEquals("The link points to #nope, which is not a heading of skills/guide/reference.md.",
                result.problems().stream().filter(p -> p.code().equals("broken-anchor")).findFirst().orElseThrow().message(),
                "it names the file the author edits");
        for (Problem problem : result.problems()) {
            assertEquals(skill, problem.location().file());
            assertEquals(problem.code().equals("broken-link") ? 7 : 9, problem.location().line(), problem.toString());
        }
    }

    @Test
    void aLinkToAFolderLeadsToItsReadmeAsOnGitHubOrElseToWhatItHolds() {
        content.skill("skills/cf", "name: cf\ndescription: Folders.",
                "# CF\n\n[bindings](references/bindings/), [api](references/api), [all](references/), [assets](assets/#logo), [none](empty/)\n");
        content.write("skills/cf/references/bindings/README.md", "# Bindings\n");
        content.write("skills/cf/references/api/index.md", "# API\n");
        content.write("skills/cf/references/notes.md", "# Notes\n");
        content.write("skills/cf/assets/logo.svg", "<svg/>");
        content.write("skills/cf/empty/.keep", "");
        content.write("skills/cf/scripts/run.sh", "echo\n");
        content.write("skills/cf/scripts/README.txt", "Run run.sh.\n");
        content.write("skills/cf/references/notes2.md", "See [the scripts](../scripts/).\n");
        BuildResult result = build(false);
        assertEquals(List.of("references/bindings/readme/index.html", "references/api/index/index.html", "references/api/index/index.html",
                "#sg-files"), site().page("skills/cf/index.html").select(".markdown p a").eachAttr("href"),
                "a folder of pages opens at its first; one of other files at the list of the skill's files");
        assertEquals("../../index.html#sg-files", site().page("skills/cf/references/notes2/index.html").selectFirst(".markdown p a").attr("href"));
        assertEquals(List.of("The link \"empty/\" points to skills/cf/empty, a folder that holds nothing the site publishes, so it was shown as text."),
                result.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aReferencePageListingItsSiblingTopicsLinksTheirFolders() {
        content.skill("skills/cf", "name: cf\ndescription: Cloudflare.", "# CF\n\nSee [agents](references/agents-sdk/).\n");
        content.write("skills/cf/references/agents-sdk/README.md", "# Agents SDK\n\n## See Also\n\n- durable-objects\n- gone-topic\n");
        content.write("skills/cf/references/durable-objects/README.md", "# Durable Objects\n");
        BuildResult result = build(false);
        assertEquals(List.of("gone-topic"), result.missingSkills());
        assertEquals("../../durable-objects/readme/index.html",
                site().page("skills/cf/references/agents-sdk/readme/index.html").selectFirst("#see-also + ul a").attr("href"));
    }

    @Test
    void aPageNamingASubSkillBundledAsAPageBesideItLinksThatPage() {
        content.skill("skills/ios", "name: ios\ndescription: iOS.", "# iOS\n\nSee `skills/intents.md`.\n");
        content.write("skills/ios/skills/intents.md", "# Intents\n\n## Related Skills\n\n- **spotlight** — search\n- **gone-topic**\n");
        content.write("skills/ios/skills/spotlight.md", "# Spotlight\n");
        BuildResult result = build(false);
        assertEquals(List.of("gone-topic"), result.missingSkills());
        assertEquals("../spotlight/index.html", site().page("skills/ios/skills/intents/index.html").selectFirst("#related-skills + ul a").attr("href"));
    }

    @Test
    void saysWhyAFileThatExistsIsNotThereToLinkTo() throws java.io.IOException {
        content.skill("skills/guide", "name: guide\ndescription: A guide.",
                "# Guide\n\n[conventions](../shared/CONVENTIONS.md), [notes](.notes.md), [gone](gone.md), [old](versions/1.0.0/SKILL.md)\n\n"
                        + "[outside](../../../NOTES.md), [nowhere](../../../../DOCS/x.md), [linked](linked.md)\n");
        content.write("skills/shared/CONVENTIONS.md", "# Conventions\n");
        content.write("skills/guide/.notes.md", "# Notes\n");
        content.skill("skills/guide/versions/1.0.0", "name: guide\ndescription: Old.", "Old.\n");
        Path outside = new ContentFixture(dir).write("NOTES.md", "# Notes outside\n");
        Files.createSymbolicLink(dir.resolve("content/skills/guide/linked.md"), outside);
        BuildResult result = build(false);
        assertEquals(List.of(
                        "The link \"../../../../DOCS/x.md\" points outside the content folder, so it leads nowhere on the site; nor is there "
                                + "a file at " + dir.getParent().resolve("DOCS/x.md") + ", so it leads nowhere beside the site either.",
                        "The link \"../../../NOTES.md\" points outside the content folder, so it leads nowhere on the site.",
                        "This symbolic link points outside the content folder (" + outside + "), so it is not published."),
                result.problems().stream().filter(p -> p.code().equals("link-outside-content")).map(Problem::message).toList());
        assertEquals(List.of(
                        "The link \"../shared/CONVENTIONS.md\" points to skills/shared/CONVENTIONS.md, which is in no skill's folder; "
                                + "only skills' files are published, so it was shown as text.",
                        "The link \".notes.md\" points to skills/guide/.notes.md, which the site leaves out, as it does hidden files, "
                                + "what git ignores, backups, installed packages and caches; it was shown as text.",
                        "The link \"gone.md\" points to skills/guide/gone.md, which does not exist; it was shown as text.",
                        "The link \"versions/1.0.0/SKILL.md\" points to skills/guide/versions/1.0.0/SKILL.md, an older version kept as a "
                                + "snapshot, which the skill's history shows rather than a page of its own; it was shown as text.",
                        "The link \"linked.md\" points to skills/guide/linked.md, a symbolic link that the site does not follow, as it "
                                + "leads outside the content folder or nowhere; it was shown as text."),
                result.problems().stream().filter(p -> p.code().equals("broken-link")).map(Problem::message).toList());
    }

    @Test
    void aLinkToAMissingFileSuggestsAPublishedOneWhoseNameIsClose() {
        content.skill("skills/spring", "name: spring\ndescription: Spring.", """
                # Spring

                See [the service](./templates/JwtServiceTemplate.java), [the guide](refrence.md),
                [the notes](templates/notes.md) and [the other](templates/Unrelated.java).
                """);
        content.write("skills/spring/templates/JwtService.java", "class JwtService {}\n");
        content.write("skills/spring/templates/ServiceTemplate.java", "class ServiceTemplate {}\n");
        content.write("skills/spring/reference.md", "# Reference\n");
        content.write("skills/spring/templates/.JwtNotes.md", "hidden\n");
        assertEquals(List.of("Did you mean templates/JwtService.java?", "Did you mean reference.md?",
                        "Fix the path, or add the missing file.", "Fix the path, or add the missing file."),
                build(false).problems().stream().filter(p -> p.code().equals("broken-link")).map(Problem::fix).toList());
    }

    @Test
    void aSkillThatCouldNotBeReadIsReportedOnceNotAgainWhereverItIsLinkedOrNamed() {
        content.skill("skills/alpha", "name: alpha\ndescription: A.\nrelated-skills: [beta]", """
                # Alpha

                See [beta](../beta/SKILL.md), [its reference](../beta/reference.md) and `beta`.

                ## Works Well With

                - beta for the other half
                """);
        content.skill("skills/beta", "name: beta", "# Beta\n");
        content.write("skills/beta/reference.md", "# Reference\n");
        BuildResult result = SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve("out")).withMode(BuildConfig.Mode.CHECK));
        assertEquals(List.of("description-missing"), result.problems().stream().map(Problem::code).toList(), result.problems().toString());
        assertEquals(List.of(), result.missingSkills());
    }

    @Test
    void linksSkillsNamedWithTheirPluginAsClaudeCodePluginsNameThem() {
        content.skill("skills/alpha", "name: alpha\ndescription: A.", """
                # Alpha

                Use superpowers:brainstorming first, then `superpowers:brainstorming` again.
                Never other-plugin:unknown-skill, nor https://example.com/x:y or a time such as 10:30.
                Run /superpowers:brainstorming, or `/superpowers:brainstorming`, but not /usr/lib:brainstorming.
                """);
        content.skill("skills/brainstorming", "name: brainstorming\ndescription: B.", "# Brainstorming\n");
        BuildResult result = build(false);
        assertEquals(List.of(), result.problems(), "a name this site does not have is another plugin's, not missing");
        assertEquals(List.of(), result.missingSkills());
        Document alpha = site().page("skills/alpha/index.html");
        assertEquals(List.of("superpowers:brainstorming", "superpowers:brainstorming", "https://example.com/x:y",
                "/superpowers:brainstorming", "/superpowers:brainstorming"), alpha.select(".markdown a").eachText(),
                "a slash command too, as plugins' skills are run");
        assertEquals(List.of("../brainstorming/index.html", "../brainstorming/index.html"),
                alpha.select(".markdown a").eachAttr("href").subList(0, 2));
        assertEquals("../brainstorming/index.html", alpha.select(".markdown a").last().attr("href"));
    }

    @Test
    void listsAFoldersPagesTogether() {
        content.skill("skills/sot", "name: sot\ndescription: S.", "# Sot\n");
        content.write("skills/sot/references/perspectives/z.md", "# Zeta view\n");
        content.write("skills/sot/references/specialists/a.md", "# Alpha specialist\n");
        content.write("skills/sot/references/perspectives/b.md", "# Beta view\n");
        assertTrue(build(false).success());
        assertEquals(List.of("Sot", "Beta view", "Zeta view", "Alpha specialist"),
                site().page("skills/sot/index.html").select(".sidebar li a").eachText());
    }

    @Test
    void linksASkillNamedInCodeAsItIsRunOrByAHyphenatedName() {
        content.skill("skills/alpha", "name: alpha\ndescription: A.", """
                # Alpha

                Load the `paw-sot` skill, run `/plan` or `$plan`, but not `plan`, `other-thing`, nor `git-log --oneline`.
                """);
        content.skill("skills/paw-sot", "name: paw-sot\ndescription: P.", "# Paw\n");
        content.skill("skills/plan", "name: plan\ndescription: Plans.", "# Plan\n");
        BuildResult result = build(false);
        assertEquals(List.of(), result.problems(), "a name the site does not have is only code");
        Document alpha = site().page("skills/alpha/index.html");
        assertEquals(List.of("paw-sot", "/plan", "$plan"), alpha.select(".markdown a").eachText());
        assertEquals(List.of("../paw-sot/index.html", "../plan/index.html", "../plan/index.html"), alpha.select(".markdown a").eachAttr("href"));
    }

    @Test
    void linksASubSkillNamedInCodeByItsFoldersPath() {
        content.skill("skills/game-development", "name: game-development\ndescription: Routes.", """
                # Game development

                | Target | Sub-skill |
                |---|---|
                | Web | `game-development/web-games` |
                | Mobile | `game-development/mobile-games` |
                | Other | `src/components` |
                | Lint | `tools/lint` |
                """);
        content.skill("skills/game-development/web-games", "name: web-games\ndescription: Web.", "# Web games\n");
        content.skill("skills/tools/lint", "name: lint\ndescription: Lints.", "# Lint\n");
        build(false);
        Document page = site().page("skills/game-development/index.html");
        assertEquals(List.of("game-development/web-games", "tools/lint"), page.select(".markdown td a").eachText(), "only a path the site has");
        assertEquals("web-games/skill/index.html", page.selectFirst(".markdown td a").attr("href"), "a SKILL.md inside a skill is its page");
    }

    @Test
    void linksASkillByItsFolderAndASkillFileInsideAnotherByItsName() {
        content.skill("skills/alpha", "name: alpha\ndescription: A.", """
                # Alpha

                Run `/project-spec`, then `hook-pipeline` and `/redis`, but not `/lib` nor `/shared`.
                """);
        content.skill("skills/project-spec", "name: spec\ndescription: Specs.", "# Spec\n");
        content.skill("skills/safety", "name: safety\ndescription: S.", "# Safety\n");
        content.write("skills/safety/lib/hooks/SKILL.md", "---\nname: Hook Pipeline\ndescription: Hooks.\n---\nRuns hooks.\n");
        content.write("skills/safety/lib/redis/SKILL.md", "---\nname: redis-coordination\n---\n# Redis coordination\n");
        content.write("skills/safety/docs/shared/SKILL.md", "---\nname: shared-a\n---\nA.\n");
        content.write("skills/safety/more/shared/SKILL.md", "---\nname: shared-b\n---\nB.\n");
        BuildResult result = build(false);
        assertEquals(List.of("name-folder", "nested-skill", "nested-skill", "nested-skill", "nested-skill"),
                result.problems().stream().map(p -> p.code()).toList());
        assertEquals(List.of("/project-spec", "hook-pipeline", "/redis"), site().page("skills/alpha/index.html").select(".markdown a").eachText(),
                "a name two pages share names neither");
        assertEquals(List.of("../spec/index.html", "../safety/lib/hooks/skill/index.html", "../safety/lib/redis/skill/index.html"),
                site().page("skills/alpha/index.html").select(".markdown a").eachAttr("href"));
        Document safety = site().page("skills/safety/index.html");
        assertEquals(List.of("Safety", "shared-a", "Hook Pipeline", "Redis coordination", "shared-b"), safety.select(".sidebar li a").eachText(),
                "a skill file inside a skill is a page, titled by its heading, else its name");
    }

    @Test
    void aSkillsFolderNameWinsOverAPageInsideAnotherSkillAndAnAmbiguousNameIsNotMissing() {
        content.skill("skills/alpha", "name: alpha\ndescription: A.\nrelated-skills: [pdf-tools, helper-x]", """
                # Alpha

                Use `pdf-tools`, then `helper-x`.

                ## Works Well With

                - helper-x
                """);
        content.skill("skills/pdf-tools", "name: pdf\ndescription: PDFs.", "# PDF\n");
        content.skill("skills/beta", "name: beta\ndescription: B.", "# Beta\n");
        content.write("skills/beta/a/sub/pdf/SKILL.md", "---\nname: pdf-tools\n---\nInside.\n");
        content.write("skills/beta/a/one/SKILL.md", "---\nname: helper-x\n---\nOne.\n");
        content.write("skills/beta/a/two/SKILL.md", "---\nname: helper-x\n---\nTwo.\n");
        BuildResult result = build(false);
        assertEquals(List.of(), result.missingSkills(), "helper-x is in the site, twice");
        Document alpha = site().page("skills/alpha/index.html");
        assertEquals(List.of("pdf-tools"), alpha.select(".markdown p a").eachText());
        assertEquals("../pdf/index.html", alpha.selectFirst(".markdown p a").attr("href"), "the skill's folder, not the page named so");
        assertEquals(List.of(), alpha.select(".missing-skill").eachText());
    }

    @Test
    void linksRelatedSkillsTheSiteHasAndListsTheOnesItDoesNot() {
        content.skill("skills/alpha", "name: alpha-skill\ndescription: A.\nrelated-skills: [beta-skill, gone-skill]", """
                # Alpha

                ## Works Well With

                - beta-skill for the other half
                - `renamed-skill` for something removed
                """);
        content.skill("skills/beta", "name: beta-skill\ndescription: B.\nmetadata:\n  related-skills: \"alpha-skill, old-skill\"", "# Beta\n");
        BuildResult result = build(false);
        assertTrue(result.success());
        assertEquals(List.of("gone-skill", "old-skill", "renamed-skill"), result.missingSkills());
        Document alpha = site().page("skills/alpha-skill/index.html");
        assertEquals("../beta-skill/index.html", alpha.selectFirst("#works-well-with + ul a").attr("href"));
        assertEquals("renamed-skill (not in this site)", alpha.selectFirst(".markdown .missing-skill").text());
        Element related = alpha.select(".fact").stream().filter(f -> f.selectFirst("dt").text().equals("Related skills")).findFirst().orElseThrow();
        assertEquals("../../skills/beta-skill/index.html", related.selectFirst("a").attr("href"));
        assertEquals("gone-skill (not in this site)", related.selectFirst(".missing-skill").text());
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void linksEverySkillAnItemOfRelatedSkillsOpensWithNotOnlyTheFirst() {
        content.skill("skills/mle", "name: mle\ndescription: ML.", """
                # MLE

                ## Related Skills

                - `python-patterns` and `python-testing` for Python
                - `database-migrations`, `postgres-patterns`, and `gone-io` for data, not `gone-helper`
                """);
        for (String name : List.of("python-patterns", "python-testing", "database-migrations", "postgres-patterns")) {
            content.skill("skills/" + name, "name: " + name + "\ndescription: d", "x\n");
        }
        BuildResult result = build(false);
        assertEquals(List.of("gone-io"), result.missingSkills(), "a name past the list's words is prose, not a list of skills");
        Document mle = site().page("skills/mle/index.html");
        assertEquals(List.of("python-patterns", "python-testing", "database-migrations", "postgres-patterns"),
                mle.select("#related-skills + ul a").eachText());
    }

    @Test
    void resolvesContext7IdsInEveryFormToLibraryPages() {
        Path skill = content.skill("skills/api", """
                name: api-skill
                description: APIs.
                metadata:
                  context7-libraries: ["/fastapi/fastapi", "/websites/react_dev"]
                """, """
                # API

                Uses [FastAPI](/tiangolo/fastapi/v0.115.0) and `/tiangolo/fastapi`.

                ## Context7 Library Mappings

                - tiangolo/fastapi for the framework
                - `/unknown-owner/unknown-lib` - not in the registry

                | Library | Id |
                |---|---|
                | React | /websites/react_dev |

                ```
                get-library-docs("/pydantic/pydantic")
                ```

                ## Links that only look like ids

                [Docs](/en/skills) and ![diagram](/images/x.png).
                """);
        BuildResult result = build(false);
        assertTrue(result.success(), result.problems().toString());
        List<Problem> unknown = result.problems().stream().filter(p -> p.code().equals("unknown-library")).toList();
        assertEquals(List.of(14, 21), unknown.stream().map(p -> p.location().line()).toList(), unknown.toString());
        assertTrue(unknown.stream().allMatch(p -> p.location().file().equals(skill)));

        Document page = site().page("skills/api-skill/index.html");
        assertEquals(List.of("../../libraries/tiangolo/fastapi/index.html", "../../libraries/tiangolo/fastapi/index.html",
                "../../libraries/tiangolo/fastapi/index.html", "../../libraries/unknown-owner/unknown-lib/index.html",
                "../../libraries/websites/react_dev/index.html", "/en/skills"), page.select(".markdown a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("/images/x.png", page.selectFirst(".markdown img").attr("src"), "left alone");
        assertTrue(page.selectFirst(".markdown pre").text().contains("/pydantic/pydantic"), "code stays code");

        Document fastapi = site().page("libraries/tiangolo/fastapi/index.html");
        assertEquals("FastAPI", fastapi.selectFirst("h1").text());
        assertEquals("Fast APIs.", fastapi.selectFirst(".lead").text());
        List<String> links = fastapi.select(".facts a").eachAttr("href");
        assertTrue(links.containsAll(List.of("https://context7.com/tiangolo/fastapi", "https://context7.com/tiangolo/fastapi/llms.txt",
                "https://fastapi.tiangolo.com/", "https://github.com/tiangolo/fastapi")), links.toString());
        assertEquals("v0.115.0", fastapi.select(".fact").stream().filter(f -> f.text().startsWith("Versions")).findFirst().orElseThrow()
                .selectFirst("code").text());
        List<String> places = fastapi.select(".uses a").eachAttr("href");
        assertTrue(places.contains("../../../skills/api-skill/index.html#context7-library-mappings"), places.toString());

        Document react = site().page("libraries/websites/react_dev/index.html");
        assertNull(react.selectFirst("a[href^=https://github.com]"), "websites/ ids are not GitHub repositories");
        Document pydantic = site().page("libraries/pydantic/pydantic/index.html");
        assertTrue(pydantic.selectFirst(".uses").text().contains("(code)"), "a use in code is listed, marked as code");
        Document unknownLib = site().page("libraries/unknown-owner/unknown-lib/index.html");
        assertTrue(unknownLib.text().contains("not in this site's registry"));
        assertEquals(List.of("/pydantic/pydantic", "/tiangolo/fastapi", "/unknown-owner/unknown-lib", "/websites/react_dev"),
                site().page("libraries/index.html").select("tbody code").eachText());

        assertFalse(build(true).success(), "strict mode fails on ids the registry does not know");
    }

    @Test
    void linksAnIdTheSkillDeclaresThoughTheRegistryDoesNotKnowIt() {
        content.skill("skills/web-skill", """
                name: web-skill
                description: Web apps.
                metadata:
                  context7-libraries: "/vercel/next.js"
                """, """
                # Web

                Read [Next.js](/vercel/next.js/v14.3.0) first; [other](/vercel/swr) is not declared.
                """);
        BuildResult result = build(false);
        assertEquals(List.of("root-link", "unknown-library"), result.problems().stream().map(Problem::code).sorted().toList(),
                result.problems().toString());
        assertEquals(5, result.problems().stream().filter(p -> p.code().equals("unknown-library")).findFirst().orElseThrow().location().line(),
                "the line of context7-libraries, under metadata:");
        assertEquals(List.of("../../libraries/vercel/next.js/index.html", "/vercel/swr"),
                site().page("skills/web-skill/index.html").select(".markdown a").eachAttr("href"));
    }

    @Test
    void buildsSiteWideListsOfCategoriesToolsAndKeywords() {
        content.skill("skills/a", "name: a-skill\ndescription: A.\nallowed-tools: Read Bash\nmetadata:\n  category: language\n"
                + "triggers:\n  keywords: [python, py, snake]", "x\n");
        content.skill("skills/b", "name: b-skill\ndescription: B.\nallowed-tools: [Read]\nmetadata:\n  category: domain\n"
                + "triggers:\n  keywords: [python]", "x\n");
        assertTrue(build(false).success());
        Document tools = site().page("tools/index.html");
        assertEquals(List.of("a-skill", "b-skill"), tools.select("section:has(#read) ul a").eachText());
        assertEquals(List.of("a-skill"), tools.select("section:has(#bash) ul a").eachText());
        assertEquals(List.of("language"), site().page("categories/index.html").select("#language").eachText());
        Document keywords = site().page("keywords/index.html");
        assertEquals(List.of("py · snake", "python"), keywords.select(".catalog-entry h2").eachText(),
                "keywords that bring up the same skills share a section, each keeping its anchor");
        assertEquals(List.of("a-skill"), keywords.select("section:has(#snake) ul a").eachText());
        assertEquals(List.of("a-skill", "b-skill"), keywords.select("section:has(#python) ul a").eachText());
        Document a = site().page("skills/a-skill/index.html");
        assertEquals("../../tools/index.html#bash", a.selectFirst(".fact a[href$=#bash]").attr("href"));
        assertEquals(List.of(), site().brokenLinks());
    }

    @Test
    void aPageNamedOnItselfIsNotLinkedToItself() {
        content.skill("skills/guide", "name: guide\ndescription: A guide.", "# Guide\n\nSave edits to the installed SKILL.md; see reference.md.\n");
        content.write("skills/guide/reference.md", "# Reference\n\nBack to SKILL.md, or `reference.md` again.\n");
        assertTrue(build(false).success());
        assertEquals(List.of("reference.md"), site().page("skills/guide/index.html").select(".markdown p a").eachText());
        assertEquals(List.of("SKILL.md"), site().page("skills/guide/reference/index.html").select(".markdown p a").eachText());
    }

    @Test
    void aSkillNamedOnItsOwnPageIsNotLinkedToItself() {
        content.skill("skills/x-markdown", "name: x-markdown\ndescription: Renders Markdown.", "# X\n\nUse `x-markdown` with `x-chat`.\n");
        content.skill("skills/x-chat", "name: x-chat\ndescription: Chats.", "# Chat\n\nPairs with `x-markdown`.\n");
        assertTrue(build(false).success());
        assertEquals(List.of("x-chat"), site().page("skills/x-markdown/index.html").select(".markdown p a").eachText());
        assertEquals(List.of("x-markdown"), site().page("skills/x-chat/index.html").select(".markdown p a").eachText());
    }

    @Test
    void resolvesTheSeedSkillsLibrariesAndShowsItsMissingSkills() {
        BuildResult result = SiteGenerator.generate(BuildConfig.of(ContentFixture.REPOSITORY_CONTENT, dir.resolve("out")));
        assertTrue(result.success(), result.problems().toString());
        Document skill = site().page("skills/moai-lang-python/index.html");
        assertEquals(List.of("tiangolo/fastapi", "django/django", "pydantic/pydantic", "sqlalchemy/sqlalchemy", "pytest-dev/pytest",
                "numpy/numpy", "pandas-dev/pandas", "pola-rs/polars"), skill.select("#context7-library-mappings + ul a").eachText());
        for (String href : skill.select("#context7-library-mappings + ul a").eachAttr("href")) {
            assertTrue(href.startsWith("../../libraries/"), href);
        }
        assertEquals(5, skill.select("#works-well-with + ul .missing-skill").size());
        assertEquals(List.of("moai-domain-backend", "moai-domain-database", "moai-essentials-debug", "moai-foundation-quality",
                "moai-workflow-testing"), result.missingSkills());
        assertEquals("reference/index.html", skill.select(".markdown a:not(.heading-anchor)").stream().filter(a -> a.text().equals("reference.md"))
                .findFirst().orElseThrow().attr("href"), "a plain-text mention of reference.md links to the page");
        assertEquals(List.of(), site().brokenLinks(), "no link leads to the site root or nowhere");
    }
}
