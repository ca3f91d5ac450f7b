package dev.sitegen.text;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private final SourceFile file = new SourceFile(Path.of("/content/skills/a/SKILL.md"), "skills/a/SKILL.md");
    private final Problems problems = new Problems();

    private Optional<SourceText> decode(byte[] bytes) {
        return TextDecoder.decode(file, bytes, problems);
    }

    private List<String> codes() {
        return problems.sorted().stream().map(Problem::code).toList();
    }

    @Test
    void readsPlainUtf8WithoutComment() {
        assertEquals("name: 파이썬\n", decode("name: 파이썬\n".getBytes(StandardCharsets.UTF_8)).orElseThrow().text());
        assertEquals(List.of(), codes());
    }

    @Test
    void dropsAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n'};
        assertEquals("---\n", decode(bom).orElseThrow().text());
    }

    @Test
    void normalisesWindowsAndOldMacLineEnds() {
        assertEquals("a\nb\nc\n", decode("a\r\nb\rc\r\n".getBytes(StandardCharsets.UTF_8)).orElseThrow().text());
    }

    @Test
    void readsUtf16WithAndWithoutAMarkAndSaysSo() {
        assertEquals("---\nname: x\n", decode("\uFEFF---\nname: x\n".getBytes(StandardCharsets.UTF_16LE)).orElseThrow().text());
        assertEquals("---\nname: x\n", decode("---\nname: x\n".getBytes(StandardCharsets.UTF_16BE)).orElseThrow().text());
        assertEquals(List.of("utf-16", "utf-16"), codes());
    }

    @Test
    void replacesInvalidUtf8AndNamesTheLine() {
        byte[] bytes = "ok\nok\nbad \u00FF here\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("ok\nok\nbad \uFFFD here\n", decode(bytes).orElseThrow().text());
        Problem problem = problems.sorted().get(0);
        assertEquals("invalid-utf-8", problem.code());
        assertEquals(3, problem.location().line());
    }

    @Test
    void namesEveryLineWithInvalidUtf8AtTheFirst() {
        byte[] bytes = "ok\nok\nbad \u00FF here\nok\nand \u00FE here\n".getBytes(StandardCharsets.ISO_8859_1);
        decode(bytes);
        Problem problem = problems.sorted().get(0);
        assertEquals(3, problem.location().line());
        assertTrue(problem.message().contains("(lines 3, 5)"), problem.message());
    }

    @Test
    void leavesAStrayNulOutOfTheTextWithAWarningAtItsLine() {
        assertEquals("ok\nA NUL here.\n", decode("ok\nA NUL\0 here.\n".getBytes(StandardCharsets.UTF_8)).orElseThrow().text());
        Problem problem = problems.sorted().get(0);
        assertEquals("nul-character", problem.code());
        assertEquals(2, problem.location().line());
        assertFalse(problems.hasErrors());
    }

    @Test
    void aStrayNulInTextThatIsNotUtf8IsStillText() {
        assertTrue(decode("Caf\u00E9\0 au lait\n".getBytes(StandardCharsets.ISO_8859_1)).isPresent());
        assertEquals(List.of("invalid-utf-8", "nul-character"), codes().stream().sorted().toList());
    }

    @Test
    void skipsBinaryFilesWithAnError() {
        assertTrue(decode(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 33, 0, 0, 0, 0, 1, 2, 3}).isEmpty());
        assertEquals(List.of("binary-file"), codes());
        assertTrue(problems.hasErrors());
    }

    @Test
    void repairsDoubleEncodingAndWarnsWithTheFirstLine() {
        String text = TextDecoder.decode(file, "ok\nâ€” dash\nâœ… done\n".getBytes(StandardCharsets.UTF_8), problems).orElseThrow().text();
        assertEquals("ok\n— dash\n✅ done\n", text);
        Problem problem = problems.sorted().get(0);
        assertEquals("double-encoded", problem.code());
        assertEquals(2, problem.location().line());
        assertTrue(problem.message().contains("lines 2, 3"), problem.message());
    }

    @Test
    void replacesControlCharactersThatFeedsCannotCarryAndSaysWhere() {
        String text = decode("# Title\n\nA bell \u0007, an escape \u001b[2J, a tab\tand \uFFFF.\n".getBytes(StandardCharsets.UTF_8))
                .orElseThrow().text();
        assertEquals("# Title\n\nA bell \uFFFD, an escape \uFFFD[2J, a tab\tand \uFFFD.\n", text);
        Problem problem = problems.sorted().get(0);
        assertEquals(List.of("control-character"), codes());
        assertEquals(3, problem.location().line());
        assertEquals(8, problem.location().column());
        assertTrue(problem.message().contains("U+0007"), problem.message());
    }
}
