package dev.sitegen.history;

import dev.sitegen.render.ThemeText;
import dev.sitegen.content.SourceFile;
import dev.sitegen.markdown.LinkPolicy;
import dev.sitegen.markdown.MarkdownConverter;
import dev.sitegen.model.SkillMetadataReader;
import dev.sitegen.model.SourceDocument;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    private static Version version(String text) {
        Problems problems = new Problems();
        SourceDocument document = SourceDocument.split(new SourceText(new SourceFile(Path.of("/c/SKILL.md"), "SKILL.md"), text), problems);
        return new Version(new Revision(text, Instant.EPOCH, null, null, null, null, false), document,
                SkillMetadataReader.read(document, problems).orElse(null), "v", "v");
    }

    private static Comparison compare(String older, String newer) {
        Version a = version(older);
        Version b = version(newer);
        MarkdownConverter markdown = new MarkdownConverter(ThemeText.english().wording());
        return Comparison.between(a, markdown.convert(a.document().body(), 1, LinkPolicy.KEEP_ALL).headings(),
                b, markdown.convert(b.document().body(), 1, LinkPolicy.KEEP_ALL).headings());
    }

    private static final String OLDER = """
            ---
            name: demo
            description: A demo.
            version: 1.0.0
            tags: [a, b]
            ---
            Intro.

            ## Install

            Run install <now>.

            ## Usage

            Use it.

            ## Legacy

            Old stuff.
            """;

    private static final String NEWER = """
            ---
            name: demo
            description: A demo.
            metadata:
              version: "1.1.0"
              tags: "a, b"
            ---
            Intro.

            ## Install

            Run install <later> & check.

            ## Usage

            Use it.

            ## Troubleshooting

            Ask.
            """;

    @Test
    void findsTheFieldsThatChangedAsTheSkillModelReadsThem() {
        Comparison c = compare(OLDER, NEWER);
        assertEquals(List.of(new Comparison.FieldChange("version", "1.0.0", "1.1.0")), c.fields(),
                "moving tags under metadata: is no change; the new version is");
    }

    @Test
    void showsAChangedBudgetInTheFrontMattersOwnWordsWhateverTheSitesLanguage() {
        String budgeted = OLDER.replace("tags: [a, b]", "tags: [a, b]\nprogressive_disclosure:\n  enabled: true\n  level1_tokens: 100");
        String raised = budgeted.replace("level1_tokens: 100", "level1_tokens: 100\n  level2_tokens: 5000");
        assertEquals(List.of(new Comparison.FieldChange("progressive-disclosure", "enabled: true, level1_tokens: 100",
                "enabled: true, level1_tokens: 100, level2_tokens: 5000")), compare(budgeted, raised).fields());
    }

    @Test
    void callsASectionWhoseHeadingAloneChangedRenamed() {
        String renamed = OLDER.replace("## Usage", "## How to use").replace("## Legacy", "## Old stuff");
        assertEquals(List.of(new Comparison.SectionChange("How to use", Comparison.Change.RENAMED, "Usage"),
                new Comparison.SectionChange("Old stuff", Comparison.Change.RENAMED, "Legacy")), compare(OLDER, renamed).sections());
        String renamedAndEdited = OLDER.replace("## Usage\n\nUse it.", "## How to use\n\nUse it well.");
        assertEquals(List.of(Comparison.Change.ADDED, Comparison.Change.REMOVED),
                compare(OLDER, renamedAndEdited).sections().stream().map(Comparison.SectionChange::change).toList());
    }

    @Test
    void comparesNoFieldsWithAFrontMatterThatCouldNotBeRead() {
        String broken = OLDER.replace("tags: [a, b]", "tags: [a, b");
        assertEquals(List.of(), compare(OLDER, broken).fields(), "its fields were not removed, only unreadable");
        assertEquals(List.of(), compare(broken, OLDER).fields(), "nor added back");
        assertEquals(1, compare(OLDER, broken).linesAdded(), "the lines show what changed");
    }

    @Test
    void findsSectionsAddedRemovedAndChanged() {
        assertEquals(List.of(new Comparison.SectionChange("Install", Comparison.Change.CHANGED),
                new Comparison.SectionChange("Troubleshooting", Comparison.Change.ADDED),
                new Comparison.SectionChange("Legacy", Comparison.Change.REMOVED)), compare(OLDER, NEWER).sections());
    }

    @Test
    void countsLinesAndMarksChangedWordsInEscapedText() {
        Comparison c = compare(OLDER, NEWER);
        assertEquals(6, c.linesAdded(), "3 front-matter lines, the install line, the new heading and its text");
        assertEquals(5, c.linesRemoved());
        List<Comparison.Line> lines = c.hunks().stream().flatMap(h -> h.lines().stream()).toList();
        Comparison.Line removed = lines.stream().filter(l -> l.html().contains("install")).filter(l -> l.kind() == Comparison.Kind.REMOVED).findFirst().orElseThrow();
        Comparison.Line added = lines.stream().filter(l -> l.html().contains("install")).filter(l -> l.kind() == Comparison.Kind.ADDED).findFirst().orElseThrow();
        assertTrue(removed.html().startsWith("Run install &lt;<del>now"), removed.html());
        assertTrue(added.html().startsWith("Run install &lt;<ins>later"), added.html());
        assertTrue(added.html().contains("&amp;") && !added.html().contains("<later>"), "text is escaped: " + added.html());
        assertEquals(11, removed.oldNumber());
        assertEquals(12, added.newNumber());
    }

    @Test
    void keepsThreeLinesOfContextAndSplitsFarApartChanges() {
        StringBuilder older = new StringBuilder("---\nname: d\ndescription: d\n---\n");
        for (int i = 1; i <= 30; i++) {
            older.append("line ").append(i).append('\n');
        }
        String newer = older.toString().replace("line 3\n", "line three\n").replace("line 25\n", "line twenty-five\n");
        List<Comparison.Hunk> hunks = compare(older.toString(), newer).hunks();
        assertEquals(2, hunks.size());
        assertEquals(2 + 3 + 3, hunks.get(1).lines().size(), "three lines either side of a changed line (removed + added)");
    }

    @Test
    void countsWhatChanged() {
        Comparison comparison = compare(OLDER, NEWER);
        assertEquals(List.of(Comparison.Change.ADDED, Comparison.Change.REMOVED, Comparison.Change.CHANGED),
                comparison.sections().stream().map(Comparison.SectionChange::change).sorted().toList());
        assertEquals(List.of(6, 5, 1), List.of(comparison.linesAdded(), comparison.linesRemoved(), comparison.fields().size()));
        assertTrue(compare(OLDER, OLDER).isEmpty());
    }
}
