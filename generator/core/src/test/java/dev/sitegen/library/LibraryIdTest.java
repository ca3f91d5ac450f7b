package dev.sitegen.library;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryIdTest {

    @Test
    void readsEveryFormSkillsWrite() {
        assertEquals(new LibraryId("tiangolo", "fastapi", null), LibraryId.parse("/tiangolo/fastapi").orElseThrow());
        assertEquals(new LibraryId("tiangolo", "fastapi", null), LibraryId.parse("tiangolo/fastapi").orElseThrow());
        assertEquals(new LibraryId("vercel", "next.js", "v14.3.0"), LibraryId.parse("/vercel/next.js/v14.3.0").orElseThrow());
        assertEquals("/vercel/next.js", LibraryId.parse("/vercel/next.js/v14.3.0").orElseThrow().base().toString());
    }

    @Test
    void refusesWhatIsNotAnId() {
        for (String text : new String[] {"/fastapi", "/a/b/c/d", "a b/c", "/a/b.", "https://x/y", "", "/"}) {
            assertEquals(Optional.empty(), LibraryId.parse(text), text);
        }
    }

    @Test
    void linksToContext7AndToGitHubWhereTheIdIsARepository() {
        LibraryId id = LibraryId.parse("/tiangolo/fastapi").orElseThrow();
        assertEquals("https://context7.com/tiangolo/fastapi", id.context7Url());
        assertEquals("https://context7.com/tiangolo/fastapi/llms.txt", id.llmsTxtUrl());
        assertEquals(Optional.of("https://github.com/tiangolo/fastapi"), id.githubUrl());
        assertTrue(LibraryId.parse("/websites/react_dev").orElseThrow().githubUrl().isEmpty());
        assertTrue(LibraryId.parse("/llmstxt/docs_x").orElseThrow().githubUrl().isEmpty());
        assertTrue(LibraryId.parse("/context7/docs").orElseThrow().githubUrl().isEmpty());
    }
}
