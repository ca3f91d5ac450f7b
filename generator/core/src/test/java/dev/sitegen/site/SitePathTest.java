package dev.sitegen.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SitePathTest {

    private static final SitePath HOME = SitePath.HOME;
    private static final SitePath SKILL = SitePath.page("skills/a");
    private static final SitePath REFERENCE = SitePath.page("skills/a/reference");

    @Test
    void linksRelativelyAndNamesIndexHtmlSoPagesWorkFromDisk() {
        assertEquals("skills/a/index.html", SKILL.hrefFrom(HOME));
        assertEquals("reference/index.html", REFERENCE.hrefFrom(SKILL));
        assertEquals("../index.html", SKILL.hrefFrom(REFERENCE));
        assertEquals("../../../index.html", HOME.hrefFrom(REFERENCE));
        assertEquals("../../b/index.html", SitePath.page("skills/b").hrefFrom(REFERENCE));
        assertEquals("index.html", SKILL.hrefFrom(SKILL));
        assertEquals("scripts/run.sh", SitePath.of("skills/a/scripts/run.sh").hrefFrom(SKILL));
    }

    @Test
    void givesTheRootPrefixOfAPage() {
        assertEquals("", HOME.rootPrefix());
        assertEquals("../../../", REFERENCE.rootPrefix());
    }

    @Test
    void dropsIndexHtmlFromUrls() {
        assertEquals("", HOME.urlPath());
        assertEquals("skills/a/", SKILL.urlPath());
        assertEquals("404.html", SitePath.of("404.html").urlPath());
    }

    @Test
    void percentEncodesWhatUrlsCannotHold() {
        SitePath path = SitePath.of("skills/a/my file#1.png");
        assertEquals("skills/a/my%20file%231.png", path.href());
        assertEquals("%ED%8C%8C%EC%9D%B4%EC%8D%AC/index.html", SitePath.page("파이썬").href());
    }

    @Test
    void refusesPathsThatLeaveTheSite() {
        assertThrows(IllegalArgumentException.class, () -> SitePath.of("../x.html"));
        assertThrows(IllegalArgumentException.class, () -> SitePath.of("a/../../x.html"));
        assertThrows(IllegalArgumentException.class, () -> SitePath.of("/etc/passwd"));
    }

    @Test
    void decodesWhatAUrlWritesButKeepsAPlusAPlus() {
        assertEquals(java.util.Optional.of("my file+notes.md"), SitePath.decode("my%20file+notes.md"));
        assertEquals(java.util.Optional.empty(), SitePath.decode("100%.md"), "a malformed escape names nothing");
    }
}
