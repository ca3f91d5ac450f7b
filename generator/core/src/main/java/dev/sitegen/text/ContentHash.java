package dev.sitegen.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short hexadecimal SHA-256 prefixes that name content: for cache-busting URLs and stable ids. */
public final class ContentHash {

    private ContentHash() {
    }

    /** The first {@code bytes} bytes of the content's SHA-256, as {@code 2 * bytes} hex digits. */
    public static String of(byte[] content, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String of(String text, int bytes) {
        return of(text.getBytes(StandardCharsets.UTF_8), bytes);
    }
}
