package dev.sitegen.search;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LunrTokenizerTest {

    private static LunrContext lunr;
    private static Value lunrTokenizer;

    @BeforeAll
    static void start() {
        lunr = new LunrContext();
        lunrTokenizer = lunr.function("function (text) { return lunr.tokenizer(text).map(function (t) { return t.toString(); }); }");
    }

    @AfterAll
    static void stop() {
        lunr.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello World", "", "   ", "foo-bar -- baz-", "--leading trailing-", "tabs\tand\nlines\r\nand\u000Bmore\f",
            "no\u00A0break\u2003em\u3000ideographic\u202Fnarrow\u205Fmath\u1680ogham\u2028line\u2029para\uFEFFbom",
            "not spaces: zero\u200Bwidth mongolian\u180Evowel next\u0085line",
            "\u0130stanbul", "ΟΔΟΣ ΣΑΣ", "Straße", "파이썬 개발 전문가", "emoji 😀 here", "C++ & node.js (v20), `code_ident`"})
    void splitsAndLowercasesAsLunrDoes(String text) {
        List<String> ours = new ArrayList<>();
        LunrTokenizer.tokens(text, ours::add);
        assertEquals(LunrContext.strings(lunrTokenizer.execute(text)), ours);
    }
}
