package dev.sitegen.model;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceDocumentTest {

    private final Problems problems = new Problems();

    private SourceDocument split(String text) {
        return SourceDocument.split(new SourceText(new SourceFile(Path.of("/c/a.md"), "a.md"), text), problems);
    }

    @Test
    void splitsFrontMatterFromBodyAndKnowsWhereTheBodyStarts() {
        SourceDocument doc = split("---\nname: a\ndescription: b\n---\n# Title\n");
        assertTrue(doc.hasFrontMatter());
        assertEquals("# Title\n", doc.body());
        assertEquals(5, doc.bodyLine());
        assertEquals("a", doc.frontMatter().orElseThrow().text("name", problems).orElseThrow());
    }

    @Test
    void takesAFileWithoutFrontMatterAsAllBody() {
        SourceDocument doc = split("# Title\n---\ntext\n");
        assertFalse(doc.hasFrontMatter());
        assertEquals(1, doc.bodyLine());
    }

    @Test
    void acceptsAnEmptyBlock() {
        SourceDocument doc = split("---\n---\nBody\n");
        assertTrue(doc.hasFrontMatter());
        assertEquals("Body\n", doc.body());
        assertEquals(3, doc.bodyLine());
    }
}
