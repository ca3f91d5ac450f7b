package dev.sitegen.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonBytesTest {

    private static String json(String value) {
        return new String(new JsonBytes(0).string(value).toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void writesTextInUtf8() {
        assertEquals("\"café 파이썬 — 🐍\"", json("café 파이썬 — 🐍"));
    }

    @Test
    void escapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\u000ad\\u0009\"", json("a\"b\\c\nd\t"));
    }

    @Test
    void escapesLoneSurrogatesWhichUtf8CannotHold() {
        assertEquals("\"x\\ud83dy\\ude00\"", json("x\ud83dy\ude00"));
    }

    @Test
    void writesNumbersAsJavaDoes() {
        int[] numbers = {0, 7, 9, 10, 99, 100, 1_000_000, Integer.MAX_VALUE, -1, -10, Integer.MIN_VALUE};
        JsonBytes out = new JsonBytes(0);
        StringBuilder expected = new StringBuilder();
        for (int number : numbers) {
            out.number(number).ascii(',');
            expected.append(number).append(',');
        }
        assertEquals(expected.toString(), new String(out.toBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void growsPastItsFirstGuess() {
        JsonBytes out = new JsonBytes(1).ascii('[');
        for (int i = 0; i < 1000; i++) {
            out.ascii(i == 0 ? "" : ",").number(i);
        }
        String written = new String(out.ascii(']').toBytes(), StandardCharsets.US_ASCII);
        assertEquals(1000, written.split(",").length);
        assertEquals("[0,1,2", written.substring(0, 6));
    }
}
