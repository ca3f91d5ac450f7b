package dev.sitegen.browser;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.ServedSite;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees and does, in a real browser, with JavaScript on and off. */
class ReaderTest {

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
        new ContentFixture(content).skill("skills/labelled-code", "name: labelled-code\ndescription: Code under a made-up label.",
                "# Labelled code\n\n<Good>\n```python\na = 1\nb = 2\n```\nClear.\n</Good>\n");
        new ContentFixture(content).write("skills/labelled-code/scripts/detector/browser/injected/content-script-bundle.mjs", "export {};\n");
        new ContentFixture(content).skill("skills/flow", "name: flow\ndescription: Steps drawn as a flowchart.",
                "# Flow\n\n```mermaid\ngraph TD\n  A[Read the request] --> B{Is it clear?}\n  B -->|Yes| C[Write the plan]\n```\n\n"
                        + "```mermaid\ngraph TD\n  A[unclosed -->\n```\n");
        StringBuilder branches = new StringBuilder("# Wide flow\n\n```mermaid\ngraph TD\n");
        for (int i = 0; i < 16; i++) {
            branches.append("  A[Choose a path] --> B").append(i).append("[Branch number ").append(i).append(" of many]\n");
        }
        new ContentFixture(content).skill("skills/wide-flow", "name: wide-flow\ndescription: A flowchart of sixteen branches.",
                branches.append("```\n").toString());
        ContentFixture many = new ContentFixture(content);
        many.skill("skills/many-pages", "name: many-pages\ndescription: A skill of sixty pages in thirty folders.", "# Many pages\n");
        for (int i = 0; i < 60; i++) {
            many.write("skills/many-pages/part-" + i / 2 + "/page-" + i + ".md", "# Page " + i + "\n\nText.\n");
        }
        many.skill("skills/flat-pages", "name: flat-pages\ndescription: A skill of forty pages in one folder.", "# Flat pages\n");
        for (int i = 10; i < 50; i++) {
            many.write("skills/flat-pages/ref/page-" + i + ".md", "# Page " + i + "\n\nText.\n");
        }
        StringBuilder sections = new StringBuilder("# Long contents\n\n");
        for (int i = 0; i < 80; i++) {
            sections.append("## Section ").append(i).append("\n\n").append("Text of the section.\n\n".repeat(4));
        }
        many.skill("skills/long-contents", "name: long-contents\ndescription: A page of eighty sections.", sections.toString());
        server = ServedSite.build(BuildConfig.of(content, dir.resolve("out")));
    }

    private ChromeDriver open(String page, int width) {
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(server.url().resolve(page).toString());
        return driver;
    }

    private static String color(WebElement element) {
        return element.getCssValue("color");
    }

    @Test
    void codeIsColouredAndCopiesWithOneClick() {
        ChromeDriver driver = open("skills/moai-lang-python/reference/index.html", 1280);
        WebElement keyword = driver.findElement(By.cssSelector("pre code .tok-keyword"));
        WebElement plain = driver.findElement(By.cssSelector("pre code"));
        assertNotEquals(color(plain), color(keyword), "keywords have their own colour");
        assertTrue(driver.findElements(By.cssSelector("pre .copy-button")).size() > 3);
    }

    @Test
    void codeUnderAMadeUpLabelKeepsItsLines() {
        ChromeDriver driver = open("skills/labelled-code/index.html", 1280);
        assertEquals("a = 1\nb = 2", driver.findElement(By.cssSelector(".agent-tag pre code")).getText());
        assertEquals("Clear.", driver.findElement(By.cssSelector(".agent-tag p")).getText());
    }

    @Test
    void comparesAnyTwoVersionsAndKeepsThePairInTheAddressToLinkTo() {
        ChromeDriver driver = open("skills/moai-lang-python/history/index.html", 1280);
        new Select(driver.findElement(By.name("from"))).selectByValue("1.0.0");
        new Select(driver.findElement(By.name("to"))).selectByValue("1.1.0");
        driver.findElement(By.cssSelector("#sg-compare button")).click();
        WebElement result = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#sg-compare-result h2")).stream().findFirst().orElse(null));
        assertEquals("From 1.0.0 to 1.1.0", result.getText());
        assertTrue(driver.findElements(By.cssSelector("#sg-compare-result .diff-added")).size() > 0);
        List<WebElement> rows = driver.findElement(By.cssSelector("#sg-compare-result .diff")).findElements(By.tagName("tr"));
        assertTrue(rows.stream().allMatch(row -> row.getSize().getHeight() > 5), "a blank line of context keeps its height");
        int older = 0;
        int newer = 0;
        for (WebElement row : rows) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            String sign = cells.get(2);
            // Each line numbered in the text it is in, as the changes pages number them.
            if (older > 0 && !sign.equals("+")) {
                assertEquals(String.valueOf(older + 1), cells.get(0), cells.toString());
            }
            if (newer > 0 && !sign.equals("\u2212")) {
                assertEquals(String.valueOf(newer + 1), cells.get(1), cells.toString());
            }
            assertEquals(sign.equals("+"), cells.get(0).isEmpty(), cells.toString());
            assertEquals(sign.equals("\u2212"), cells.get(1).isEmpty(), cells.toString());
            older = cells.get(0).isEmpty() ? older : Integer.parseInt(cells.get(0));
            newer = cells.get(1).isEmpty() ? newer : Integer.parseInt(cells.get(1));
        }
        String linked = driver.getCurrentUrl();
        assertTrue(linked.endsWith("#from=1.0.0&to=1.1.0"), linked);

        driver.get("about:blank");
        driver.get(linked);
        WebElement again = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#sg-compare-result h2")).stream().findFirst().orElse(null));
        assertEquals("From 1.0.0 to 1.1.0", again.getText(), "the link opens on the comparison");
        assertEquals("1.0.0", driver.findElement(By.name("from")).getAttribute("value"));
    }

    @Test
    void aDiagramIsDrawnAndOneWithAMistakeStaysAsItsSource() {
        ChromeDriver driver = open("skills/flow/index.html", 1280);
        WebElement drawn = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".diagram svg")).stream().findFirst().orElse(null));
        assertTrue(drawn.getText().contains("Is it clear?"), drawn.getText());
        assertEquals(1, driver.findElements(By.cssSelector(".diagram")).size());
        List<WebElement> sources = driver.findElements(By.cssSelector("pre[data-language='mermaid']"));
        assertFalse(sources.get(0).isDisplayed(), "the drawn diagram's source is hidden");
        assertTrue(sources.get(1).isDisplayed(), "the broken diagram's source shows");
        assertTrue(sources.get(1).getText().contains("A[unclosed -->"));
    }

    @Test
    void aWideDiagramKeepsThreeQuartersOfItsSizeAtLeastAndScrollsSideways() {
        ChromeDriver driver = open("skills/wide-flow/index.html", 1280);
        WebElement drawn = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".diagram svg")).stream().findFirst().orElse(null));
        double natural = ((Number) driver.executeScript("return arguments[0].viewBox.baseVal.width", drawn)).doubleValue();
        WebElement figure = driver.findElement(By.cssSelector(".diagram"));
        assertTrue(natural > 2 * figure.getSize().getWidth(), "the fixture is wide: " + natural);
        assertTrue(drawn.getSize().getWidth() >= 0.75 * natural - 1, "drawn at " + drawn.getSize().getWidth() + " of " + natural);
        assertTrue((Boolean) driver.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth", figure), "it scrolls");

        driver = open("skills/flow/index.html", 1280);
        WebElement small = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".diagram svg")).stream().findFirst().orElse(null));
        assertFalse((Boolean) driver.executeScript("var f = arguments[0].parentNode; return f.scrollWidth > f.clientWidth", small),
                "a diagram that fits does not scroll");
    }

    @Test
    void aDiagramIsDrawnAgainInTheOtherThemesColours() {
        ChromeDriver driver = open("skills/flow/index.html", 1280);
        By box = By.cssSelector(".diagram svg .node rect");
        String light = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(box).stream().findFirst().map(rect -> rect.getCssValue("fill")).orElse(null));
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(box).getCssValue("fill").equals(light));
        } finally {
            driver.executeScript("localStorage.removeItem('sg-theme')");
        }
    }

    @Test
    void theThemeFollowsTheToggleAndIsRemembered() {
        ChromeDriver driver = open("index.html", 1280);
        driver.executeScript("localStorage.removeItem('sg-theme')");
        driver.navigate().refresh();
        String before = driver.findElement(By.tagName("body")).getCssValue("background-color");
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed());
        toggle.click();
        String after = driver.findElement(By.tagName("body")).getCssValue("background-color");
        assertNotEquals(before, after);
        driver.navigate().refresh();
        assertEquals(after, driver.findElement(By.tagName("body")).getCssValue("background-color"), "the choice outlives a reload");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        driver.executeScript("localStorage.removeItem('sg-theme')");
    }

    @Test
    void theContentsListFollowsScrolling() {
        ChromeDriver driver = open("skills/moai-lang-python/index.html", 1280);
        driver.executeScript("document.getElementById('troubleshooting').scrollIntoView()");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector(".toc a.active[href='#troubleshooting'], .toc a.active[href='#works-well-with']")).size() == 1);
    }

    @Test
    void theHomePagesTagFilterCountsWhatItShowsAndKeepsTheTagInTheAddress() {
        ChromeDriver driver = open("index.html", 1280);
        String all = driver.findElement(By.cssSelector(".count")).getText();
        driver.findElement(By.cssSelector(".tag-filter a[data-tag='python']")).click();
        assertEquals("1 skill", driver.findElement(By.cssSelector(".count")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("index.html?tag=python"), driver.getCurrentUrl());
        driver.navigate().refresh();
        assertEquals("1 skill", driver.findElement(By.cssSelector(".count")).getText(), "the address brings the filter back");
        assertEquals(1, driver.findElements(By.cssSelector(".skill-grid .skill-card:not([hidden])")).size());
        driver.findElement(By.cssSelector(".tag-filter a[data-tag='python']")).click();
        assertEquals(all, driver.findElement(By.cssSelector(".count")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
    }

    @Test
    void aLongContentsListScrollsToTheSectionBeingRead() {
        ChromeDriver driver = open("skills/long-contents/index.html", 1280);
        driver.executeScript("document.getElementById('section-70').scrollIntoView()");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(".toc a.active[href='#section-70']")).size() == 1);
        Object inView = driver.executeScript("var list = document.querySelector('.toc').getBoundingClientRect();"
                + " var entry = document.querySelector('.toc a.active').getBoundingClientRect();"
                + " return entry.top >= list.top && entry.bottom <= list.bottom;");
        assertEquals(Boolean.TRUE, inView, "the marked entry is where the list shows it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skills/many-pages/part-29/page-59/index.html", "skills/flat-pages/ref/page-49/index.html",
            "skills/flat-pages/ref/page-30/index.html"})
    void aLongPageListStartsWhereThePageBeingReadIsListed(String page) {
        ChromeDriver driver = open(page, 1280);
        WebElement listed = driver.findElement(By.cssSelector(".sidebar a[aria-current=page]"));
        assertTrue(listed.isDisplayed(), "its folder is open");
        Boolean inView = (Boolean) driver.executeScript("var list = document.querySelector('.sidebar').getBoundingClientRect();"
                + " var item = arguments[0].getBoundingClientRect();"
                + " return item.top >= list.top && item.bottom <= Math.min(list.bottom, window.innerHeight);", listed);
        assertTrue(inView, "the list is scrolled to it, in the part of the list the window shows");
        assertEquals(1, driver.findElements(By.cssSelector(".nav-folder details[open]")).size(), "its folder is open, the others folded");
    }

    @Test
    void onAPhoneThePageListAndMetadataFoldAwayAndTheContentComesFirst() {
        ChromeDriver driver = open("skills/moai-lang-python/index.html", 390);
        assertFalse(driver.findElement(By.cssSelector(".sidebar li a")).isDisplayed(), "the page list is folded");
        assertFalse(driver.findElement(By.cssSelector(".facts dl")).isDisplayed(), "the metadata panel is folded");
        driver.findElement(By.cssSelector(".drawer > summary")).click();
        assertTrue(driver.findElement(By.cssSelector(".sidebar li a")).isDisplayed());
        WebElement contents = driver.findElement(By.cssSelector(".toc > .drawer > summary"));
        assertTrue(contents.isDisplayed() && contents.getLocation().getY() < driver.findElement(By.tagName("h1")).getLocation().getY(),
                "the contents list is there too, folded above the text");
        assertFalse(driver.findElement(By.cssSelector(".toc li a")).isDisplayed());
        contents.click();
        assertTrue(driver.findElement(By.cssSelector(".toc li a")).isDisplayed());
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 390, "nothing makes the page wider than the phone: " + scrollWidth);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 390, 600, 1280})
    void theSearchBoxShowsItsWholePlaceholderAndKeyHintWhateverTheTitlesLength(int width) {
        ChromeDriver driver = open("index.html", width);
        // Phones draw scroll bars over the page, taking none of its width.
        driver.executeScript("document.documentElement.style.scrollbarWidth = 'none'");
        for (String title : List.of("Wednesday Agent Skills", "S")) {
            driver.executeScript("document.querySelector('.site-title').textContent = arguments[0]", title);
            assertTrue((Boolean) driver.executeScript("var input = document.querySelector('.search-input'), style = getComputedStyle(input);"
                    + " var pen = document.createElement('canvas').getContext('2d');"
                    + " pen.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;"
                    + " return pen.measureText(input.placeholder).width"
                    + " <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);"),
                    "the placeholder fits at " + width + " px under the title " + title);
            assertTrue((Boolean) driver.executeScript("var box = document.querySelector('.search-input').getBoundingClientRect();"
                    + " var hint = document.querySelector('.search-key'), key = hint.getBoundingClientRect();"
                    + " return getComputedStyle(hint).display === 'none' || key.left >= box.left && key.right <= box.right"
                    + " && key.top >= box.top && key.bottom <= box.bottom;"), "the key hint, if shown, is inside the box at " + width + " px");
        }
    }

    @Test
    void onAPhoneASkillOfOnePageHasNoListOfPages() {
        ChromeDriver driver = open("skills/labelled-code/index.html", 390);
        assertFalse(driver.findElement(By.cssSelector(".sidebar")).isDisplayed(), "a list of one page is nothing to choose from");
        driver = open("skills/labelled-code/index.html", 1280);
        assertTrue(driver.findElement(By.cssSelector(".sidebar")).isDisplayed(), "beside the text, it still says where the reader is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "skills/moai-lang-python/reference/index.html", "skills/moai-lang-python/history/index.html",
            "skills/moai-lang-python/history/1.1.0/index.html", "libraries/index.html", "libraries/tiangolo/fastapi/index.html",
            "tags/index.html", "tools/index.html", "search/index.html?q=python", "no/such/page/",
            "skills/labelled-code/index.html"})
    void noPageIsWiderThanAPhone(String page) {
        ChromeDriver driver = open(page, 390);
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 390, "wider than the phone: " + scrollWidth + " px");
    }

    @Test
    void theCopyButtonNeverCoversTheCode() {
        ChromeDriver driver = open("skills/moai-lang-python/reference/index.html", 390);
        WebElement pre = driver.findElement(By.cssSelector(".markdown pre"));
        WebElement button = pre.findElement(By.cssSelector(".copy-button"));
        WebElement code = pre.findElement(By.tagName("code"));
        assertTrue(button.getRect().getY() + button.getRect().getHeight() <= code.getRect().getY(),
                "button " + button.getRect().getY() + "+" + button.getRect().getHeight() + ", code from " + code.getRect().getY());
    }

    @Test
    void onAPhoneTheLibrariesAreAListNotAColumnPerFact() {
        ChromeDriver driver = open("libraries/index.html", 390);
        List<WebElement> cells = driver.findElements(By.cssSelector(".library-table tbody tr:first-child td"));
        assertEquals(3, cells.size());
        assertTrue(cells.stream().allMatch(cell -> cell.getRect().getX() == cells.get(0).getRect().getX()), "one under the other");
        assertFalse(driver.findElement(By.cssSelector(".library-table thead")).isDisplayed());
    }

    @Test
    void onAPhoneTheSectionsRowShowsThereIsMoreToScrollTo() {
        ChromeDriver driver = open("index.html", 390);
        WebElement nav = driver.findElement(By.cssSelector(".site-nav"));
        assertTrue((Boolean) driver.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth", nav), "it scrolls");
        // The shade at its edge stays put (scroll) while the covers that hide it at either end move with the links (local).
        assertEquals("local, local, scroll, scroll", nav.getCssValue("background-attachment"));
        assertTrue(nav.getCssValue("background-image").contains("linear-gradient"));
    }
}
