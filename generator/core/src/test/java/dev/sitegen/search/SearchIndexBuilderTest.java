package dev.sitegen.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexBuilderTest {

    private static final List<SearchDocument> FIRST = List.of(
            new SearchDocument("a/", "Python", "", "Python development, with FastAPI.", List.of("python")));
    private static final List<SearchDocument> SECOND = List.of(
            new SearchDocument("b/", "Java", "", "Java development, with Spring.", List.of("java")),
            new SearchDocument("a/", "Python", "", "Python development, with FastAPI.", List.of("python")));

    @Test
    void buildsEachIndexAsANewBuilderWould() {
        try (SearchIndexBuilder builder = new SearchIndexBuilder()) {
            assertArrayEquals(SearchIndex.build(FIRST).index(), builder.build(FIRST).index());
            assertArrayEquals(SearchIndex.build(SECOND).index(), builder.build(SECOND).index());
        }
    }

    @Test
    void buildsOnAnotherThreadThanTheOneThatMadeIt() throws Exception {
        try (SearchIndexBuilder builder = new SearchIndexBuilder()) {
            SearchIndex index = CompletableFuture.supplyAsync(() -> builder.build(SECOND)).get();
            assertEquals(2, index.documentCount());
            assertArrayEquals(index.index(), builder.build(SECOND).index());
        }
    }

    @Test
    void buildsAnIndexOfNothing() {
        SearchIndex index = SearchIndex.build(List.of());
        assertEquals(0, index.documentCount());
        try (LunrContext lunr = new LunrContext()) {
            assertEquals(List.of(), lunr.search(lunr.load(index), "python"));
        }
    }

    @Test
    void closesWithoutHavingBuilt() {
        new SearchIndexBuilder().close();
    }
}
