package dev.sitegen.search;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme's search-lunr.js, which the browser runs after lunr.js, run in GraalJS. */
class SearchLunrScriptTest {

    private static LunrContext lunr;
    private static Value index;

    @BeforeAll
    static void start() {
        lunr = new LunrContext();
        index = lunr.load(SearchIndex.build(List.of(
                new SearchDocument("skills/python/", "Python", "", "Python development with FastAPI.", List.of("python")),
                new SearchDocument("skills/python/#validation", "Python", "Validation", "Pydantic models validate data.", List.of("python")),
                new SearchDocument("skills/java/", "Java", "", "Java development with Spring.", List.of("java")),
                new SearchDocument("skills/release/", "Release", "", "Run sw:e2e before a release.", List.of("release")),
                new SearchDocument("skills/slop/", "Slop", "", "Cleanup/refactor/deslop passes, APPROVED/REJECT.", List.of()),
                new SearchDocument("skills/cloud-ops/", "Cloud ops", "", "Ops for clusters: scaling and capacity.", List.of("ops")),
                new SearchDocument("skills/vault/#reading", "Vault", "Reading", "Run op item get NAME to read one item from the vault.",
                        List.of()),
                new SearchDocument("skills/retry/", "Retry", "", "Set `MAX_RETRIES` in pyproject.toml, then call client.backoff().",
                        List.of()),
                new SearchDocument("skills/kube/", "Kube", "", "Config maps.", List.of()),
                new SearchDocument("skills/files/", "Files", "", "Configuration files.", List.of()))));
    }

    @AfterAll
    static void stop() {
        lunr.close();
    }

    @Test
    void replacesLunrsTrimmerWithoutAWarning() {
        try (Context context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(source(Lunr.LUNR_JS));
            context.eval("js", "var warnings = []; lunr.utils.warn = function (message) { warnings.push(message); };");
            Value lunrsTrimmer = context.eval("js", "lunr.trimmer");
            context.eval(source(Lunr.SETUP_JS));
            assertEquals(0, context.eval("js", "warnings.length").asInt(), context.eval("js", "warnings.join()").asString());
            Value trimmer = context.eval("js", "lunr.Pipeline.registeredFunctions.trimmer");
            assertTrue(trimmer.equals(context.eval("js", "lunr.trimmer")) && !trimmer.equals(lunrsTrimmer));
            assertEquals("trimmer", trimmer.getMember("label").asString());
        }
    }

    private static Source source(String resource) {
        return Source.create("js", new String(Lunr.resource(resource), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "DROPPED", value = {
            "(pydantic),|pydantic", "파이썬,|파이썬", "«café»|café", "हिन्दी।|हिन्दी", "__init__|init", "v2.9.|v2.9",
            "𝐀bc!|𝐀bc", "½|½", "**|DROPPED", "😀|DROPPED", "\"\"|DROPPED", "node.js|node.js", "c++|c"})
    void trimsWhatIsNeitherLetterNumberNorMark(String token, String expected) {
        Value trimmed = lunr.eval("lunr.trimmer").execute(lunr.eval("lunr.Token").newInstance(token));
        assertEquals(expected, trimmed.isNull() ? null : trimmed.invokeMember("toString").asString());
    }

    @Test
    void trimsExactlyAsItsRegexDefinitionOnEveryTokenOfRealSkills() {
        List<String> tokens = new ArrayList<>(List.of("a", "!", "!a", "a!", "é!", "!é", "a!é", "!é!a!", "\uD800", "a\uD800", "\uDC00a"));
        TestCorpus.documents().forEach(d -> LunrTokenizer.tokens(d.text(), tokens::add));
        Value mismatches = lunr.function("""
                function (tokens) {
                  var edges = /^[^\\p{L}\\p{N}\\p{M}]+|[^\\p{L}\\p{N}\\p{M}]+$/gu;
                  return tokens.split('\\n').filter(function (s) {
                    var token = lunr.trimmer(new lunr.Token(s)), expected = s.replace(edges, '');
                    return token === undefined ? expected !== '' : token.toString() !== expected;
                  });
                }""").execute(String.join("\n", tokens));
        assertEquals(List.of(), LunrContext.strings(mismatches));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "検証する|検証 証す する", "検|検", "api連携の設定|api 連携 携の の設 設定", "データ、検証。|デー ータ 検証",
            "ラーメン|ラー ーメ メン", "𠮷野家|𠮷野 野家", "中文搜索|中文 文搜 搜索", "claude用のtesting|claud 用の test",
            "파이썬|파이썬", "running|run"})
    void cutsIdeographsAndKanaIntoPairsAndLeavesOtherWordsWhole(String token, String terms) {
        Value pipeline = lunr.function("""
                function (token) {
                  var pipeline = new lunr.Pipeline();
                  pipeline.add.apply(pipeline, sitegenSearch.indexPipeline);
                  return pipeline.runString(token);
                }""");
        assertEquals(List.of(terms.split(" ")), LunrContext.strings(pipeline.execute(token)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo:", "+-", "*", "\"", "~", "^", ":", "\\", "+", "-", "title:", "nosuchfield:python",
            "python~", "python^", "python^x", "~2", "+!!", "-!!", "*:*", "title:*", "python~99", "\"python\"", "((", "-*",
            "heading:+", "python -", "+ python", "python:java:spring", "\u0000", ""})
    void searchNeverThrowsOnWhatAReaderTypes(String query) {
        lunr.search(index, query);
        lunr.search(index, query + " python");
        lunr.search(index, "python " + query);
    }

    @Test
    void searchesTextThatIsNotValidSyntaxAsPlainWords() {
        assertEquals(List.of(0, 1), refs("python:"));
        assertEquals(List.of(3), refs("sw:e2e"), "a colon that names no field is part of the word");
        assertEquals(List.of(), refs("*"));
        assertEquals(List.of(), refs("+!!"));
    }

    @Test
    void findsTheLastWordAsTheStartOfALongerOne() {
        assertEquals(List.of(1), refs("pyd"));
        assertEquals(List.of(1), refs("pydantic"));
        assertEquals(List.of(2), refs("pyd spring"), "the last word only");
        assertEquals(List.of(), refs("py"), "not from fewer than three letters");
    }

    @Test
    void findsAWordTypedPastTheStemTheIndexHoldsForIt() {
        assertEquals(List.of(0, 2), refs("developm"), "development is there as develop, which developm* misses");
        assertEquals(List.of(1), refs("validati"), "validation is there as valid");
        assertEquals(2, refs("java developm").get(0));
    }

    @Test
    void takesAWordAsTypedWhenATermStartsWithIt() {
        assertEquals(List.of(9), refs("configu"), "configuration is there as configur: config, a shorter term, is another word");
    }

    @Test
    void takesAWordWhoseStartIsATermAsMisspeltNearItsEnd() {
        assertEquals(List.of(1), refs("validatoin"), "valid, which edit distance from validatoin does not reach");
        assertEquals(List.of(), refs("qwerty"), "no term starts it");
    }

    @Test
    void putsSectionsWithEveryWordFirstWhenTheLastIsAWildcard() {
        assertEquals(List.of(2, 0), refs("development java*"), "then those with some of them");
    }

    @Test
    void requiresTheLastWordWholeWhenItsStemIsShorterThanIt() {
        assertEquals(List.of(1, 0), refs("python validation"), "validation is indexed as valid, which validation* misses");
    }

    @Test
    void doesNotRequireTheLittleWordsTheIndexLeavesOut() {
        assertEquals(6, refs("op item").get(0));
        assertEquals(6, refs("op item get").get(0), "get is a stop word, in no section's terms");
        assertEquals(6, refs("how to get op item").get(0));
    }

    @Test
    void findsEachOfWordsJoinedBySlashes() {
        assertEquals(List.of(4), refs("deslop"));
        assertEquals(List.of(4), refs("refactor"));
        assertEquals(List.of(4), refs("reject"));
        assertEquals(List.of(4), refs("cleanup/deslop"), "a query splits as the text did");
    }

    @Test
    void findsWhatSaysAWordWholeBeforeWhatSaysALongerWordStartingWithIt() {
        Value apps = lunr.load(SearchIndex.build(List.of(
                new SearchDocument("skills/apple-notes/", "apple-notes", "", "Notes in Apple Notes.", List.of()),
                new SearchDocument("skills/app-builder/", "app-builder", "App Builder", "Builds an app.", List.of()),
                new SearchDocument("skills/a/", "a", "", "One app.", List.of()),
                new SearchDocument("skills/b/", "b", "", "Another app.", List.of()),
                new SearchDocument("skills/c/", "c", "", "A third app.", List.of()))));
        assertEquals(List.of(1, 2, 3, 4, 0), refs(apps, "app"), "apple, rarer, would score higher");
    }

    @Test
    void ranksThePageThatIsAboutAWordAboveOtherSectionsOfAPageWhoseTitleSaysIt() {
        Value pages = lunr.load(SearchIndex.build(List.of(
                new SearchDocument("skills/docs/", "docs", "", "TSDoc standards for TypeScript.", List.of()),
                new SearchDocument("skills/docs/workflow/", "docs › TSDoc workflow", "TSDoc workflow", "Steps.", List.of()),
                new SearchDocument("skills/docs/workflow/#setup", "docs › TSDoc workflow", "Setup", "Install the tools.", List.of()),
                new SearchDocument("skills/docs/workflow/#review", "docs › TSDoc workflow", "Review", "Read it again.", List.of()))));
        List<Integer> found = refs(pages, "tsdoc");
        assertEquals(List.of(1, 0), found.subList(0, 2), "the page titled so, then the skill that says it: " + found);
        assertEquals(1, refs(pages, "tsdoc workflow").get(0));
        assertEquals(2, refs(pages, "workflow setup").get(0), "a page's title finds its sections with another word");
    }

    @Test
    void findsEachWordOfAnIdentifierOrAFileName() {
        assertEquals(List.of(7), refs("retries"));
        assertEquals(List.of(7), refs("toml"));
        assertEquals(List.of(7), refs("backoff"));
        assertEquals(List.of(7), refs("max_retries"), "a query splits as the text did");
        assertEquals(List.of(7), refs("pyproject.toml"));
    }

    @Test
    void takesWordsAsMisspeltOnlyWhenNothingMatches() {
        assertEquals(List.of(2), refs("sprnig"), "a letter swapped");
        assertEquals(List.of(1), refs("pydantc"), "a letter left out");
        assertEquals(List.of(), refs("qwertyuiop"), "no word of the index is near it");
        assertEquals(List.of(2), refs("spring"), "a word that matches is not widened");
        assertEquals(List.of(), refs("+sprnig -java"), "the rest of the query still holds");
    }

    @Test
    void keepsLunrsQuerySyntax() {
        assertEquals(List.of(0), refs("title:python"), "a page by its title: its opening, which stands for it");
        assertEquals(List.of(0), refs("+development -java -validation"));
        assertEquals(List.of(1), refs("pydantc~1"));
    }

    private static List<Integer> refs(String query) {
        return refs(index, query);
    }

    private static List<Integer> refs(Value in, String query) {
        return lunr.search(in, query).stream().map(LunrContext.Result::ref).toList();
    }
}
