package dev.sitegen.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected ids are what GitHub gives the same headings. */
class HeadingIdsTest {

    @Test
    void makesGitHubSlugs() {
        assertEquals("quick-reference-30-seconds", HeadingIds.slug("Quick Reference (30 seconds)"));
        assertEquals("fastapi-0115-patterns", HeadingIds.slug("FastAPI 0.115+ Patterns"));
        assertEquals("-do", HeadingIds.slug("✅ DO"));
        assertEquals("-skill-metadata", HeadingIds.slug("📊 Skill Metadata"));
        assertEquals("anti-pattern-this-is-too-simple-to-need-a-design",
                HeadingIds.slug("Anti-Pattern: \"This Is Too Simple To Need A Design\""));
        assertEquals("snake_case-and--dashes", HeadingIds.slug("snake_case and — dashes"));
        assertEquals("파이썬-개발", HeadingIds.slug("파이썬 개발"));
    }

    @Test
    void numbersRepeats() {
        HeadingIds ids = new HeadingIds();
        assertEquals("examples", ids.next("Examples"));
        assertEquals("examples-1", ids.next("Examples"));
        assertEquals("examples-2", ids.next("Examples"));
        assertEquals("examples-1-1", ids.next("Examples 1"));
    }

    @Test
    void namesEmptyHeadingsSection() {
        HeadingIds ids = new HeadingIds();
        assertEquals("section", ids.next("!!!"));
        assertEquals("section-1", ids.next(""));
    }
}
