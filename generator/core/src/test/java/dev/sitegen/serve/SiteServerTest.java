package dev.sitegen.serve;

import dev.sitegen.ContentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteServerTest {

    @TempDir
    Path dir;
    private SiteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        ContentFixture site = new ContentFixture(dir.resolve("site"));
        site.write("index.html", "home");
        site.write("404.html", "not found page");
        site.write("skills/a/index.html", "skill a");
        site.write("skills/a/my file.md", "# source");
        site.write("assets/site.css", "body{}");
        new ContentFixture(dir).write("secret.txt", "secret");
        Files.createSymbolicLink(dir.resolve("site/escape.txt"), dir.resolve("secret.txt"));
        server = SiteServer.start(dir.resolve("site"), "/repo/", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends the raw path as written, so that encoded dots reach the server unchanged. */
    private String raw(String method, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void namesAUrlABrowserCanOpenWhenServingOnEveryAddress() throws Exception {
        try (SiteServer everywhere = SiteServer.start(dir.resolve("site"), "/", new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
             SiteServer ipv6 = SiteServer.start(dir.resolve("site"), "/", new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            assertEquals("http://localhost:" + everywhere.port() + "/", everywhere.url().toString());
            assertEquals("http://[0:0:0:0:0:0:0:1]:" + ipv6.port() + "/", ipv6.url().toString());
        }
    }

    @Test
    void servesTheSiteUnderItsBasePathAsGitHubPagesDoes() throws Exception {
        assertEquals("http://127.0.0.1:" + server.port() + "/repo/", server.url().toString());
        assertEquals("home", get("/repo/").body());
        assertEquals("skill a", get("/repo/skills/a/").body());
        assertEquals("skill a", get("/repo/skills/a/index.html").body());
        assertEquals("# source", get("/repo/skills/a/my%20file.md").body());
        assertEquals("text/markdown; charset=utf-8", get("/repo/skills/a/my%20file.md").headers().firstValue("Content-Type").orElseThrow());
        assertTrue(raw("GET", "/repo/skills/a").startsWith("HTTP/1.1 302"), "a folder without its slash is redirected");
        assertTrue(raw("GET", "/").startsWith("HTTP/1.1 302"), "for now: a browser would keep a permanent redirect for the port");
        assertTrue(raw("GET", "/repo").contains("Location: /repo/"));
    }

    @Test
    void answersMissingPathsWithTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/repo/no/such/deep/page/");
        assertEquals(404, response.statusCode());
        assertEquals("not found page", response.body());
        assertEquals(404, get("/elsewhere/index.html").statusCode(), "nothing outside the base path");
    }

    @Test
    void neverServesAnythingOutsideTheSite() throws Exception {
        for (String path : new String[] {"/repo/../secret.txt", "/repo/%2e%2e/secret.txt", "/repo/%2E%2E%2Fsecret.txt",
                "/repo/skills/..%2f..%2fsecret.txt", "/repo/..%5csecret.txt", "/repo/index.html%00.txt", "/repo/escape.txt"}) {
            String response = raw("GET", path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + " -> " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("secret"), path);
        }
    }

    @Test
    void answersHeadAndRefusesOtherMethods() throws Exception {
        assertTrue(raw("HEAD", "/repo/").startsWith("HTTP/1.1 200"));
        assertTrue(raw("POST", "/repo/").startsWith("HTTP/1.1 405"));
    }
}
