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
        String page = "skills/a/modules/x/index.html";
        assertEquals("skills/a/modules/x/y.png", RelativeUrl.fromRoot(page, "y.png"));
        assertEquals("skills/a/modules/x/y.png", RelativeUrl.fromRoot(page, "./y.png"));
        assertEquals("skills/a/index.html#setup", RelativeUrl.fromRoot(page, "../../index.html#setup"));
        assertEquals("skills/b/guide/index.html?plain=1", RelativeUrl.fromRoot(page, "../../../b/guide/index.html?plain=1"));
        assertEquals("skills/a/modules/x/index.html#top", RelativeUrl.fromRoot(page, "#top"));
        assertEquals("skills/a/modules/", RelativeUrl.fromRoot(page, ".."));
        assertEquals("skills/a/modules/x/scripts/", RelativeUrl.fromRoot(page, "scripts/"));
        assertEquals("a.md", RelativeUrl.fromRoot(page, "../../../../../a.md"), "not above the root");
    }
}
