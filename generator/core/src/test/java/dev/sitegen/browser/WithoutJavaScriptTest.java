package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages read and navigate fully with JavaScript off: scripts only add conveniences. */
class WithoutJavaScriptTest {

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open(true);
        Path content = dir.resolve("content");
        ContentFixture.copyTree(ContentFixture.REPOSITORY_CONTENT, content);
        server = ServedSite.build(BuildConfig.of(content, dir.resolve("out")));
    }

    @Test
    void everyPageOfASkillIsReachableAndReadable() {
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(server.url().resolve("index.html").toString());
        assertEquals(Boolean.TRUE, driver.executeScript("return document.querySelector('.theme-toggle').hidden"),
                "no toggle that could not work");
        driver.findElement(By.linkText("moai-lang-python")).click();
        assertTrue(driver.findElement(By.cssSelector(".sidebar li a")).isDisplayed(), "the page list is open");
        assertTrue(driver.findElement(By.cssSelector(".facts dl")).isDisplayed(), "the metadata is open");
        driver.findElement(By.linkText("Python Implementation Guide & Patterns")).click();
        assertEquals("Python Implementation Guide & Patterns", driver.findElement(By.tagName("h1")).getText());
        assertNotEquals(driver.findElement(By.cssSelector("pre code")).getCssValue("color"),
                driver.findElement(By.cssSelector("pre code .tok-keyword")).getCssValue("color"), "code has its colours");
        assertFalse(driver.findElements(By.cssSelector(".copy-button")).size() > 0);
        driver.findElement(By.linkText("moai-lang-python")).click();
        driver.findElement(By.partialLinkText("History")).click();
        assertEquals("History", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("What changed")).click();
        assertEquals("Changes in 1.1.0", driver.findElement(By.tagName("h1")).getText());
    }
}
