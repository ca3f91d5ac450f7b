package dev.sitegen.model;

import dev.sitegen.ContentFixture;
import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.TextDecoder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillMetadataReaderTest {

    private static final Path SEED = ContentFixture.REPOSITORY_CONTENT.resolve("skills/moai-lang-python");
    private final Problems problems = new Problems();

    private Optional<SkillMetadata> read(Path file) {
        SourceFile source = new SourceFile(file, file.getFileName().toString());
        return SkillMetadataReader.read(SourceDocument.split(TextDecoder.read(source, problems).orElseThrow(), problems), problems);
    }

    private Optional<SkillMetadata> read(String text) {
        SourceFile source = new SourceFile(Path.of("/c/skills/x/SKILL.md"), "skills/x/SKILL.md");
        return SkillMetadataReader.read(SourceDocument.split(
                TextDecoder.decode(source, text.getBytes(StandardCharsets.UTF_8), problems).orElseThrow(), problems), problems);
    }

    @Test
    void readsTheFlatSchemaOfSeedVersionOne() {
        SkillMetadata m = read(SEED.resolve("versions/1.0.0/SKILL.md")).orElseThrow();
        assertEquals("moai-lang-python", m.name());
        assertTrue(m.description().startsWith("Enterprise-grade Python 3.13+"));
        assertEquals("1.0.0", m.version());
        assertEquals(List.of("python", "programming-language", "enterprise", "development"), m.tags());
        assertEquals("2025-11-24", m.updated());
        assertEquals(LocalDate.of(2025, 11, 24), m.updatedDate());
        assertEquals("active", m.status());
        assertEquals(List.of(new ExtraField("modularized", false)), m.extras(), "an unquoted false is a boolean");
    }

    @Test
    void readsTheNestedSchemaOfSeedVersionOnePointOne() {
        SkillMetadata m = read(SEED.resolve("SKILL.md")).orElseThrow();
        assertEquals("moai-lang-python", m.name());
        assertTrue(m.description().startsWith("Python 3.13+ development specialist"), "folded text is read as one paragraph");
        assertTrue(m.description().endsWith("writing tests."), "without the folded scalar's final line break");
        assertEquals("1.1.0", m.version());
        assertEquals("language", m.category());
        assertEquals("active", m.status());
        assertEquals("2026-01-11", m.updated());
        assertEquals(List.of("language", "python", "fastapi", "django", "pytest", "async", "data-science"), m.tags());
        assertEquals("Apache-2.0", m.license());
        assertEquals("Designed for Claude Code", m.compatibility());
        assertEquals(List.of("Read", "Grep", "Glob", "Bash", "mcp__context7__resolve-library-id", "mcp__context7__get-library-docs"),
                m.allowedTools());
        assertEquals(false, m.invocation().userInvocable());
        assertEquals(new ProgressiveDisclosure(true, 100, 5000), m.progressiveDisclosure());
        assertEquals(List.of("python"), m.triggers().languages());
        assertEquals(9, m.triggers().keywords().size());
        assertEquals(List.of(new ExtraField("metadata.modularized", "false")), m.extras());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void keepsUnknownKeysInSourceOrder() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nauthor: Ann\norigin: npm\nmetadata:\n  aliases: [b, c]\n---\n").orElseThrow();
        assertEquals(List.of(new ExtraField("author", "Ann"), new ExtraField("origin", "npm"),
                new ExtraField("metadata.aliases", List.of("b", "c"))), m.extras());
    }

    @Test
    void readsHowClaudeCodeInvokesAndRunsTheSkill() {
        SkillMetadata m = read("""
                ---
                name: deploy
                description: d
                argument-hint: "[environment]"
                disable-model-invocation: true
                model: haiku
                effort: high
                context: fork
                agent: Explore
                ---
                """).orElseThrow();
        assertEquals(new Invocation(null, false, "[environment]", "haiku", "high", "fork", "Explore"), m.invocation());
        assertEquals(List.of(), m.extras());
        assertEquals(new Invocation(null, null, null, null, null, null, null), read("---\nname: a\ndescription: d\n---\n").orElseThrow().invocation());
    }

    @Test
    void takesDeprecatedTrueForTheStatusDeprecated() {
        assertEquals("deprecated", read("---\nname: a\ndescription: d\ndeprecated: true\n---\n").orElseThrow().status());
        assertNull(read("---\nname: a\ndescription: d\ndeprecated: false\n---\n").orElseThrow().status());
        SkillMetadata both = read("---\nname: a\ndescription: d\nstatus: beta\ndeprecated: true\n---\n").orElseThrow();
        assertEquals("beta", both.status(), "a status written is the status");
        assertEquals(List.of(new ExtraField("deprecated", true)), both.extras());
    }

    @Test
    void readsEveryAlternativeSpelling() {
        SkillMetadata m = read("""
                ---
                name: a
                description: d
                allowed-tools: [Read, "Bash(git add:*)"]
                related-skills: "b, c"
                progressive_disclosure:
                  level_1_tokens: 50
                  level_2_tokens: 900
                metadata:
                  context7-libraries: ["/tiangolo/fastapi", "/pydantic/pydantic"]
                ---
                """).orElseThrow();
        assertEquals(List.of("Read", "Bash(git add:*)"), m.allowedTools());
        assertEquals(List.of("b", "c"), m.relatedSkills());
        assertEquals(new ProgressiveDisclosure(null, 50, 900), m.progressiveDisclosure());
        assertEquals(List.of("/tiangolo/fastapi", "/pydantic/pydantic"), m.context7Libraries());
    }

    @Test
    void splitsToolStringsOutsideParentheses() {
        assertEquals(List.of("Bash(git add:*)", "Read"), SkillMetadataReader.toolList("Bash(git add:*) Read"));
        assertEquals(List.of("Read", " Write"), SkillMetadataReader.toolList("Read, Write"));
    }

    @Test
    void aSkillWithoutNameOrDescriptionGoesByItsFolderAndFirstParagraphAsInClaudeCodeWithAWarningForEach() {
        SkillMetadata m = read("---\nversion: 1\n---\n# Title\n\nDoes *this*,\nand [that](x.md).\n\nMore.\n").orElseThrow();
        assertEquals("x", m.name(), "the folder of skills/x/SKILL.md");
        assertEquals("Does this, and that.", m.description(), "the first paragraph, as text on one line");
        List<Problem> found = problems.sorted().stream().sorted(java.util.Comparator.comparing(Problem::code).reversed()).toList();
        assertEquals(List.of("name-missing", "description-missing"), found.stream().map(Problem::code).toList());
        assertFalse(found.stream().anyMatch(Problem::isError), "Claude Code loads such a skill, so the site shows it");
        assertEquals("The skill has no name, so it is named after its folder, \"x\", as Claude Code does; agents that follow the "
                + "Agent Skills standard skip it.", found.get(0).message());
        assertEquals("Add \"name: x\" to the front matter.", found.get(0).fix());
    }

    @Test
    void anArgumentHintWrittenAsClaudeCodesExamplesWriteItIsShownAsWritten() {
        SkillMetadata m = read("---\nname: x\ndescription: d\nargument-hint: [file-path]\n---\nBody\n").orElseThrow();
        assertEquals("[file-path]", m.invocation().argumentHint());
        Problem unquoted = problems.sorted().get(0);
        assertEquals("yaml-unquoted", unquoted.code());
        assertEquals(4, unquoted.location().line());
        assertEquals("Quote it: argument-hint: \"[file-path]\".", unquoted.fix());
    }

    @Test
    void aNameOrDescriptionThatYamlReadsAsABooleanNumberOrDateIsText() {
        SkillMetadata m = read("---\nname: 2048\ndescription: true\nversion: 1.0\n---\nBody\n").orElseThrow();
        assertEquals(List.of("2048", "true"), List.of(m.name(), m.description()));
        assertEquals(List.of("yaml-unquoted 2 Quote it: name: \"2048\".", "yaml-unquoted 3 Quote it: description: \"true\"."),
                problems.sorted().stream().filter(p -> p.code().equals("yaml-unquoted"))
                        .map(p -> p.code() + " " + p.location().line() + " " + p.fix()).toList(), "not the version, which skills write unquoted");
        assertTrue(problems.sorted().get(0).message().startsWith("YAML reads the name as a number, not text"), problems.sorted().get(0).message());
    }

    @Test
    void aDescriptionFromTheBodyIsProseNotAnAlertOrATable() {
        assertEquals("Task categories:", read("---\nname: x\n---\n> [!NOTE]\n> An alert first.\n\n| a | b |\n|---|---|\n\n"
                + "Task categories:\n| a | b |\n|---|---|\n").orElseThrow().description());
    }

    @Test
    void pointsAtTheKeyThatMisspellsAMissingField() {
        SkillMetadata m = read("---\nName: a\nversion: 1\ndescriptio: d\n---\nBody\n").orElseThrow();
        assertEquals("x", m.name());
        List<Problem> found = problems.sorted();
        assertEquals(List.of("name-missing", "description-missing"), found.stream().map(Problem::code).toList());
        assertEquals(List.of(2, 4), found.stream().map(p -> p.location().line()).toList(), "the misspelt keys' lines");
        assertEquals("Rename \"descriptio:\" to \"description:\".", found.get(1).fix());
        assertFalse(SkillMetadataReader.differsByAFewLetters("version", "description"));
        assertFalse(SkillMetadataReader.differsByAFewLetters("date", "name"), "a short word is one slip away at most");
        assertTrue(SkillMetadataReader.differsByAFewLetters("names", "name"));
        assertFalse(SkillMetadataReader.differsByAFewLetters("modes", "model"), "a letter changed in a short word makes another word");
    }

    @Test
    void aFileWithoutFrontMatterIsASkillNamedAfterItsFolderWithOneWarning() {
        SkillMetadata m = read("# Just Markdown\n\nIt does things.\n").orElseThrow();
        assertEquals("x", m.name());
        assertEquals("It does things.", m.description());
        List<Problem> found = problems.sorted();
        assertEquals(List.of("front-matter-missing"), found.stream().map(Problem::code).toList(), "said once, not once per field");
        assertEquals(1, found.get(0).location().line());
        assertFalse(found.get(0).isError());
    }

    @Test
    void aSkillWithNoDescriptionAndNoParagraphToTakeOneFromIsAnError() {
        assertTrue(read("---\nname: a\n---\n# Only a heading\n\n```\ncode\n```\n").isEmpty());
        Problem problem = problems.sorted().get(0);
        assertEquals("description-missing", problem.code());
        assertTrue(problem.isError());
        int before = problems.sorted().size();
        assertTrue(read("# Only a heading\n").isEmpty(), "nor without front matter");
        List<Problem> added = problems.sorted().stream().filter(p -> p.code().equals("front-matter-missing")).toList();
        assertEquals(before + 1, problems.sorted().size(), "one error says it all");
        assertTrue(added.get(0).isError());
    }

    @Test
    void reportsUnclosedFrontMatterAndWhereItLikelyEnds() {
        assertTrue(read("---\nname: a\ndescription: >\n  Long\ntags:\n  - x\n- y\n# Body\n").isEmpty());
        Problem unclosed = problems.sorted().get(0);
        assertEquals("front-matter-unclosed", unclosed.code());
        assertTrue(unclosed.fix().endsWith(", likely above line 8."), unclosed.fix());
    }

    @Test
    void prefersMetadataAndSaysSoWhenTheyDiffer() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nversion: 1.0.0\nmetadata:\n  version: \"2.0.0\"\n---\n").orElseThrow();
        assertEquals("2.0.0", m.version());
        Problem problem = problems.sorted().get(0);
        assertEquals("field-conflict", problem.code());
        assertEquals(4, problem.location().line(), "at the value that is not used");
    }

    @Test
    void readsTriggersWrittenAsAListOfPhrasesAsItsKeywords() {
        SkillMetadata m = read("---\nname: a\ndescription: d\ntriggers:\n  - \"get repo\"\n  - clone repo\n---\n").orElseThrow();
        assertEquals(List.of("get repo", "clone repo"), m.triggers().keywords());
        assertEquals(List.of(), problems.sorted(), "as Claude Code plugins write them: nothing to warn of");
        assertTrue(m.extras().isEmpty(), "shown once, as triggers");
    }

    @Test
    void warnsOfAKeyThatMisspellsAFieldAgentsRead() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nuser-invokable: false\nLicence: MIT\nmodes: [x]\n---\n").orElseThrow();
        // "modes" is a letter from "model", but a word of its own
        List<Problem> found = problems.sorted();
        assertEquals(List.of("field-misspelt", "field-misspelt"), found.stream().map(Problem::code).toList());
        assertEquals(List.of(4, 5), found.stream().map(p -> p.location().line()).toList());
        assertEquals("\"user-invokable\" is not a field that site-gen or Claude Code reads, so agents ignore it; it looks like "
                + "\"user-invocable\".", found.get(0).message());
        assertEquals("Rename \"Licence:\" to \"license:\".", found.get(1).fix());
        assertEquals(List.of("user-invokable", "Licence", "modes"), m.extras().stream().map(ExtraField::key).toList(), "still shown as written");
    }

    @Test
    void warnsOfClaudeCodesFieldsUnderMetadataWhereItDoesNotLookAndShowsThemAsWritten() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nmetadata:\n  version: 1.0.0\n  disable-model-invocation: true\n"
                + "  allowed-tools: Bash\n---\n").orElseThrow();
        List<Problem> found = problems.sorted();
        assertEquals(List.of("field-under-metadata", "field-under-metadata"), found.stream().map(Problem::code).toList());
        assertEquals(List.of(6, 7), found.stream().map(p -> p.location().line()).toList());
        assertEquals("Move \"disable-model-invocation:\" out of metadata:, to the top level.", found.get(0).fix());
        assertEquals(List.of(), m.allowedTools(), "agents are not allowed these tools, so the site does not say they are");
        assertEquals(List.of("metadata.disable-model-invocation", "metadata.allowed-tools"),
                m.extras().stream().map(ExtraField::key).toList(), "shown as written");
    }

    @Test
    void warnsOfTheToolsASubagentWouldListWhereASkillListsAllowedTools() {
        SkillMetadata m = read("---\nname: a\ndescription: d\ntools: Read, Grep\n---\n").orElseThrow();
        Problem found = problems.sorted().get(0);
        assertEquals("field-misspelt", found.code());
        assertEquals(4, found.location().line());
        assertEquals("Rename \"tools:\" to \"allowed-tools:\".", found.fix());
        assertEquals(List.of(), m.allowedTools(), "agents do not read it, so neither does the site");
        assertEquals(List.of(new ExtraField("tools", "Read, Grep")), m.extras(), "still shown as written");
    }

    @Test
    void takesToolsThatListAgentsForTheCollectionsOwnField() {
        read("---\nname: a\ndescription: d\ntools: [claude, cursor, gemini-cli]\n---\n").orElseThrow();
        assertEquals(List.of(), problems.sorted(), "no tool of Claude Code's is named, so nothing was meant for allowed-tools");
    }

    @Test
    void warnsOfAnUpdatedThatIsNotADateAtItsLine() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nmetadata:\n  updated: last week\n---\n").orElseThrow();
        Problem found = problems.sorted().get(0);
        assertEquals("field-type", found.code());
        assertEquals(5, found.location().line());
        assertEquals("last week", m.updated(), "still shown as written");
        assertNull(m.updatedDate());
    }

    @Test
    void takesTheDayAnUpdatedAtOrLastUpdatedGivesAsTheDayItWasUpdated() {
        SkillMetadata m = read("---\nname: a\ndescription: d\nupdated_at: 2026-02-11T09:29:29+08:00\n---\n").orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 11), m.updatedDate());
        m = read("---\nname: a\ndescription: d\nmetadata:\n  last_updated: \"2025-12-01\"\n---\n").orElseThrow();
        assertEquals(LocalDate.of(2025, 12, 1), m.updatedDate());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void leavesAbsentFieldsNull() {
        SkillMetadata m = read("---\nname: a\ndescription: d\n---\n").orElseThrow();
        assertNull(m.version());
        assertNull(m.progressiveDisclosure());
        assertTrue(m.triggers().isEmpty());
    }
}
