package dev.sitegen.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ControlCharactersTest {

    private static final String CONTROLS = "\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF";
    private static final String ALLOWED = "\t\n\r \u007F\u00A0\uFFFD\uD83D\uDC0D";

    @Test
    void findsTheFirstControlCharacter() {
        assertEquals(-1, ControlCharacters.indexIn(ALLOWED));
        for (char control : CONTROLS.toCharArray()) {
            assertEquals(ALLOWED.length(), ControlCharacters.indexIn(ALLOWED + control + "x"), "U+" + (int) control);
        }
    }

    @Test
    void replacesEachAndLeavesTheRest() {
        assertEquals(ALLOWED + "\uFFFD".repeat(CONTROLS.length()) + ALLOWED, ControlCharacters.replace(ALLOWED + CONTROLS + ALLOWED));
        assertEquals(ALLOWED, ControlCharacters.replace(ALLOWED));
    }
}
