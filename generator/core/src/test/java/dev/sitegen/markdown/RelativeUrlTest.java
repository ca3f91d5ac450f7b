package dev.sitegen.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeUrlTest {

    @Test
    void aUrlIsRelativeWithoutASchemeOrALeadingSlash() {
        assertTrue(RelativeUrl.isRelative("references/api.md"));
        assertTrue(RelativeUrl.isRelative("../b/SKILL.md"));
        assertTrue(RelativeUrl.isRelative("#setup"));
        assertTrue(RelativeUrl.isRelative("guide.md?plain=1"));
        assertFalse(RelativeUrl.isRelative("https://example.com/a.md"));
        assertFalse(RelativeUrl.isRelative("mailto:ops@example.com"));
        assertFalse(RelativeUrl.isRelative("/docs/a"));
        assertFalse(RelativeUrl.isRelative("//cdn.example.com/a.js"));
        assertFalse(RelativeUrl.isRelative(""));
    }

    @Test
    void isLedFromTheSitesRootThroughThePagesFolder() {
        String page = "skills/a/modules/x.md";
        assertEquals("skills/a/modules/y.md", RelativeUrl.fromRoot(page, "y.md"));
        assertEquals("skills/a/modules/y.md", RelativeUrl.fromRoot(page, "./y.md"));
        assertEquals("skills/a/SKILL.md#setup", RelativeUrl.fromRoot(page, "../SKILL.md#setup"));
        assertEquals("skills/b/guide.md?plain=1", RelativeUrl.fromRoot(page, "../../b/guide.md?plain=1"));
        assertEquals("skills/a/modules/x.md#top", RelativeUrl.fromRoot(page, "#top"));
        assertEquals("skills/a/", RelativeUrl.fromRoot(page, ".."));
        assertEquals("skills/a/modules/scripts/", RelativeUrl.fromRoot(page, "scripts/"));
        assertEquals("a.md", RelativeUrl.fromRoot(page, "../../../../a.md"), "not above the root");
    }
}
