package dev.sitegen.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path content(String skillFile) throws Exception {
        Path skill = Files.createDirectories(dir.resolve("content/skills/a"));
        Files.writeString(skill.resolve("SKILL.md"), skillFile);
        return dir.resolve("content");
    }

    @Test
    void buildsTheSiteAndSummarises() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n# A\n");
        int status = run("build", "--content", content.toString(), "--output", dir.resolve("out").toString(),
                "--base-url", "https://owner.github.io/repo");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().startsWith("site-gen: 1 skill, "), out.toString());
        assertTrue(Files.readString(dir.resolve("out/skills/a/index.html"))
                .contains("href=\"https://owner.github.io/repo/skills/a/\""), "the base URL option reaches the site");
    }

    @Test
    void keepsItsCacheInTheOutputFolderUnlessToldNot() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n# A\n");
        String[] build = {"build", "--content", content.toString(), "--output", dir.resolve("out").toString()};
        assertEquals(0, run(build));
        assertEquals(0, run(build));
        assertTrue(out.toString().contains("site-gen: nothing changed since the last build"), out.toString());
        assertFalse(err.toString().contains("\r"), "no progress line where there is no terminal");

        assertEquals(0, run("build", "--no-cache", "--content", content.toString(), "--output", dir.resolve("fresh").toString()));
        assertFalse(Files.exists(dir.resolve("fresh/.site-gen-cache")));
    }

    @Test
    void exitsWithOneAndFileLineForBadContent() throws Exception {
        Path content = content("---\nname: a\ndescription: [unclosed\n---\n");
        assertEquals(1, run("build", "--content", content.toString(), "--output", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("content/skills/a/SKILL.md:3:14: error [yaml-syntax]"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertTrue(err.toString().contains("site-gen: 0 skills, 0 warnings, 1 error in "), "no pages were rendered to count: " + err);
        assertTrue(out.toString().contains("site-gen: nothing was written, so " + dir.resolve("out") + " is as it was"), out.toString());
    }

    @Test
    void failsOnWarningsOnlyWhenStrict() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n[x](missing.md)\n");
        assertEquals(0, run("build", "--content", content.toString(), "--output", dir.resolve("out").toString()));
        assertEquals(1, run("build", "--strict", "--content", content.toString(), "--output", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("error [broken-link]"), err.toString());
    }

    @Test
    void checksWithoutWritingAndExitsByWhatItFinds() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n[x](missing.md)\n");
        assertEquals(0, run("check", "--content", content.toString()));
        assertTrue(out.toString().contains("content/skills/a/SKILL.md\n  5       warning broken-link"), out.toString());
        assertFalse(Files.exists(Path.of("site-output")), "nothing is written where a build would write");
        out.getBuffer().setLength(0);
        assertEquals(1, run("check", "--strict", "--content", content.toString()));
        assertTrue(out.toString().matches("(?s).*site-gen check: 1 skill, [1-9]\\d* pages, 0 warnings, 1 error in .*"), "check counts the pages: " + out);
        assertFalse(out.toString().contains("written"), "check never writes, so it says nothing of it: " + out);
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--format", "github", "--content", content.toString()));
        assertTrue(out.toString().startsWith("::warning file="), out.toString());
        assertTrue(out.toString().contains("content/skills/a/SKILL.md,line=5,title=site-gen broken-link::"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--format", "json", "--content", content.toString()));
        assertTrue(out.toString().contains("\"code\" : \"broken-link\""), out.toString());
        assertEquals(2, run("check", "--format", "yaml"));
    }

    @Test
    void checkSaysWhatItFoundBesidesProblemsAsTheBuildDoes() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n# A\n");
        Files.createDirectories(content.resolve("skills/b"));
        Files.writeString(content.resolve("skills/b/skill.md"), "# B\n");
        assertEquals(0, run("check", "--content", content.toString()));
        assertTrue(out.toString().contains("site-gen check: 1 folder holds Markdown but no SKILL.md, so it is not published: skills/b"),
                out.toString());
    }

    @Test
    void leavesHistoryOutWhenAsked() throws Exception {
        Path content = content("---\nname: a\ndescription: d\nversion: 2.0.0\n---\n# A\n");
        Files.createDirectories(content.resolve("skills/a/versions/1.0.0"));
        Files.writeString(content.resolve("skills/a/versions/1.0.0/SKILL.md"), "---\nname: a\ndescription: old\n---\n# A\n");
        assertEquals(0, run("build", "--content", content.toString(), "--output", dir.resolve("out").toString()));
        assertTrue(Files.exists(dir.resolve("out/skills/a/history/index.html")));
        assertEquals(0, run("build", "--no-history", "--content", content.toString(), "--output", dir.resolve("out").toString()));
        assertFalse(Files.exists(dir.resolve("out/skills/a/history")));
        assertFalse(out.toString().lines().reduce((a, b) -> b).orElse("").contains("history"), "no history stage ran: " + out);
    }

    @Test
    void exitsWithTwoForUsageErrors() {
        assertEquals(2, run("build", "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"));
        assertEquals(2, run());
        assertTrue(err.toString().contains("Commands:"));
    }

    @Test
    void saysHowFoldersAreGivenWhenTheyAreGivenAsArguments() {
        assertEquals(2, run("build", "content", "out"));
        assertTrue(err.toString().endsWith("site-gen: folders are given as options: --content=DIR --output=DIR\n"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("check", "content"));
        assertTrue(err.toString().endsWith("site-gen: folders are given as options: --content=DIR\n"), err.toString());
    }

    @Test
    void refusesATemplatesFolderThatIsNotThere() throws Exception {
        Path content = content("---\nname: a\ndescription: d\n---\n# A\n");
        assertEquals(2, run("build", "--content", content.toString(), "--output", dir.resolve("out").toString(),
                "--templates", dir.resolve("my-templtes").toString()));
        assertTrue(err.toString().contains("--templates: " + dir.resolve("my-templtes") + " is not a folder."), err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void refusesToServeOnWhatIsNotAPortOrAnAddress() {
        assertEquals(2, run("serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port: 70000 is not a port (0 to 65535)"), err.toString());
        assertEquals(2, run("serve", "--port", "eighty"));
        assertTrue(err.toString().contains("'eighty' is not an int"), err.toString());
        assertEquals(2, run("serve", "--host", "[::1"));
        assertTrue(err.toString().contains("--host: no such address: [::1"), err.toString());
    }

    @Test
    void describesItsOptions() {
        assertEquals(0, run("build", "--help"));
        for (String option : new String[] {"--content=DIR", "--output=DIR", "--templates=DIR", "--base-url=URL", "--strict"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void offersEachCommandOnlyTheOptionsItActsOn() {
        assertEquals(0, run("check", "--help"));
        assertFalse(out.toString().contains("--output"), "check writes no site:\n" + out);
        assertFalse(out.toString().contains("cache"), "check keeps no cache:\n" + out);
        assertEquals(2, run("check", "--output=out"));
        assertTrue(err.toString().contains("Unknown option: '--output=out'"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("serve", "--help"));
        assertTrue(out.toString().contains("--output=DIR"));
        assertTrue(out.toString().contains("--[no-]cache"), "serve's first build reads the cache:\n" + out);
    }

    /** Help wraps lines after dots, colons and slashes too: each description is worded so that it splits no word. */
    @Test
    void helpSplitsNoWordAcrossLines() {
        CommandLine root = new CommandLine(new Main());
        for (CommandLine command : List.of(root, root.getSubcommands().get("build"), root.getSubcommands().get("check"),
                root.getSubcommands().get("serve"))) {
            String help = command.getUsageMessage();
            String joined = help.replaceAll("\\s+", " ");
            List<String> descriptions = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().description()));
            command.getCommandSpec().options().forEach(option -> descriptions.addAll(List.of(option.description())));
            for (String description : descriptions) {
                String expected = description.replace("${DEFAULT-VALUE}", "").replaceAll("\\s+", " ").trim();
                for (String part : expected.split(" Default: ")) {
                    assertTrue(joined.contains(part), "'" + part + "' unbroken in the help of " + command.getCommandName() + ":\n" + help);
                }
            }
        }
    }
}
