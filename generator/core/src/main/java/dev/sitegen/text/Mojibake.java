package dev.sitegen.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds and repairs double-encoded text: UTF-8 bytes that were once read as Windows-1252 and
 * saved again as UTF-8, so that {@code ├──} became {@code â”œâ”€â”€} and {@code 📊} became
 * {@code ðŸ“Š}.
 *
 * <p>Each run of characters that maps back to the bytes of one valid UTF-8 sequence is replaced by
 * that character. Windows-1252 has five bytes with no character (81, 8D, 8F, 90, 9D); decoders drop
 * them, so {@code ❌} (E2 9D 8C) arrives as {@code âŒ}. When a sequence is one byte short, the repair
 * tries those five bytes and keeps the candidate from the blocks such text uses most (dingbats,
 * symbols, emoji, box drawing, punctuation), which turns {@code âŒ} back into {@code ❌}.
 *
 * <p>Two-character sequences also occur in honest Latin text ({@code «CAFÉ»} holds {@code É»}), so
 * they are repaired only when the text also holds an unambiguous sign of double encoding: a three-
 * or four-byte sequence, or a lead of {@code Â} or {@code Ã}.
 */
public final class Mojibake {

    /** Windows-1252's characters for bytes 0x80 to 0x9F; 0 where the byte has none. */
    private static final char[] CP1252_HIGH = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };
    private static final int[] LOST_BYTES = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    /** Blocks that double-encoded Markdown holds, most likely first; used to pick a lost byte. */
    private static final int[][] LIKELY_BLOCKS = {
        {0x2700, 0x27BF}, {0x2600, 0x26FF}, {0x1F300, 0x1FAFF}, {0x2500, 0x25FF},
        {0x2190, 0x21FF}, {0x2000, 0x206F}, {0x2B00, 0x2BFF}, {0x2300, 0x23FF},
    };

    private Mojibake() {
    }

    /** The repaired text, and the 1-based lines that needed repair (empty when none did). */
    public record Repair(String text, List<Integer> lines, boolean guessedLostBytes) {
        public boolean changed() {
            return !lines.isEmpty();
        }
    }

    public static Repair repair(String text) {
        List<Match> matches = find(text);
        if (matches.stream().noneMatch(Match::strong)) {
            return new Repair(text, List.of(), false);
        }
        StringBuilder out = new StringBuilder(text.length());
        TreeSet<Integer> lines = new TreeSet<>();
        boolean guessed = false;
        int copied = 0;
        int line = 1;
        int counted = 0;
        for (Match m : matches) {
            for (; counted < m.start; counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            out.append(text, copied, m.start).appendCodePoint(m.codePoint);
            copied = m.end;
            lines.add(line);
            guessed |= m.guessed;
        }
        out.append(text, copied, text.length());
        return new Repair(out.toString(), List.copyOf(lines), guessed);
    }

    private record Match(int start, int end, int codePoint, boolean strong, boolean guessed) {
    }

    private static List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match m = matchAt(text, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.end;
            }
        }
        return matches;
    }

    private static Match matchAt(String text, int start) {
        int lead = byteOf(text.charAt(start));
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        int found = 1;
        while (found < length && start + found < text.length()) {
            int b = byteOf(text.charAt(start + found));
            if (b < 0x80 || b > 0xBF) {
                break;
            }
            bytes[found++] = (byte) b;
        }
        int end = start + found;
        if (found == length) {
            int cp = decode(bytes);
            return cp < 0 ? null : new Match(start, end, cp, length > 2 || lead == 0xC2 || lead == 0xC3, false);
        }
        if (found == length - 1 && found >= 2) {
            int cp = bestWithOneLostByte(bytes, found);
            return cp < 0 ? null : new Match(start, end, cp, true, true);
        }
        return null;
    }

    private static int bestWithOneLostByte(byte[] partial, int found) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int gap = 1; gap <= found; gap++) {
            for (int lost : LOST_BYTES) {
                byte[] candidate = new byte[found + 1];
                System.arraycopy(partial, 0, candidate, 0, gap);
                candidate[gap] = (byte) lost;
                System.arraycopy(partial, gap, candidate, gap + 1, found - gap);
                int cp = decode(candidate);
                int rank = rank(cp);
                if (cp >= 0 && rank < bestRank) {
                    best = cp;
                    bestRank = rank;
                }
            }
        }
        return bestRank == Integer.MAX_VALUE ? -1 : best;
    }

    private static int rank(int codePoint) {
        for (int i = 0; i < LIKELY_BLOCKS.length; i++) {
            if (codePoint >= LIKELY_BLOCKS[i][0] && codePoint <= LIKELY_BLOCKS[i][1]) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The single code point these bytes encode as strict UTF-8, or -1. */
    private static int decode(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /** The Windows-1252 byte a character came from, or -1 if it did not come from one. */
    static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        if (c >= 0x80 && c <= 0x9F) {
            return c; // a decoder that kept the undefined bytes as C1 controls
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }
}
