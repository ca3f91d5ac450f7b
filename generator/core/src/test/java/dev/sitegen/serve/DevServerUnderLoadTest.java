package dev.sitegen.serve;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * serve under load, as a room of readers or a link checker gives it: every request answered in
 * full while rebuilds replace the pages, and readers who hang up mid-page do no harm.
 */
class DevServerUnderLoadTest {

    private static final int REQUESTS = 20_000;
    private static final int AT_A_TIME = 64;
    private static final List<String> PAGES = List.of("", "skills/brainstorming/", "skills/systematic-debugging/",
            "skills/test-driven-development/", "search/", "search/index.json", "search/store.json", "sitemap.xml", "skills.json");

    @TempDir
    Path dir;
    @AutoClose
    private DevServer server;
    private final RecordedLog log = new RecordedLog();

    @BeforeEach
    void serve() throws IOException {
        Path content = dir.resolve("content");
        ContentFixture.copyTree(ContentFixture.CORPUS, content.resolve("skills"));
        new ContentFixture(content).write("site.yaml", "title: Under load\nbaseUrl: https://owner.github.io/repo/\n");
        server = DevServer.start(BuildConfig.of(content, dir.resolve("out")).withHistory(false),
                InetAddress.getLoopbackAddress(), 0, log);
    }

    private long rebuilds() {
        return log.texts().stream().filter(line -> line.contains(" changed: published in ")).count();
    }

    /** Saves one skill again and again, each save a rebuild that replaces pages being read. */
    private Thread editing(AtomicBoolean loading) {
        Path skill = dir.resolve("content/skills/brainstorming/SKILL.md");
        Thread editor = new Thread(() -> {
            try {
                String original = Files.readString(skill);
                for (int edit = 0; loading.get(); edit++) {
                    Files.writeString(skill, original + "\nEdit " + edit + ".\n");
                    Thread.sleep(150);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "editor");
        editor.start();
        return editor;
    }

    @Test
    void answersTwentyThousandRequestsSixtyFourAtATimeInFullWhileRebuilding() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        long rebuildsBefore = rebuilds();
        Thread editor = editing(loading);

        ExecutorService readers = Executors.newFixedThreadPool(AT_A_TIME);
        List<Future<?>> done = new ArrayList<>();
        for (int reader = 0; reader < AT_A_TIME; reader++) {
            int first = reader;
            done.add(readers.submit(() -> {
                for (int request = first; request < REQUESTS; request += AT_A_TIME) {
                    String page = PAGES.get(request % PAGES.size());
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.url().resolve(page))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !complete(page, response.body())) {
                            failures.add(page + ": " + response.statusCode() + ", " + response.body().length() + " characters");
                        }
                    } catch (IOException e) {
                        failures.add(page + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    answered.incrementAndGet();
                }
            }));
        }
        for (Future<?> reader : done) {
            // A response whose body never ends would hold its reader for ever: give up, and say so.
            reader.get(5, TimeUnit.MINUTES);
        }
        readers.shutdown();
        loading.set(false);
        editor.join();

        assertEquals(REQUESTS, answered.get());
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " of " + REQUESTS + " failed");
        assertTrue(rebuilds() - rebuildsBefore >= 2, "rebuilds ran under the load: " + log);
    }

    /** Whether a page came whole: a page replaced while it was read would end early or mix two builds. */
    private static boolean complete(String page, String text) {
        String body = text.stripTrailing();
        if (page.endsWith(".json")) {
            return body.startsWith("{") && body.endsWith("}") || body.startsWith("[") && body.endsWith("]");
        }
        if (page.endsWith(".xml")) {
            return body.endsWith(">") && body.contains("</");
        }
        return body.regionMatches(true, 0, "<!doctype html>", 0, 15) && body.endsWith("</html>");
    }

    @Test
    void readersWhoHangUpMidPageDoNoHarm() throws Exception {
        URI index = server.url().resolve("search/index.json");
        for (int reader = 0; reader < 200; reader++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), index.getPort())) {
                socket.getOutputStream().write(("GET " + index.getPath() + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                in.readNBytes(reader % 3 == 0 ? 0 : 100); // some hang up at once, some after the first bytes
            }
        }
        for (int reader = 0; reader < 50; reader++) {
            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), index.getPort())) {
                events.getOutputStream().write("GET /__site-gen/events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                events.getInputStream().read();
            }
        }

        Files.writeString(dir.resolve("content/skills/brainstorming/SKILL.md"), "\nAfter the hang-ups.\n", java.nio.file.StandardOpenOption.APPEND);
        Eventually.await(Duration.ofSeconds(30), () -> rebuilds() > 0, () -> "a rebuild after the hang-ups: " + log);
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.url().resolve("skills/brainstorming/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("After the hang-ups."));
    }
}
