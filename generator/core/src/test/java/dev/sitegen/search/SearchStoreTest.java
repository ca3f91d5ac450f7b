package dev.sitegen.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchStoreTest {

    @Test
    void aSnippetIsTheTextWithEachRunOfWhiteSpaceOneSpace() {
        assertEquals("a b c d\u00A0e", SearchStore.snippet("  a \t\n b\u000B\f\rc  d\u00A0e\n"));
    }

    @Test
    void aLongTextIsCutAtAWordBeforeTheSnippetLength() {
        String snippet = SearchStore.snippet("word ".repeat(100));
        assertTrue(snippet.length() <= SearchStore.SNIPPET_LENGTH + 1, snippet);
        assertEquals("word word", snippet.substring(0, 9));
        assertTrue(snippet.endsWith("word…"), snippet);
    }
}
