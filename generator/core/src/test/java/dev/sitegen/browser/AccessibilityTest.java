package dev.sitegen.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core finds no violations on every kind of page, in both themes, at desktop and phone widths. */
class AccessibilityTest {

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open();
        Path content = dir.resolve("content");
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content);
        ContentFixture.copyTree(ContentFixture.CORPUS, content.resolve("skills"));
        server = ServedSite.build(BuildConfig.of(content, dir.resolve("out"))
                .withBaseUrl("https://owner.github.io/repo/").withRepositoryUrl("https://github.com/owner/repo"));
    }

    @Test
    void findsAViolationWhenThereIsOne() {
        var driver = browser.driver();
        driver.get(server.url().resolve("index.html").toString());
        driver.executeScript("var i = document.createElement('img'); i.src = 'x.png'; document.querySelector('main').appendChild(i);");
        assertTrue(new AxeBuilder().analyze(driver).getViolations().stream().anyMatch(v -> v.getId().equals("image-alt")));
    }

    @ParameterizedTest(name = "search results open ({0})")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
    void hasNoViolationsWithSearchResultsOpen(String theme) {
        var driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url().resolve("skills/moai-lang-python/index.html").toString());
        driver.executeScript("document.documentElement.dataset.theme = arguments[0];", theme);
        driver.findElement(org.openqa.selenium.By.id("sg-search")).sendKeys("pydantic");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".search-result")).isEmpty());
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
        assertEquals("", violations.stream().map(v -> v.getId() + ": " + v.getHelp()).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0} ({1}, {2} px)")
    @CsvSource({
        "index.html, light, 1280", "index.html, dark, 1280", "index.html, dark, 390",
        "skills/moai-lang-python/index.html, light, 1280", "skills/moai-lang-python/index.html, dark, 1280",
        "skills/moai-lang-python/index.html, light, 390",
        "skills/moai-lang-python/reference/index.html, light, 1280", "skills/moai-lang-python/reference/index.html, dark, 1280",
        "skills/moai-lang-python/history/index.html, light, 1280", "skills/moai-lang-python/history/index.html, dark, 1280",
        "skills/moai-lang-python/history/1.1.0/index.html, light, 1280", "skills/moai-lang-python/history/1.1.0/index.html, dark, 1280",
        "skills/moai-lang-python/v/1.0.0/index.html, light, 1280", "skills/moai-lang-python/v/1.0.0/index.html, dark, 1280",
        "libraries/tiangolo/fastapi/index.html, light, 1280", "libraries/tiangolo/fastapi/index.html, dark, 1280",
        "libraries/index.html, light, 1280", "tags/index.html, dark, 1280", "tools/index.html, light, 1280",
        "skills/brainstorming/index.html, dark, 1280", "skills/brainstorming/index.html, light, 390",
        "no/such/page/, light, 1280", "search/index.html?q=pydantic, light, 1280", "search/index.html?q=pydantic, dark, 390",
    })
    void hasNoAccessibilityViolations(String page, String theme, int width) {
        var driver = browser.driver();
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(server.url().resolve(page).toString());
        driver.executeScript("document.documentElement.dataset.theme = arguments[0];", theme);
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        List<Rule> violations = results.getViolations();
        assertEquals("", violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                + v.getNodes().stream().limit(5).map(n -> n.getTarget() + " " + n.getFailureSummary())
                .collect(Collectors.joining("\n    "))).collect(Collectors.joining("\n")));
    }
}
