package dev.sitegen.site;

import dev.sitegen.content.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteAssemblerTest {

    private static String fileTitle(String name) {
        return SiteAssembler.fileTitle(new SourceFile(Path.of("/content/skills/x", name), "skills/x/" + name));
    }

    @Test
    void namesAPageWithoutATitleByItsFile() {
        assertEquals("Implementer prompt", fileTitle("implementer-prompt.md"));
        assertEquals("Reference", fileTitle("REFERENCE.md"));
        assertEquals("API", fileTitle("API.md"), "three capitals or fewer are an acronym");
        assertEquals("FAQ notes", fileTitle("FAQ_notes.markdown"));
    }
}
