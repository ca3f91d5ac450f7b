package dev.sitegen.browser;

import dev.sitegen.HostileCases;
import dev.sitegen.ServedSite;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site built from every hostile case runs none of the script its authors wrote: each page is
 * opened in Chromium, and the search shows hostile text, and no payload has run.
 */
class HostileSiteBrowserTest {

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;
    private static List<String> pages;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open();
        Path site = dir.resolve("site-output");
        assertTrue(HostileCases.buildSite(dir.resolve("content"), site).success());
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
        server = ServedSite.serve(site, URI.create(HostileCases.BASE_URL).getPath());
    }

    private static void assertNothingRan(String where) {
        ChromeDriver driver = browser.driver();
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), where + ": an alert is open");
        assertEquals(null, driver.executeScript("return window.sgPwned"), where + ": a payload ran");
        assertNotEquals("PWNED", driver.getTitle(), where);
    }

    @Test
    void noPageRunsItsAuthorsScript() {
        assertTrue(pages.size() > 40, "the hostile site has a page per case: " + pages);
        for (String page : pages) {
            browser.driver().get(server.url().resolve(page).toString());
            assertNothingRan(page);
        }
    }

    @Test
    void searchResultsShowHostileTextAsText() {
        ChromeDriver driver = browser.driver();
        for (String query : List.of("onerror", "script", "injected", "PWNED")) {
            driver.get(server.url().resolve("search/?q=" + query).toString());
            assertNothingRan("search for " + query);
        }
        driver.get(server.url().resolve("index.html").toString());
        driver.findElement(By.id("sg-search")).click();
        driver.findElement(By.id("sg-search")).sendKeys("breaks out");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#sg-search-results .search-result")).isEmpty());
        assertNothingRan("the header search");
    }
}
