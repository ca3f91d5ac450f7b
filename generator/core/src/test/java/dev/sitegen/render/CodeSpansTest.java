package dev.sitegen.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeSpansTest {

    @Test
    void leavesTextNoLongerThanTheLengthAsItIs() {
        assertEquals("Run the tests.", CodeSpans.shortened("Run the tests.", 14));
        assertEquals("Run the tests.", CodeSpans.shortened("Run the tests.", null));
    }

    @Test
    void cutsAtTheEndOfAWord() {
        assertEquals("Enforces use of approved…", CodeSpans.shortened("Enforces use of approved component libraries.", 28));
    }

    @Test
    void neverCutsInsideCodeSoNoBackTickIsLeftAlone() {
        String text = "Errors are caught early; run `n8nac validate --strict <workflow.ts>` first.";
        assertEquals("Errors are caught early; run…", CodeSpans.shortened(text, 50));
        assertEquals("Errors are caught early; run `n8nac validate --strict <workflow.ts>`…", CodeSpans.shortened(text, 72));
    }

    @Test
    void keepsCodeThatOpensTheTextWholeRatherThanShowNothing() {
        assertEquals("`npx skills add owner/repo --skill name`…", CodeSpans.shortened("`npx skills add owner/repo --skill name` installs it.", 20));
        assertEquals("`npx skills add owner/repo`", CodeSpans.shortened("`npx skills add owner/repo`", 20));
    }

    @Test
    void cutsTextWithoutSpacesWhereItIsButNotBetweenTheHalvesOfACharacter() {
        assertEquals("入力データを…", CodeSpans.shortened("入力データを検証する。", 7));
        assertEquals("😀😀…", CodeSpans.shortened("😀😀😀😀", 6), "a cut inside a surrogate pair steps back");
    }

    @Test
    void showsWhatIsBetweenBackTicksAsCodeAndEscapesTheRest() {
        assertEquals("Run <code>mvn -q verify</code> &lt;first&gt;", html("Run `mvn -q verify` <first>"));
    }

    @Test
    void readsCodeSpansAsCommonMarkDoes() {
        assertEquals("Use <code>a`b</code> here", html("Use ``a`b`` here"), "a longer fence holds a back-tick");
        assertEquals("<code>`x`</code>", html("`` `x` ``"), "one space each side is dropped");
        assertEquals("a ``b` c", html("a ``b` c"), "fences of different lengths make no span");
        assertEquals("<code>one two</code>", html("`one\ntwo`"), "a folded line break is a space");
    }

    private static String html(String text) {
        return new CodeSpans().apply(text, Map.of(), null, null, 0).toString();
    }
}
