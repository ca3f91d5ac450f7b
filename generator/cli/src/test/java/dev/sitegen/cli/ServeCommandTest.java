package dev.sitegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesUntilStoppedAndSaysSoWithProblemsOnStandardErrorAsBuildPrintsThem() throws Exception {
        Path skill = Files.createDirectories(dir.resolve("content/skills/alpha"));
        Files.writeString(skill.resolve("SKILL.md"),
                "---\nname: alpha\ndescription: The alpha skill.\n---\n# Alpha\n\nServed text.\n\nSee [a page](gone.md).\n");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--content", dir.resolve("content").toString(), "--output", dir.resolve("out").toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            String url = null;
            for (String line; url == null && (line = lines.readLine()) != null; ) {
                said.add(line);
                Matcher serving = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/\\S*)").matcher(line);
                url = serving.find() ? serving.group(1) : null;
            }
            assertTrue(url != null, String.join("\n", said));

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "skills/alpha/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Served text."));

            // SIGTERM, as Ctrl+C sends SIGINT: the shutdown hook stops the server. (Process.destroy would close our end of its output.)
            serve.toHandle().destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            assertEquals("site-gen: stopped", lines.readLine());
            assertTrue(Files.readString(dir.resolve("stderr.txt")).contains("SKILL.md:9:"), "the broken link's warning");
            assertTrue(said.stream().noneMatch(line -> line.contains("SKILL.md:9:")), String.join("\n", said));
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aContentFolderThatIsNotThereIsAProblemToMendNotAFailure() {
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true), "serve", "--port", "0",
                "--content", dir.resolve("nowhere").toString(), "--output", dir.resolve("out").toString());
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().startsWith("site-gen: cannot serve: "), err.toString());
        assertTrue(err.toString().contains("content-missing"), err.toString());
    }
}
