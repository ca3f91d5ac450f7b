package dev.sitegen.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.SiteGenerator;
import dev.sitegen.problem.Problem;
import dev.sitegen.ContentFixture;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** site-gen serve, over real HTTP: a saved file is rebuilt, served and announced; a broken one is reported and recovered from. */
class DevServerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private ContentFixture content;
    @AutoClose
    private DevServer server;
    private final RecordedLog log = new RecordedLog();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void content() {
        content = new ContentFixture(dir.resolve("content"));
        content.write("site.yaml", "title: Served\nbaseUrl: https://owner.github.io/repo/\n");
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nFirst text.\n");
        content.skill("beta");
    }

    private DevServer serve(int port) throws IOException {
        BuildConfig config = BuildConfig.of(content.root(), dir.resolve("out")).withTemplates(dir.resolve("templates"))
                .withHistory(false);
        server = DevServer.start(config, InetAddress.getLoopbackAddress(), port, log);
        return server;
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The build states the server announces, as they arrive. */
    private BlockingQueue<JsonNode> events() throws Exception {
        BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
        URI events = server.url().resolve("/__site-gen/events");
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data: ")).forEach(line -> {
            try {
                states.add(new ObjectMapper().readTree(line.substring(6)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        reader.setDaemon(true);
        reader.start();
        return states;
    }

    private static JsonNode next(BlockingQueue<JsonNode> states) throws InterruptedException {
        JsonNode state = states.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(state, "a build state within " + WAIT);
        return state;
    }

    /** The next state that is ok or not: an editor's save may take two builds, the first of a half-written file. */
    private static JsonNode next(BlockingQueue<JsonNode> states, boolean ok) throws InterruptedException {
        JsonNode state = next(states);
        while (state.get("ok").asBoolean() != ok) {
            state = next(states);
        }
        return state;
    }

    /** Waits for a line of the log at a level, which the build writes when it is over, after the page is out. */
    private void awaitLog(String level, String pattern) throws InterruptedException {
        Eventually.await(WAIT, () -> log.lines().stream().anyMatch(line -> line.level().equals(level) && line.text().matches(pattern)),
                () -> "no " + level + " line " + pattern + " in " + log);
    }

    @Test
    void servesTheSiteWhereItWillBePublishedWithTheLiveReloadScript() throws Exception {
        serve(0);
        assertEquals("/repo/", server.url().getPath());
        String alpha = page("skills/alpha/");
        assertTrue(alpha.contains("First text."));
        assertTrue(alpha.contains("<script src=\"/__site-gen/live.js?build=1\" defer></script></body>"), "the script, with the build");
        assertTrue(page("/__site-gen/live.js").contains("new EventSource('/__site-gen/events')"));
        assertFalse(Files.readString(dir.resolve("out/skills/alpha/index.html")).contains("__site-gen"), "the site on disk is as built");
    }

    @Test
    void aSavedEditIsRebuiltServedAndAnnounced() throws Exception {
        serve(0);
        BlockingQueue<JsonNode> states = events();
        assertEquals(1, next(states).get("build").asInt(), "the state on connecting");

        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nEdited text.\n");

        JsonNode state = next(states, true);
        assertTrue(state.get("build").asInt() >= 2);
        assertTrue(page("skills/alpha/").contains("Edited text."));
        awaitLog("info", "site-gen: .*skills/alpha/SKILL.md changed: published in \\d+ ms, its search index \\d+ ms later; 0 warnings");
    }

    @Test
    void aWarningIsLoggedOnceNotAgainOnEverySaveWhileItStays() throws Exception {
        content.skill("skills/gamma", "name: gamma-skill\ndescription: The gamma skill.", "\n# Gamma\n");
        serve(0);
        BlockingQueue<JsonNode> states = events();
        next(states);

        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nEdited text.\n");
        next(states, true);
        awaitLog("info", "site-gen: .*skills/alpha/SKILL.md changed: .*; 1 warning, 1 of them shown before");
        // A line added above it moves the warning, which is still the one shown.
        content.skill("skills/gamma", "license: MIT\nname: gamma-skill\ndescription: The gamma skill.", "\n# Gamma\n");
        next(states, true);
        awaitLog("info", "site-gen: .*skills/gamma/SKILL.md changed: .*; 1 warning, 1 of them shown before");
        assertEquals(1, log.lines().stream().filter(line -> line.level().equals("warning") && line.text().contains("[name-folder]")).count(),
                log.toString());
    }

    @Test
    void beforeAnySiteIsBuiltItServesAPageForTheProblemsToShowOver() throws Exception {
        content.skill("skills/alpha", "name: alpha\ndescription: [unclosed", "\n# Alpha\n");
        serve(0);
        awaitLog("error", "site-gen: .*; the served page shows the problems until a build succeeds");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.url()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("<h1>No site yet</h1>"), response.body());
        assertTrue(response.body().contains("<script src=\"/__site-gen/live.js?build="), "the script that shows the problems and reloads");
    }

    @Test
    void aBuildIntoTheFolderServeWritesIsRefusedUntilServeStops() throws Exception {
        serve(0);
        assertTrue(page("skills/alpha/").contains("First text."));
        BuildConfig build = BuildConfig.of(content.root(), dir.resolve("out")).withHistory(false);
        BuildResult refused = SiteGenerator.generate(build);
        assertEquals(List.of("output-busy"), refused.problems().stream().filter(Problem::isError).map(Problem::code).toList());
        assertFalse(refused.published());
        assertTrue(page("skills/alpha/").contains("First text."), "serve's site is as it was");
        server.close();
        assertTrue(SiteGenerator.generate(build).published(), "a stopped serve lets the folder go");
    }

    @Test
    void aBrokenFileIsReportedWhileTheLastGoodSiteIsServedAndAFixRecovers() throws Exception {
        content.skill("skills/aaa", "name: other-name\ndescription: A warning, listed after the error.", "x\n");
        serve(0);
        BlockingQueue<JsonNode> states = events();
        next(states);

        content.skill("skills/alpha", "name: alpha\ndescription: [unclosed", "\n# Alpha\n\nBroken text.\n");
        JsonNode broken = next(states, false);
        JsonNode problem = broken.get("problems").get(0);
        assertEquals("yaml-syntax", problem.get("code").asText());
        assertTrue(problem.get("file").asText().endsWith("content/skills/alpha/SKILL.md"), problem.toString());
        assertEquals(3, problem.get("line").asInt());
        assertTrue(page("skills/alpha/").contains("First text."), "the last good site is still served");
        awaitLog("error", ".*content/skills/alpha/SKILL.md:3:\\d+: error \\[yaml-syntax\\] .*");
        awaitLog("error", "site-gen: .*skills/alpha/SKILL.md changed: .*, 1 error in .*; the last good site is still served");

        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nFixed text.\n");
        JsonNode fixed = next(states, true);
        assertEquals(broken.get("build").asInt() + 1, fixed.get("build").asInt(), "a failed build publishes nothing");
        assertTrue(page("skills/alpha/").contains("Fixed text."));
    }

    @Test
    void aChangedTemplateIsRebuiltToo() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        serve(0);
        BlockingQueue<JsonNode> states = events();
        next(states);
        Files.writeString(dir.resolve("templates/skill.peb"), "{% extends \"layout.peb\" %}{% block content %}<p>own template</p>{% endblock %}");
        assertTrue(next(states, true).get("build").asInt() >= 2);
        assertTrue(page("skills/alpha/").contains("<p>own template</p>"));
    }

    @Test
    void aTemplatesFolderMadeWhileServingIsWatchedFromThenOn() throws Exception {
        serve(0);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("skill.peb"), "{% extends \"layout.peb\" %}{% block content %}<p>first own</p>{% endblock %}");
        awaitPage("skills/alpha/", "<p>first own</p>");
        Files.writeString(templates.resolve("skill.peb"), "{% extends \"layout.peb\" %}{% block content %}<p>second own</p>{% endblock %}");
        awaitPage("skills/alpha/", "<p>second own</p>");
    }

    @Test
    void aContentFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        serve(0);
        Path saved = dir.resolve("saved");
        Files.move(content.root(), saved);
        awaitLog("error", ".*content-missing.*");
        Files.move(saved, content.root());
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nBack again.\n");
        awaitPage("skills/alpha/", "Back again.");
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nAnd edited.\n");
        awaitPage("skills/alpha/", "And edited.");
    }

    @Test
    void aContentFolderPutInThePlaceOfOneMovedAwayIsWatched() throws Exception {
        serve(0);
        Path fresh = dir.resolve("fresh");
        Files.createDirectories(fresh);
        try (var files = Files.walk(content.root())) {
            for (Path file : files.toList()) {
                Path copy = fresh.resolve(content.root().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(fresh.resolve("skills/alpha/SKILL.md"), "---\nname: alpha\ndescription: The alpha skill.\n---\n# Alpha\n\nSwapped in.\n");
        Files.move(content.root(), dir.resolve("old"));
        Files.move(fresh, content.root());
        awaitPage("skills/alpha/", "Swapped in.");
        content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nEdited after.\n");
        awaitPage("skills/alpha/", "Edited after.");
    }

    private void awaitPage(String path, String text) throws InterruptedException {
        Eventually.await(WAIT, () -> {
            try {
                return page(path).contains(text);
            } catch (Exception e) {
                return false;
            }
        }, () -> path + " never held " + text);
    }

    @Test
    void saysSoAndTakesTheNextPortWhenItsOwnIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            serve(taken.getLocalPort());
            assertEquals(taken.getLocalPort() + 1, server.url().getPort());
            assertTrue(log.lines().contains(new RecordedLog.Line("warning", "site-gen: port " + taken.getLocalPort() + " is in use, so the site is served on port "
                    + (taken.getLocalPort() + 1) + "; choose another with --port (sitegen.port)")), log.toString());
        }
    }

    @Test
    void refusesToStartOnAnOutputFolderThatIsNotItsOwnWhichNoEditCouldMend() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/notes.txt"), "mine");
        IOException refused = assertThrows(IOException.class, () -> serve(0));
        assertTrue(refused.getMessage().contains("error [output-refused] The output folder holds files that site-gen did not write (notes.txt)"),
                refused.getMessage());
        assertEquals(List.of(), log.lines(), "nothing was built");
    }

    @ParameterizedTest(name = "the repository is the content folder: {0}")
    @ValueSource(booleans = {false, true})
    void aCommitShowsOnTheHistoryPageWithoutAnotherSave(boolean repositoryIsTheContentFolder) throws Exception {
        Path repository = repositoryIsTheContentFolder ? content.root() : dir;
        String files = repositoryIsTheContentFolder ? "." : "content";
        try (Git git = Git.init().setDirectory(repository.toFile()).call()) {
            commit(git, files, "First text.");
            server = DevServer.start(BuildConfig.of(content.root(), dir.resolve("out")).withTemplates(dir.resolve("templates")),
                    InetAddress.getLoopbackAddress(), 0, log);
            content.skill("skills/alpha", "name: alpha\ndescription: The alpha skill.", "\n# Alpha\n\nSecond text.\n");
            awaitLog("info", "site-gen: .*skills/alpha/SKILL.md changed: published .*");
            String second = commit(git, files, "Second text.");

            awaitLog("info", "site-gen: commit " + second + " checked out: published .*");
            assertTrue(page("skills/alpha/history/").contains(second), "the new version is the commit's");
            assertTrue(log.lines().stream().noneMatch(line -> line.text().contains(".git")), "git's own files are no content: " + log);
        }
    }

    /** Commits these files as Ann Author; the commit's short id. */
    private static String commit(Git git, String files, String message) throws Exception {
        git.add().addFilepattern(files).call();
        return git.commit().setMessage(message).setAuthor("Ann Author", "a@example.com").call().getName().substring(0, 7);
    }

    @Test
    void refusesToStartOnAnOutputFolderAnotherServeWrites() throws Exception {
        serve(0);
        int lines = log.lines().size();
        IOException refused = assertThrows(IOException.class, () -> serve(0));
        assertTrue(refused.getMessage().contains("error [output-busy] Another site-gen is writing this output folder"), refused.getMessage());
        assertEquals(lines, log.lines().size(), "nothing was built, nor served on another port");
        assertTrue(page("skills/alpha/").contains("First text."), "the first serve goes on");
    }

    @Test
    void refusesToStartOnAContentFolderThatIsNotThere() throws Exception {
        content = new ContentFixture(dir.resolve("contnt"));
        IOException refused = assertThrows(IOException.class, () -> serve(0));
        assertTrue(refused.getMessage().contains("error [content-missing] The content folder does not exist."), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void stopsServingWhenClosed() throws Exception {
        URI url = serve(0).url();
        server.close();
        server = null;
        assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        serve(0);
        assertEquals("127.0.0.1", server.url().getHost());
        assertTrue(new InetSocketAddress(server.url().getHost(), server.url().getPort()).getAddress().isLoopbackAddress());
    }
}
