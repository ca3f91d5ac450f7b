package dev.sitegen.render;

import dev.sitegen.BuildConfig;
import dev.sitegen.ContentFixture;
import dev.sitegen.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagramsTest {

    private static final String FLOW = "```mermaid\ngraph TD\n  A --> B\n```\n";

    @TempDir
    Path dir;

    private boolean carriesMermaid(ContentFixture content, String out) {
        assertTrue(SiteGenerator.generate(BuildConfig.of(content.root(), dir.resolve(out))).success());
        return Files.exists(dir.resolve(out).resolve("assets/" + Diagrams.SCRIPT));
    }

    @Test
    void aSiteCarriesMermaidOnlyIfOneOfItsPagesHasADiagram() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/plain", "name: plain\ndescription: Mermaid named, not drawn.", "# Plain\n\nA `mermaid` word.\n\n```text\ngraph TD\n```\n");
        assertFalse(carriesMermaid(content, "without"));

        content.write("skills/plain/reference.md", "# Flow\n\n" + FLOW);
        assertTrue(carriesMermaid(content, "with"));
    }

    @Test
    void aDiagramInAnOlderVersionOnlyIsCarriedForItsPage() {
        ContentFixture content = new ContentFixture(dir.resolve("content"));
        content.skill("skills/flow", "name: flow\ndescription: Drawn once.\nversion: 2.0.0", "# Flow\n\nNo longer drawn.\n");
        content.write("skills/flow/versions/1.0.0/SKILL.md", "---\nname: flow\ndescription: Drawn once.\nversion: 1.0.0\n---\n# Flow\n\n" + FLOW);
        assertTrue(carriesMermaid(content, "out"));
    }
}
