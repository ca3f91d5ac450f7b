package dev.sitegen.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine's real headless Chromium, driven through chromedriver, for tests of what a reader
 * sees. It is looked for where Debian (packages chromium and chromium-driver) and GitHub's runners
 * put it, or where SITEGEN_CHROME and SITEGEN_CHROMEDRIVER say. Without one, browser tests are
 * skipped with a message, except in CI (or with SITEGEN_REQUIRE_BROWSER set), where they fail.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        return open(false);
    }

    /** @param javaScriptOff whether pages run without JavaScript, as some readers' browsers do */
    public static Browser open(boolean javaScriptOff) {
        // Selenium warns that it has no DevTools bindings for the newest Chromium; the tests do not use them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        Optional<Path> chrome = find("SITEGEN_CHROME", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"), List.of("chromium", "google-chrome", "chrome"));
        Optional<Path> chromedriver = find("SITEGEN_CHROMEDRIVER", List.of("/usr/bin/chromedriver",
                System.getenv().getOrDefault("CHROMEWEBDRIVER", "/nonexistent") + "/chromedriver"), List.of("chromedriver"));
        if (chrome.isEmpty() || chromedriver.isEmpty()) {
            String message = "No Chromium and chromedriver found (install Debian's chromium and chromium-driver, "
                    + "or set SITEGEN_CHROME and SITEGEN_CHROMEDRIVER); browser tests need them.";
            if (System.getenv("SITEGEN_REQUIRE_BROWSER") != null || "true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("site-gen-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chrome.get().toFile());
            // The flags keep Chromium from reaching for the network, which this machine's sandbox refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
            // The console, so that tests can assert that pages log no errors.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            if (javaScriptOff) {
                options.addArguments("--blink-settings=scriptEnabled=false");
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile()).build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(String variable, List<String> places, List<String> commands) {
        String configured = System.getenv(variable);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> commands.stream().map(command -> Path.of(dir, command)));
        return Stream.concat(places.stream().map(Path::of), onPath).filter(Files::isExecutable).findFirst();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The console's errors since the last call: messages logged at SEVERE, such as uncaught exceptions. */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
