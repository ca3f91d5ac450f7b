package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
import dev.sitegen.problem.Problems;
import dev.sitegen.render.ThemeText;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site whose site.yaml says it is in Japanese, as a reader sees it: the theme's words are Japanese, the scripts' too. */
class LocalizedSiteTest {

    private static final ThemeText JAPANESE = ThemeText.load("ja", null, new Problems());

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open();
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content.root());
        content.write("site.yaml", "title: スキル集\nlanguage: ja\n");
        content.skill("skills/kensho", "name: kensho\ndescription: 入力データを検証する。", """
                # 検証

                > [!WARNING]
                > 本番のデータでは試さないこと。

                ## 手順

                ```bash
                kensho run
                ```
                """);
        server = ServedSite.build(BuildConfig.of(content.root(), dir.resolve("out")));
    }

    private ChromeDriver open(String path) {
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url().resolve(path).toString());
        return driver;
    }

    @Test
    void theThemesWordsAroundTheContentAreInTheSitesLanguage() {
        ChromeDriver driver = open("skills/kensho/index.html");
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(JAPANESE.get("on-this-page"), driver.findElement(By.cssSelector(".toc-title")).getText());
        assertEquals(JAPANESE.get("skills"), driver.findElement(By.cssSelector(".site-nav a")).getText());
        assertEquals(JAPANESE.get("search-placeholder"), driver.findElement(By.id("sg-search")).getAttribute("placeholder"));
        assertEquals(JAPANESE.get("warning"), driver.findElement(By.cssSelector(".markdown-alert-title")).getText(),
                "an alert in the page's Markdown is titled in the site's language too");
        assertEquals(JAPANESE.get("copy"), driver.findElement(By.cssSelector(".copy-button")).getText(), "as the scripts say it");
        assertTrue(driver.findElement(By.cssSelector(".site-footer")).getText().contains(JAPANESE.get("built-with")));
        assertEquals(JAPANESE.format("skill-count", Map.of("count", 5000)),
                driver.executeScript("return siteGenText('skill-count', {count: 5000})"), "the scripts write numbers as the build does");
    }

    @Test
    void aCopyButtonWhoseWordIsLongNeverCoversTheCodesLanguage() {
        ChromeDriver driver = open("skills/kensho/index.html");
        driver.manage().window().setSize(new Dimension(390, 844));
        WebElement button = driver.findElement(By.cssSelector(".copy-button"));
        driver.executeScript("arguments[0].textContent = arguments[1]", button, JAPANESE.get("copied"));
        Number labelRight = (Number) driver.executeScript("var pre = arguments[0].parentNode, label = getComputedStyle(pre, '::before');"
                + " var pen = document.createElement('canvas').getContext('2d'); pen.font = label.fontSize + ' ' + label.fontFamily;"
                + " var left = label.left === 'auto' ? pre.getBoundingClientRect().right - parseFloat(label.right) - pen.measureText(label.content).width"
                + " : pre.getBoundingClientRect().left + parseFloat(label.left);"
                + " return left + pen.measureText(label.content.replace(/\"/g, '')).width;", button);
        assertTrue(labelRight.doubleValue() < button.getRect().getX(),
                "the language ends at " + labelRight + ", the button starts at " + button.getRect().getX());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skills/kensho/index.html", "skills/moai-lang-python/history/1.1.0/index.html"})
    void searchSaysWhatItFoundInTheSitesLanguage(String page) {
        ChromeDriver driver = open(page);
        WebElement box = driver.findElement(By.id("sg-search"));
        box.click();
        box.sendKeys("zzqxv");
        WebElement list = driver.findElement(By.id("sg-search-results"));
        String none = JAPANESE.format("no-match", Map.of("query", "zzqxv"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> list.getText().equals(none));
    }

    @Test
    void aLibrarysCountOfSkillsIsLabelledInTheSitesLanguageOnAPhone() {
        ChromeDriver driver = open("libraries/index.html");
        driver.manage().window().setSize(new Dimension(390, 844));
        WebElement count = driver.findElement(By.cssSelector(".library-table td:last-child"));
        assertEquals("\"" + JAPANESE.get("skills") + ": \"",
                driver.executeScript("return getComputedStyle(arguments[0], '::before').content", count));
    }

    @Test
    void theHistoryPagesComparisonIsInTheSitesLanguage() {
        ChromeDriver driver = open("skills/moai-lang-python/history/index.html");
        assertEquals(JAPANESE.get("history"), driver.findElement(By.tagName("h1")).getText());
        String summary = driver.findElement(By.cssSelector(".version-summary")).getText();
        assertTrue(summary.contains(JAPANESE.get("summary-parts")) && !summary.contains(";"), "its parts joined as Japanese joins them: " + summary);
        new Select(driver.findElement(By.name("from"))).selectByValue("1.0.0");
        new Select(driver.findElement(By.name("to"))).selectByValue("1.1.0");
        driver.findElement(By.cssSelector("#sg-compare button")).click();
        WebElement heading = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#sg-compare-result h2")).stream().findFirst().orElse(null));
        assertEquals(JAPANESE.format("compared", Map.of("from", "1.0.0", "to", "1.1.0")), heading.getText());

        driver = open("skills/moai-lang-python/history/1.1.0/index.html");
        assertTrue(driver.findElements(By.cssSelector(".field-changes th[scope=row]")).stream().map(WebElement::getText).toList()
                .containsAll(List.of(JAPANESE.get("fact-version"), JAPANESE.get("fact-description"))), "its fields labelled as the panel labels them");
    }
}
