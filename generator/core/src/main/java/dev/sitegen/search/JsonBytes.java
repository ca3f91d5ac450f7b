package dev.sitegen.search;

import java.util.Arrays;

/**
 * JSON written straight as UTF-8 bytes into one growing array. An index is tens of megabytes at
 * thousands of skills; a StringBuilder, its String and then its bytes would hold it three times.
 * Strings escape the few characters JSON requires, and lone surrogates, which UTF-8 cannot hold.
 */
final class JsonBytes {

    private byte[] bytes;
    private int size;

    /** @param expectedSize a guess at the final size; the array grows past it if need be */
    JsonBytes(int expectedSize) {
        bytes = new byte[Math.max(16, expectedSize)];
    }

    /** Characters that need no escaping or encoding: punctuation and keys that are ASCII. */
    JsonBytes ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    JsonBytes ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A number, its digits written straight in: an index writes millions, and a String for each would cost as much as the rest. */
    JsonBytes number(int value) {
        ensure(11);
        long rest = value;
        if (rest < 0) {
            bytes[size++] = '-';
            rest = -rest;
        }
        int digits = 1;
        for (long power = 10; power <= rest; power *= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        return this;
    }

    JsonBytes string(String value) {
        ensure(value.length() * 3 + 2);
        bytes[size++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                bytes[size++] = '\\';
                bytes[size++] = (byte) c;
            } else if (c < 0x20 || isLoneSurrogate(value, i)) {
                ascii(String.format("\\u%04x", (int) c));
            } else if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        bytes[size++] = '"';
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        // \\u escapes are written through ascii, which ensures their own room.
        if (size + more + 6 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), size + more + 6));
        }
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
