package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search as a reader uses it, in a real browser, on a site served under a sub-path. */
class SearchTest {

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;
    private ChromeDriver driver;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open();
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content.root());
        ContentFixture.copyTree(ContentFixture.CORPUS, content.root().resolve("skills"));
        content.skill("skills/korean-guide", "name: korean-guide\ndescription: 한국어 안내.", """
                # 한국어 안내

                ## 파이썬 개발 전문가

                파이썬 개발 전문가를 위한 안내입니다.
                """);
        content.skill("skills/japanese-guide", "name: japanese-guide\ndescription: 日本語の案内。", """
                # 日本語の案内

                ## 手順

                この節は、検索の保存内容が結果のために残す長さを十分に超えるまで、ありふれた言葉で始まります。まず道具を用意し、次に作業場所を整え、それから材料を順番に並べていきます。終わり近くになってようやく、入力データを検証する方法を説明します。そのあとも、しばらく文章が続きます。
                """);
        content.skill("skills/garden-guide", "name: garden-guide\ndescription: Use for horticulture: flowers, planted in order.", """
                # Garden guide

                ## Planting

                This section opens with enough ordinary words to fill the start of its text well past what the
                search store keeps of a section for its result, and only then, near its end, names the
                zygomorphic flowers the gardener configured last spring. It goes on for a while after that,
                long enough that the words around the match are not the whole section either.
                """);
        content.write("skills/garden-guide/care.md", "# Pruning roses\n\nCut them back in early spring.\n");
        content.skill("skills/cloud-account", "name: cloud-account\ndescription: Use when the user manages their cloud account, its "
                + "billing, usage and limits, its members and roles, and when they ask to regenerate an API key.", """
                # Cloud account

                Sign in first.

                ## Queries

                Load related rows in one query to avoid the N+1 problem.
                """);
        content.write("skills/garden-guide/tools.md", """
                # Garden tools

                ## Which to use

                This section opens with enough ordinary words to fill the start of its text well past what the
                search store keeps of a section for its result, so that a match in the table below it is shown
                from the page itself, as the reader would find it there, cell by cell.

                | Need | Tool | Maker |
                | --- | --- | --- |
                | Trimming | Hedge shears | Fiskars |
                """);
        server = ServedSite.build(BuildConfig.of(content.root(), dir.resolve("out")));
    }

    @BeforeEach
    void home() {
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url().resolve("skills/brainstorming/index.html").toString());
        browser.consoleErrors();
    }

    private WebElement box() {
        return driver.findElement(By.id("sg-search"));
    }

    private List<WebElement> results() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#sg-search-results .search-result"));
            return found.isEmpty() ? null : found;
        });
    }

    private void type(String query) {
        box().click();
        box().clear();
        box().sendKeys(query);
    }

    @Test
    void loadsNothingUntilTheBoxIsFocused() {
        assertEquals("undefined", driver.executeScript("return typeof lunr"), "lunr is not loaded with the page");
        box().click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "object".equals(((ChromeDriver) d).executeScript("return typeof sitegenSearch")));
    }

    @Test
    void saysSearchIsLoadingUntilTheIndexHasCome() {
        // The worker that reads the index answers a second and a half late, as on a large site.
        driver.executeScript("var Real = window.Worker; window.Worker = function (url) {"
                + " var real = new Real(url), late = this;"
                + " real.onmessage = function (e) { setTimeout(function () { late.onmessage(e); }, 1500); };"
                + " real.onerror = function (e) { late.onerror(e); };"
                + " this.postMessage = function (m) { real.postMessage(m); }; this.terminate = function () { real.terminate(); }; };");
        type("pyd");
        WebElement list = driver.findElement(By.id("sg-search-results"));
        new WebDriverWait(driver, Duration.ofSeconds(1)).until(d -> list.getText().equals("Loading search\u2026"));
        assertTrue(results().get(0).getText().contains("Pydantic"), "then the results replace it");
    }

    @Test
    void readsTheIndexOffThePagesThreadSoTheBoxStaysResponsive() {
        type("pyd");
        assertTrue(results().get(0).getText().contains("Pydantic"));
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertTrue(fetched.stream().anyMatch(url -> url.contains("search-worker")), fetched.toString());
        assertTrue(fetched.stream().noneMatch(url -> url.contains("search/index.json") || url.contains("search/store.json")),
                "the worker fetches and reads the index and the store, not the page: " + fetched);
    }

    @Test
    void findsPartialWordsAndOpensTheSectionAtItsAnchor() {
        type("pyd");
        WebElement first = results().get(0);
        assertTrue(first.getText().contains("Pydantic"), first.getText());
        assertTrue(first.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().toLowerCase().startsWith("pyd")),
                "the matched words are marked");
        String href = first.getAttribute("href");
        assertTrue(href.startsWith(server.url().toString()) && href.contains("#"), href);
        box().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
        String anchor = href.substring(href.indexOf('#') + 1);
        assertFalse(driver.findElements(By.id(anchor)).isEmpty(), "the section's anchor is on the page");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void ranksTitlesAndHeadingsAboveText() {
        type("troubleshooting");
        WebElement first = results().get(0);
        assertTrue(first.findElement(By.className("search-result-where")).getText().contains("Troubleshooting"), first.getText());
    }

    @Test
    void namesAFurtherPageOnceInItsResult() {
        type("pruning");
        assertEquals("garden-guide › Pruning roses",
                results().get(0).findElement(By.className("search-result-where")).getText());
    }

    @Test
    void findsASkillByTheWordsOfItsDescription() {
        type("horticulture");
        WebElement first = results().get(0);
        assertTrue(first.getAttribute("href").endsWith("skills/garden-guide/index.html"), first.getAttribute("href"));
        assertEquals("horticulture", first.findElement(By.tagName("mark")).getText().toLowerCase());
    }

    @Test
    void prefersSectionsWithEveryWord() {
        type("pydantic valid");
        firstResult(first -> first.contains("Pydantic") && first.contains("Valid"));
        type("pydantic nosuchwordanywhere");
        firstResult(first -> first.contains("Pydantic"));
    }

    /** The first result once it is one that {@code expected} accepts; the list is redrawn as each letter typed is searched. */
    private String firstResult(Predicate<String> expected) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> results().stream().findFirst().map(WebElement::getText).filter(expected).orElse(null));
    }

    @Test
    void answersTheKeyboard() {
        driver.findElement(By.tagName("body")).click();
        new Actions(driver).sendKeys("/").perform();
        assertEquals("sg-search", driver.switchTo().activeElement().getAttribute("id"), "/ focuses the box");
        driver.findElement(By.tagName("h1")).click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        assertEquals("sg-search", driver.switchTo().activeElement().getAttribute("id"), "Ctrl+K focuses the box");
        box().sendKeys("fastapi");
        List<WebElement> found = results();
        assertTrue(found.size() > 1);
        box().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("true", found.get(1).getAttribute("aria-selected"));
        assertEquals(found.get(1).getAttribute("id"), box().getAttribute("aria-activedescendant"));
        box().sendKeys(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("sg-search-results")).isDisplayed(), "Esc closes the results");
    }

    @Test
    void neverFailsOnWhatReadersType() {
        for (String query : new String[] {"foo:", "+-", "*", "\"", "~", "^", "title:", "((", "-", "+pyd -", "a~9", "*:*"}) {
            type(query);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("sg-search-results")).isDisplayed());
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void findsKoreanText() {
        type("파이썬");
        assertTrue(results().get(0).getText().contains("파이썬 개발 전문가"), results().get(0).getText());
    }

    @Test
    void findsAndMarksJapaneseWordsInsideSentences() {
        type("データを検証");
        WebElement first = results().get(0);
        assertTrue(first.getText().contains("japanese-guide › 手順"), first.getText());
        WebElement snippet = first.findElement(By.className("search-result-snippet"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> marks(snippet).contains("データを検証"));
        assertTrue(snippet.getText().startsWith("…") && snippet.getText().contains("入力データを検証する方法"), snippet.getText());
        type("検");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> results().get(0).getText().contains("japanese-guide")
                && marks(results().get(0).findElement(By.className("search-result-snippet"))).contains("検"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static List<String> marks(WebElement result) {
        return result.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void showsTheWordsAroundAMatchFarIntoItsSection() {
        type("zygomorphic");
        WebElement first = results().get(0);
        WebElement snippet = first.findElement(By.className("search-result-snippet"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> marks(snippet).contains("zygomorphic"));
        String text = snippet.getText();
        assertTrue(text.startsWith("…") && text.endsWith("…") && text.contains("names the zygomorphic flowers"), text);
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Each shows the first result's text where it says the word, and marks it there. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            planting zygomorphic | zygomorphic | a word the result's title does not explain, where the text says it
            regenerate           | regenerate  | a word far into a skill's description
            zygomorpic           | zygomorphic | the word a misspelt query found
            N+1                  | N+1         | a word with a sign inside
            """)
    void showsAndMarksInTheFirstResult(String query, String marked, String what) {
        type(query);
        WebElement snippet = results().get(0).findElement(By.className("search-result-snippet"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> marks(snippet).contains(marked));
    }

    @Test
    void saysAMisspeltQuerysResultsMatchWordsLikeItNotIt() {
        type("zygomorpic");
        results();
        assertEquals("No section matches \u201czygomorpic\u201d; these match words like it.",
                driver.findElement(By.cssSelector("#sg-search-results .search-empty")).getText());
        type("zygomorphic");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#sg-search-results .search-empty")).isEmpty());
    }

    @Test
    void showsTheCellsOfATableFarIntoItsSectionAsWordsApart() {
        type("fiskars");
        WebElement snippet = results().get(0).findElement(By.className("search-result-snippet"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> marks(snippet).contains("Fiskars"));
        assertTrue(snippet.getText().contains("Need Tool Maker Trimming Hedge shears Fiskars"), snippet.getText());
    }

    @Test
    void marksWordsThatMatchedThroughTheirStem() {
        type("zygomorphic configuring");
        WebElement snippet = results().get(0).findElement(By.className("search-result-snippet"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> marks(snippet).containsAll(List.of("zygomorphic", "configured")));
        assertFalse(marks(snippet).contains("the"), "stop words found nothing, so they are not marked: " + marks(snippet));
    }

    @Test
    void leadsFromTheBoxToEveryResultWhenItShowsOnlySome() {
        type("skill");
        assertEquals(10, results().size());
        WebElement all = driver.findElement(By.cssSelector("#sg-search-results .search-all"));
        assertEquals("All results for \u201cskill\u201d", all.getText());
        assertTrue(all.getAttribute("href").endsWith("search/?q=skill"), all.getAttribute("href"));
        type("zygomorphic");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#sg-search-results .search-result")).size() == 1);
        assertTrue(driver.findElements(By.cssSelector("#sg-search-results .search-all")).isEmpty(), "one result is all of them");
    }

    @Test
    void opensTheResultsUnderTheBoxOnAPhoneHoweverTallTheHeader() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.url().resolve("skills/brainstorming/index.html").toString());
        driver.executeScript("document.querySelector('.site-title').textContent = 'Everything Claude Code, a collection of skills'");
        type("pydantic");
        results();
        double boxBottom = ((Number) driver.executeScript("return document.getElementById('sg-search').getBoundingClientRect().bottom")).doubleValue();
        double listTop = ((Number) driver.executeScript("return document.getElementById('sg-search-results').getBoundingClientRect().top")).doubleValue();
        assertTrue(listTop >= boxBottom, "the list at " + listTop + " would cover the box, which ends at " + boxBottom);
    }

    @Test
    void theSearchPageShowsTheSameResultsAndCanBeShared() {
        driver.get(server.url().resolve("search/index.html?q=pydantic").toString());
        List<WebElement> found = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#sg-search-page-results .search-result"));
            return r.isEmpty() ? null : r;
        });
        assertTrue(found.get(0).getText().contains("Pydantic"), found.get(0).getText());
        assertEquals("pydantic", driver.findElement(By.id("sg-search-page-input")).getAttribute("value"));
        driver.get(server.url().resolve("search/index.html?q=zygomorphic").toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#sg-search-page-results .search-result-snippet mark"))
                .stream().anyMatch(m -> m.getText().equals("zygomorphic")));
        assertEquals("1 section matches \u201czygomorphic\u201d.", driver.findElement(By.id("sg-search-status")).getText());
        driver.get(server.url().resolve("search/index.html?q=zigomorphic").toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("sg-search-status")).getText().startsWith("No section"));
        assertEquals("No section matches \u201czigomorphic\u201d; 1 section matches a word like it.",
                driver.findElement(By.id("sg-search-status")).getText(), "a misspelt query's results are not said to match it");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void saysItNeedsTheSiteServedWhenThePageIsOpenedFromDisk() {
        driver.get(dir.resolve("out/skills/brainstorming/index.html").toUri().toString());
        type("debug");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("sg-search-results")).getText().contains("Search needs the site served, not opened from disk"));
    }
}
