package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.serve.DevServer;
import dev.sitegen.serve.RecordedLog;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an author sees in the browser while serve runs: saved edits appear, and errors show over the page until fixed. */
class LiveReloadTest {

    @TempDir
    Path dir;
    private ContentFixture content;
    @AutoClose
    private DevServer server;
    @AutoClose
    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void serve() throws Exception {
        browser = Browser.open();
        driver = browser.driver();
        content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nFirst text.\n");
        server = DevServer.start(BuildConfig.of(content.root(), dir.resolve("out")).withHistory(false),
                InetAddress.getLoopbackAddress(), 0, new RecordedLog());
        driver.get(server.url().resolve("skills/alpha/").toString());
        // The page's own mark: a reload makes a new page without it.
        ((JavascriptExecutor) driver).executeScript("window.beforeTheEdit = true;");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private boolean reloaded() {
        return ((JavascriptExecutor) driver).executeScript("return window.beforeTheEdit") == null;
    }

    @Test
    void aSavedEditReloadsTheOpenPage() {
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nEdited text.\n");
        waiting().until(d -> reloaded() && d.findElement(By.tagName("main")).getText().contains("Edited text."));
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    @Test
    void errorsShowOverThePageUntilFixed() {
        content.skill("skills/alpha", "name: alpha\ndescription: [unclosed", "\n# Alpha\n\nBroken.\n");
        WebElement overlay = waiting().until(d -> d.findElements(By.id("site-gen-overlay")).stream().findFirst().orElse(null));
        assertTrue(overlay.isDisplayed());
        assertTrue(overlay.getText().contains("site-gen: the last build found 1 error and published nothing"), overlay.getText());
        assertTrue(overlay.getText().contains("skills/alpha/SKILL.md:3:14 error [yaml-syntax]"), overlay.getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("First text."), "the last good page stays beneath");

        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nFixed text.\n");
        waiting().until(d -> reloaded() && d.findElement(By.tagName("main")).getText().contains("Fixed text."));
        assertTrue(driver.findElements(By.id("site-gen-overlay")).isEmpty());
    }

    @Test
    void theAuthorCanHideTheErrorsToReadThePageAndTheNextFailedBuildShowsThemAgain() {
        content.skill("skills/alpha", "name: alpha\ndescription: [unclosed", "\n# Alpha\n");
        waiting().until(d -> !d.findElements(By.id("site-gen-overlay")).isEmpty());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertTrue(driver.findElements(By.id("site-gen-overlay")).isEmpty(), "Esc hides them");

        content.skill("skills/alpha", "name: alpha\ndescription: [still unclosed", "\n# Alpha\n");
        WebElement overlay = waiting().until(d -> d.findElements(By.id("site-gen-overlay")).stream().findFirst().orElse(null));
        overlay.findElement(By.tagName("button")).click();
        assertTrue(driver.findElements(By.id("site-gen-overlay")).isEmpty(), "so does the button");
        assertFalse(reloaded(), "the page beneath is the one that was open");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("First text."));
    }

    @Test
    void problemTextIsShownAsTextNeverRun() {
        content.skill("skills/alpha", "name: \"<img src=x onerror=window.ran=1>\"\ndescription: The alpha skill.", "\n# Alpha\n");
        content.skill("skills/beta", "name: beta\ndescription: \"unclosed", "\n# Beta\n");
        WebElement overlay = waiting().until(d -> d.findElements(By.id("site-gen-overlay")).stream().findFirst().orElse(null));
        assertTrue(overlay.getText().contains("The name \"<img src=x onerror=window.ran=1>\""), overlay.getText());
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.ran"));
        assertTrue(driver.findElements(By.cssSelector("#site-gen-overlay img")).isEmpty());
    }
}
