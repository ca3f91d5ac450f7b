package dev.sitegen.text;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a text file the way authors meant it: UTF-8 with or without a byte-order mark, UTF-16
 * when marked or evident, any line ends, and double-encoded runs repaired. Each departure from
 * plain UTF-8 is reported, so authors can fix the file at its source. A file that is not text at
 * all (it holds NUL bytes) is reported and skipped. {@link ControlCharacters} are replaced, and
 * reported.
 */
public final class TextDecoder {

    /** A few NUL bytes in a text are slips, which the other checks of its bytes then judge as text; more are a binary file. */
    private static final int MAX_STRAY_NULS = 8;

    private TextDecoder() {
    }

    public static Optional<SourceText> read(SourceFile file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            problems.error("unreadable", SourceLocation.of(file.path()), "Cannot read this file: " + e.getMessage(),
                    "Check that it exists and can be read.");
            return Optional.empty();
        }
        return decode(file, bytes, problems);
    }

    public static Optional<SourceText> decode(SourceFile file, byte[] bytes, Problems problems) {
        SourceLocation whole = SourceLocation.of(file.path());
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8(file, bytes, 3, problems);
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            text = new String(bytes, 2, bytes.length - 2, utf16);
            problems.warning("utf-16", whole, "This file is UTF-16; it was read as such.",
                    "Save it as UTF-8, the encoding agents and tools expect.");
        } else if (looksLikeUtf16(bytes)) {
            Charset utf16 = bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            text = new String(bytes, utf16);
            problems.warning("utf-16", whole, "This file is UTF-16 without a byte-order mark; it was read as such.",
                    "Save it as UTF-8, the encoding agents and tools expect.");
        } else if (indexOf(bytes, (byte) 0) >= 0) {
            int nuls = count(bytes, bytes.length, (byte) 0);
            if (nuls > MAX_STRAY_NULS) {
                problems.error("binary-file", whole,
                        "This file holds " + nuls + " NUL bytes: it is not text, so it cannot be read.",
                        (file.isMarkdown() ? "Rename it if it is not Markdown, or save" : "Save")
                                + " it again as UTF-8 text.");
                return Optional.empty();
            }
            int first = indexOf(bytes, (byte) 0);
            problems.warning("nul-character", SourceLocation.of(file.path(), 1 + count(bytes, first, (byte) '\n')),
                    "This line holds a NUL character" + (nuls > 1 ? ", one of " + nuls + " in the file," : "")
                            + " which is no text; it was left out.",
                    "Delete it: editors show it as ^@, <0x00> or NUL.");
            text = utf8(file, withoutNuls(bytes, nuls), 0, problems);
        } else {
            text = utf8(file, bytes, 0, problems);
        }
        text = normaliseLineEnds(text);
        Mojibake.Repair repair = Mojibake.repair(text);
        if (repair.changed()) {
            problems.warning("double-encoded", SourceLocation.of(file.path(), repair.lines().get(0)),
                    "Text here was double-encoded (UTF-8 read as Windows-1252, such as \"â€”\" for \"—\")" + lines(repair.lines())
                            + "; it was repaired in the output" + (repair.guessedLostBytes() ? ", guessing bytes the encoding lost" : "") + ".",
                    "Re-save the file as UTF-8 with the intended characters, and check the repaired ones.");
            text = repair.text();
        }
        int control = ControlCharacters.indexIn(text);
        if (control >= 0) {
            problems.warning("control-character", new SourceText(file, text).locationOf(control),
                    "This line holds the control character " + ControlCharacters.name(text, control) + ", which readers cannot see "
                            + "and feeds cannot carry; it was replaced with \uFFFD, as were any others in the file.",
                    "Delete it, or write what it stood for.");
            text = ControlCharacters.replace(text);
        }
        return Optional.of(new SourceText(file, text));
    }

    private static String utf8(SourceFile file, byte[] bytes, int offset, Problems problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict.decode(input).toString();
        } catch (CharacterCodingException e) {
            List<Integer> lines = invalidUtf8Lines(bytes, offset);
            problems.warning("invalid-utf-8", SourceLocation.of(file.path(), lines.get(0)),
                    "This line holds bytes that are not valid UTF-8" + lines(lines) + "; they are shown as \uFFFD.",
                    "Save the file as UTF-8.");
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
    }

    /** The lines, from 1, that hold bytes UTF-8 does not read. */
    private static List<Integer> invalidUtf8Lines(byte[] bytes, int offset) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int start = offset; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                strict.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
            } catch (CharacterCodingException e) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    /** " (lines 3, 8, 12)" after a problem at the first of several lines; nothing for one. */
    private static String lines(List<Integer> lines) {
        return lines.size() == 1 ? "" : " (lines " + lines.stream().limit(12).map(String::valueOf).collect(Collectors.joining(", "))
                + (lines.size() > 12 ? ", ..." : "") + ")";
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Text in UTF-16 without a mark: most of its NUL bytes fall on one parity. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return false;
        }
        int sample = Math.min(bytes.length, 4096);
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int pairs = sample / 2;
        return (evenNul > pairs * 0.6 && oddNul == 0) || (oddNul > pairs * 0.6 && evenNul == 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** How many of the first {@code end} bytes are {@code b}. */
    private static int count(byte[] bytes, int end, byte b) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == b) {
                count++;
            }
        }
        return count;
    }

    private static byte[] withoutNuls(byte[] bytes, int nuls) {
        byte[] text = new byte[bytes.length - nuls];
        int at = 0;
        for (byte each : bytes) {
            if (each != 0) {
                text[at++] = each;
            }
        }
        return text;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
