package dev.sitegen.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a problem is, as the console shows it: relative to the folder site-gen runs in when below it. */
class SourceLocationTest {

    private final Path base = Path.of("/work/site").toAbsolutePath();

    @Test
    void showsAFileBelowTheBaseRelativeToIt() {
        assertEquals("content/skills/a/SKILL.md:3:14", new SourceLocation(base.resolve("content/skills/a/SKILL.md"), 3, 14).display(base));
    }

    @Test
    void showsAFileElsewhereAsGiven() {
        Path elsewhere = Path.of("/tmp/other/SKILL.md").toAbsolutePath();
        assertEquals(elsewhere.toString().replace('\\', '/') + ":2", SourceLocation.of(elsewhere, 2).display(base));
    }

    @Test
    void showsTheBaseItselfAsADotRatherThanNothing() {
        assertEquals(".", SourceLocation.of(base).display(base));
    }
}
