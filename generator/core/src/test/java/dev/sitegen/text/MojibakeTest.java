package dev.sitegen.text;

import dev.sitegen.ContentFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MojibakeTest {

    /** Sequences that UTF-8 read as Windows-1252 produces, and honest text does not. */
    static final Pattern MOJIBAKE = Pattern.compile("â€|â”|âœ|âŒ|ðŸ|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]");

    @Test
    void repairsBoxDrawingEmojiAndDashes() {
        Mojibake.Repair repair = Mojibake.repair("## ðŸ“Š Skill\nmyapp/\nâ”œâ”€â”€ main.py\n- `a` â€” b\n");
        assertEquals("## 📊 Skill\nmyapp/\n├── main.py\n- `a` — b\n", repair.text());
        assertEquals(List.of(1, 3, 4), repair.lines());
    }

    @Test
    void recoversTheByteWindows1252Lost() {
        // ❌ is E2 9D 8C; 9D has no Windows-1252 character, so decoders dropped it.
        Mojibake.Repair repair = Mojibake.repair("### âŒ DON'T\n### âœ… DO\n");
        assertEquals("### ❌ DON'T\n### ✅ DO\n", repair.text());
        assertTrue(repair.guessedLostBytes());
    }

    @Test
    void leavesHonestLatinTextAlone() {
        String text = "Ça marche: «CAFÉ» für Übergröße, naïve São Paulo, 10 °C, © 2025 — “quotes”.\n";
        Mojibake.Repair repair = Mojibake.repair(text);
        assertFalse(repair.changed());
        assertEquals(text, repair.text());
    }

    @Test
    void leavesKoreanAndEmojiAlone() {
        String text = "파이썬 개발 전문가 📊 ├── ✅\n";
        assertFalse(Mojibake.repair(text).changed());
    }

    @Test
    void repairsTheWholeOfSeedVersionOne() throws Exception {
        String seed = Files.readString(ContentFixture.REPOSITORY_CONTENT.resolve("skills/moai-lang-python/versions/1.0.0/SKILL.md"));
        assertTrue(MOJIBAKE.matcher(seed).find(), "the seed should hold double-encoded text");
        Mojibake.Repair repair = Mojibake.repair(seed);
        assertFalse(MOJIBAKE.matcher(repair.text()).find(), () -> "left: " + firstMatch(repair.text()));
        assertTrue(repair.text().contains("## 📊 Skill Metadata"));
        assertTrue(repair.text().contains("├── main.py"));
        assertTrue(repair.text().contains("### ❌ DON'T"));
        assertTrue(repair.text().contains("### ✅ DO"));
        assertEquals(15, repair.lines().get(0), "the first double-encoded line is the metadata heading");
    }

    private static String firstMatch(String text) {
        var m = MOJIBAKE.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 20)) : "";
    }
}
