package dev.sitegen.search;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our index against the one lunr.Builder makes of the same real skills. */
class SearchIndexTest {

    private static LunrContext lunr;
    private static List<SearchDocument> corpus;
    private static SearchIndex index;
    private static Value ours;
    private static Value lunrs;

    @BeforeAll
    static void build() {
        lunr = new LunrContext();
        corpus = TestCorpus.documents();
        index = SearchIndex.build(corpus);
        ours = lunr.load(index);
        lunrs = lunr.buildWithLunr(corpus);
    }

    @AfterAll
    static void stop() {
        lunr.close();
    }

    @Test
    void expandsToExactlyWhatLunrBuilderSerialises() {
        assertTrue(corpus.size() > 300, "a corpus of some size: " + corpus.size());
        assertEquals(lunr.json(lunrs), lunr.expandedJson(index));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // single words, common to rare
            "skill", "agent", "review", "tests", "verify", "context", "subagent", "implementer", "ledger", "structure",
            "worktree", "debugging", "brainstorming", "python", "fastapi", "pydantic", "pytest", "async", "library",
            "secrets", "searchable", "graphviz", "persuasion", "hypothesis", "polluter",
            // prefixes and other wildcards
            "sub*", "work*", "debug*", "pyd*", "brain*", "implem*", "*ing", "t*st",
            // several words
            "root cause", "red green refactor", "code review feedback", "parallel agents", "git worktree branch",
            "test driven development", "verification before completion", "plan document reviewer",
            // fields
            "title:debugging", "heading:checklist", "tags:git", "body:ledger", "title:python", "heading:overview",
            // presence, fuzziness, boosts
            "+skill -test", "+review +code", "-agent", "reviw~1", "debuging~2", "review^10 agent",
            // nothing to find
            "xyzzy", "qwertyuiop", "zzzz*", "title:xyzzy"})
    void answersQueriesExactlyAsLunrsOwnIndex(String query) {
        List<LunrContext.Result> expected = lunr.lunrSearch(lunrs, query);
        List<LunrContext.Result> actual = lunr.lunrSearch(ours, query);
        assertEquals(expected.size(), actual.size(), "result count");
        assertEquals(top(expected), top(actual));
        assertEquals(top(lunr.search(lunrs, query)), top(lunr.search(ours, query)), "through sitegenSearch.search");
    }

    private static List<LunrContext.Result> top(List<LunrContext.Result> results) {
        return results.subList(0, Math.min(10, results.size()));
    }

    @Test
    void findsKoreanText() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("skills/python/", "moai-lang-python", "개요", "파이썬 개발 전문가를 위한 스킬입니다.", List.of("python")),
                new SearchDocument("skills/java/", "moai-lang-java", "Overview", "Java development expert.", List.of("java")));
        Value korean = lunr.load(SearchIndex.build(documents));
        assertEquals(List.of(0), refs(lunr.search(korean, "파이썬")));
        assertEquals(List.of(0), refs(lunr.search(korean, "개요")));
        assertEquals(List.of(0), refs(lunr.lunrSearch(korean, "전문가를")), "a whole word, as lunr splits it");
        assertEquals(List.of(0), refs(lunr.search(korean, "전문가")), "the start of a word");
    }

    /** Japanese, Chinese, and English beside them: sentences with no spaces between their words. */
    private static final List<SearchDocument> CJK = List.of(
            new SearchDocument("skills/ja/", "データ検証", "概要", "このスキルは入力データを検証する手順を説明します。Claude用のテンプレートもあります。", List.of("validation")),
            new SearchDocument("skills/zh/", "中文搜索", "说明", "本技能介绍如何配置全文搜索索引，以及𠮷字的处理。", List.of("search")),
            new SearchDocument("skills/en/", "Validation", "Overview", "Check inputs before use.", List.of("validation")));

    @Test
    void expandsToExactlyWhatLunrBuilderSerialisesOfChineseAndJapanese() {
        assertEquals(lunr.json(lunr.buildWithLunr(CJK)), lunr.expandedJson(SearchIndex.build(CJK)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "検証|0", "検証する|0", "データを検証|0", "データ|0", "テンプレート|0", "claude用|0", "検証 validation|0 2",
            "検証済み|0", "搜索|1", "全文搜索索引|1", "索|1", "𠮷|1", "validation|0 2", "検索|", "证检|", "スキル 搜索|0 1"})
    void findsChineseAndJapaneseWordsInsideSentences(String query, String expected) {
        Value cjk = lunr.load(SearchIndex.build(CJK));
        List<Integer> refs = refs(lunr.search(cjk, query));
        assertEquals(expected == null ? List.of() : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList(),
                refs.stream().sorted().toList());
        assertEquals(refs, refs(lunr.search(lunr.buildWithLunr(CJK), query)), "as lunr.Builder's index answers");
    }

    @Test
    void namesTheUnicodeTrimmerInItsPipeline() {
        assertTrue(new String(index.index(), StandardCharsets.UTF_8).contains("\"pipeline\":[\"trimmer\",\"cjkPairs\",\"stemmer\"]"));
        assertTrue(lunr.eval("lunr.Pipeline.registeredFunctions.trimmer === sitegenSearch.indexPipeline[0]").asBoolean());
        assertTrue(lunr.eval("lunr.Pipeline.registeredFunctions.trimmer !== undefined && lunr.trimmer === sitegenSearch.indexPipeline[0]").asBoolean());
    }

    @Test
    void ranksTitlesAboveHeadingsAboveKeywordsAboveText() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("body/", "Other", "Other", "Pydantic pydantic pydantic validates data.", List.of("other")),
                new SearchDocument("keyword/", "Other", "Other", "Validates data.", List.of("pydantic")),
                new SearchDocument("heading/", "Other", "Pydantic models", "Validates data.", List.of("other")),
                new SearchDocument("title/", "Pydantic", "Other", "Validates data.", List.of("other")));
        Value ranked = lunr.load(SearchIndex.build(documents));
        assertEquals(List.of(3, 2, 1, 0), refs(lunr.search(ranked, "pydantic")));
    }

    @Test
    void ranksADocumentByItsBoost() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("skills/a/v/1.0.0/", "Pydantic", "", "Models.", List.of(), 0.5),
                new SearchDocument("skills/a/", "Pydantic", "", "Models.", List.of()));
        assertEquals(List.of(1, 0), refs(lunr.search(lunr.load(SearchIndex.build(documents)), "pydantic")));
    }

    @Test
    void storesWhatAResultShowsInIndexOrder() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("skills/a/", "A \"quoted\" title", "", "Short text.", List.of()),
                new SearchDocument("skills/a/#usage", "A \"quoted\" title", "Usage", "word ".repeat(100), List.of()));
        Value store = lunr.eval("JSON.parse").execute(new String(SearchIndex.build(documents).store(), StandardCharsets.UTF_8));
        assertEquals(List.of("skills/a/", "A \"quoted\" title", "", "Short text."), LunrContext.strings(store.getArrayElement(0)));
        List<String> second = LunrContext.strings(store.getArrayElement(1));
        assertEquals(List.of("skills/a/#usage", "A \"quoted\" title", "Usage"), second.subList(0, 3));
        assertTrue(second.get(3).startsWith("word word") && second.get(3).endsWith("word…") && second.get(3).length() <= SearchStore.SNIPPET_LENGTH + 1, second.get(3));
    }

    @Test
    void servesTheLunrItWasBuiltWith() {
        String script = new String(SearchIndex.lunrScript(), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("/**\n * lunr - http://lunrjs.com") && script.contains("lunr.version = \"2.3.9\""));
        assertTrue(new String(index.index(), StandardCharsets.UTF_8).startsWith("{\"version\":\"2.3.9\""));
    }

    private static List<Integer> refs(List<LunrContext.Result> results) {
        return results.stream().map(LunrContext.Result::ref).toList();
    }
}
