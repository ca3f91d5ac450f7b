package dev.sitegen.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemReportTest {

    private static final Path BASE = Path.of("/repo");
    private static final List<Problem> PROBLEMS = List.of(
            Problem.error("yaml-syntax", new SourceLocation(Path.of("/repo/content/a/SKILL.md"), 3, 5), "Bad YAML: a, b.", "Fix it."),
            Problem.warning("broken-link", SourceLocation.of(Path.of("/repo/content/a/SKILL.md"), 12), "Broken\nlink 100%.", "Mend it."),
            Problem.warning("unreadable", SourceLocation.of(Path.of("/repo/content/b/x.md")), "Cannot read.", "Check it."));

    @Test
    void groupsByFileForPeople() {
        String text = ProblemReport.text(PROBLEMS, BASE);
        assertTrue(text.startsWith("content/a/SKILL.md\n  3:5     error   yaml-syntax            Bad YAML: a, b.\n"), text);
        assertTrue(text.contains("\ncontent/b/x.md\n  -       warning unreadable"), text);
    }

    @Test
    void writesJsonForTools() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ProblemReport.json(PROBLEMS, BASE));
        assertEquals(1, json.get("errors").asInt());
        assertEquals(2, json.get("warnings").asInt());
        JsonNode first = json.get("problems").get(0);
        assertEquals("content/a/SKILL.md", first.get("file").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals("yaml-syntax", first.get("code").asText());
    }

    @Test
    void writesWorkflowCommandsForGitHubEscapedAsItRequires() {
        List<String> lines = ProblemReport.github(PROBLEMS, BASE).lines().toList();
        assertEquals("::error file=content/a/SKILL.md,line=3,col=5,title=site-gen yaml-syntax::Bad YAML: a, b. Fix it.", lines.get(0));
        assertEquals("::warning file=content/a/SKILL.md,line=12,title=site-gen broken-link::Broken%0Alink 100%25. Mend it.", lines.get(1));
        assertEquals("::warning file=content/b/x.md,title=site-gen unreadable::Cannot read. Check it.", lines.get(2));
    }
}
