package dev.sitegen.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void keepsAShortNameAsItIs() {
        assertEquals("moai-lang-python", FileNames.shortened("moai-lang-python"));
    }

    @Test
    void cutsALongNameToWholeCharactersThatFitInAFolderName() {
        assertEquals("a".repeat(FileNames.MAX_BYTES), FileNames.shortened("a".repeat(10_000)));
        String korean = FileNames.shortened("스".repeat(100));
        assertEquals(FileNames.MAX_BYTES / 3, korean.length(), "three bytes each");
        String letters = FileNames.shortened("\uD835\uDC00".repeat(100));
        assertEquals(FileNames.MAX_BYTES / 4 * 4, letters.getBytes(StandardCharsets.UTF_8).length, "four bytes each, never half of one");
    }

    @Test
    void namesAFileFromAFolderWithForwardSlashes() {
        assertEquals("skills/demo/reference.md", FileNames.relative(Path.of("/site/content"), Path.of("/site/content/skills/demo/reference.md")));
        assertEquals("../other/SKILL.md", FileNames.relative(Path.of("/site/content/demo"), Path.of("/site/content/other/SKILL.md")));
    }
}
