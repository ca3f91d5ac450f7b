package dev.sitegen.markdown;

import dev.sitegen.render.ThemeText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The references skills write as plain text, through a policy that knows a few pages, skills and libraries. */
class PageWalkTest {

    /** Knows reference.md, the skills "known-skill" and "delta" and the library /tiangolo/fastapi; records what it is asked. */
    private static final class Recorder implements LinkPolicy {
        final List<String> asked = new ArrayList<>();

        @Override
        public LinkTarget resolve(String url, boolean image, int line) {
            asked.add("resolve " + url + " @" + line);
            return LinkTarget.KEEP;
        }

        @Override
        public Optional<String> mentionedPage(String path, int line) {
            return path.startsWith("reference.md") ? Optional.of("reference/index.html" + path.substring("reference.md".length())) : Optional.empty();
        }

        @Override
        public Optional<String> skill(String name, int line) {
            asked.add("skill " + name + " @" + line);
            return name.equals("known-skill") || name.equals("delta") ? Optional.of("../" + name + "/index.html") : Optional.empty();
        }

        @Override
        public boolean missingSkill(String name, int line) {
            asked.add("missing " + name + " @" + line);
            return true;
        }

        @Override
        public Optional<String> library(String id, Section section, boolean expected, int line) {
            asked.add("library " + id + (expected ? " expected" : "") + " in " + section.title() + " @" + line);
            return id.startsWith("/tiangolo/fastapi") || expected ? Optional.of("lib" + id + "/index.html") : Optional.empty();
        }

        @Override
        public void libraryInCode(String id, Section section, int line) {
            asked.add("code " + id + " in " + section.title() + " @" + line);
        }
    }

    private final Recorder policy = new Recorder();

    private Document convert(String markdown) {
        return Jsoup.parseBodyFragment(new MarkdownConverter(ThemeText.english().wording()).convert(markdown, 1, policy).html());
    }

    @Test
    void linksPagesNamedInPlainTextAndInCode() {
        Document doc = convert("""
                See:

                - reference.md for complete reference documentation
                - examples.md for examples
                - `reference.md#setup` for setup

                A [link to reference.md](other.md) stays as written.

                ```
                reference.md in code stays code
                ```
                """);
        assertEquals(List.of("reference/index.html", "reference/index.html#setup", "other.md"), doc.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("reference.md", doc.select("a:not(.heading-anchor)").get(0).text());
        assertEquals("reference.md#setup", doc.selectFirst("a code").text());
        assertTrue(doc.text().contains("examples.md for examples"), "a page that does not exist stays text");
    }

    @Test
    void linksRelatedSkillsAndMarksTheMissingOnes() {
        Document doc = convert("""
                ## Works Well With

                - known-skill for things
                - moai-domain-backend for REST APIs
                  - Best for: microservices
                - `moai-domain-database` — ORM patterns

                ## Elsewhere

                - another-skill is just text here
                """);
        assertEquals(List.of("../known-skill/index.html"), doc.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals(List.of("moai-domain-backend (not in this site)", "moai-domain-database (not in this site)"),
                doc.select(".missing-skill").eachText());
        assertEquals(List.of("skill known-skill @3", "skill moai-domain-backend @4", "missing moai-domain-backend @4",
                "skill moai-domain-database @6", "missing moai-domain-database @6"), policy.asked);
    }

    @Test
    void linksRelatedSkillsInBoldOrOfOneWordAndMarksTheMissingOnesThatAreSurelyNames() {
        Document doc = convert("""
                ## Related Skills

                - **known-skill** - bold, as many lists set names
                - **missing-two** — bold and not in the site
                - delta for changes
                - `gamma` for other things
                - **beta** — a word alone, in bold
                - see the others below
                """);
        assertEquals(List.of("../known-skill/index.html", "../delta/index.html"), doc.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("known-skill", doc.selectFirst("strong a").text(), "the link inside the bold text");
        assertEquals(List.of("missing-two (not in this site)", "gamma (not in this site)", "beta (not in this site)"),
                doc.select(".missing-skill").eachText());
        assertTrue(policy.asked.contains("skill see @8") && !policy.asked.contains("missing see @8"),
                "a plain word is linked if the site has such a skill, never marked missing: " + policy.asked);
    }

    @Test
    void asksOfEachLinkInABlockOfHtmlAtItsOwnLine() {
        convert("""
                Text.

                <p align="center">
                  <a href="one.md">One</a>
                  <img src="two.png">
                </p>
                """);
        assertTrue(policy.asked.containsAll(List.of("resolve one.md @4", "resolve two.png @5")), policy.asked.toString());
    }

    @Test
    void linksContext7IdsInEveryFormSkillsUse() {
        Document doc = convert("""
                ## Context7 Library Mappings

                - tiangolo/fastapi for FastAPI
                - [Django](/django/django): web framework
                - `/pydantic/pydantic` - data validation

                | Library | Id |
                |---|---|
                | SQLAlchemy | /sqlalchemy/sqlalchemy |

                ```
                resolve("/pytest-dev/pytest")
                numpy/numpy
                ```

                ## Elsewhere

                Known ids link anywhere: `/tiangolo/fastapi` and /tiangolo/fastapi/v0.115.
                Others are left alone: [docs](/en/skills), ![x](/images/x.png), `/some/path`.
                """);
        assertEquals(List.of("lib/tiangolo/fastapi/index.html", "lib/django/django/index.html", "lib/pydantic/pydantic/index.html",
                "lib/sqlalchemy/sqlalchemy/index.html", "lib/tiangolo/fastapi/index.html", "lib/tiangolo/fastapi/v0.115/index.html",
                "/en/skills"), doc.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("/images/x.png", doc.selectFirst("img").attr("src"));
        assertTrue(doc.selectFirst("pre code").text().contains("/pytest-dev/pytest"), "ids in code stay code");
        assertTrue(policy.asked.contains("code /pytest-dev/pytest in Context7 Library Mappings @12"), policy.asked.toString());
        assertTrue(policy.asked.contains("code /numpy/numpy in Context7 Library Mappings @13"), policy.asked.toString());
        assertTrue(policy.asked.contains("resolve /en/skills @19"), policy.asked.toString());
        assertTrue(policy.asked.contains("library /some/path in Elsewhere @19"), "asked, and refused: " + policy.asked);
        assertEquals(1, policy.asked.stream().filter(a -> a.startsWith("library /sqlalchemy")).count(), "asked once: " + policy.asked);
    }
}
