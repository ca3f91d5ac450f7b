package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.Problem;
import dev.sitegen.serve.SiteServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site whose own layout.peb was copied from the theme before search had a worker and scripts their texts. */
class OlderLayoutTest {

    @TempDir
    static Path dir;
    @AutoClose
    private static SiteServer server;
    @AutoClose
    private static Browser browser;
    private static BuildResult result;

    @BeforeAll
    static void publish() throws Exception {
        browser = Browser.open();
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/garden", "name: garden\ndescription: Planting.", "# Garden\n\n## Roses\n\nPrune the zygomorphic roses.\n");
        String layout = Files.readString(Path.of("../../templates/layout.peb"));
        String older = layout.replaceAll("\\s*data-worker=\"[^\"]*\"", "").replaceAll("<script type=\"application/json\"[^\\n]*\\n", "");
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        Path file = templates.write("layout.peb", older);
        BuildConfig config = BuildConfig.of(content.root(), dir.resolve("out")).withTemplates(templates.root());
        result = SiteGenerator.generate(config);
        assertEquals(List.of("template-outdated " + file), result.problems().stream().map(p -> p.code() + " " + p.location().file()).toList());
        server = ServedSite.serve(dir.resolve("out"), "/");
    }

    @Test
    void isToldWhatToAddToGiveTheScriptsTheirTexts() {
        Problem problem = result.problems().get(0);
        assertTrue(problem.fix().contains("{{ textForScripts }}"), problem.fix());
    }

    @Test
    void stillSearchesWithTheWorkerBesideTheThemesScripts() {
        ChromeDriver driver = browser.driver();
        driver.get(server.url().resolve("skills/garden/index.html").toString());
        WebElement box = driver.findElement(By.id("sg-search"));
        box.click();
        box.sendKeys("zygomorphic");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#sg-search-results .search-result")).isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
