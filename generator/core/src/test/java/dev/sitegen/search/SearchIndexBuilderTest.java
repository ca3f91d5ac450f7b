package dev.sitegen.search;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void waitsForTheWorkBesideItBeforeFinishingAndStopsIfThatFails() throws Exception {
        try (SearchIndexBuilder builder = new SearchIndexBuilder()) {
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<Void> rendered = new CompletableFuture<>() {
                @Override
                public Void get() throws InterruptedException, ExecutionException {
                    waiting.countDown();
                    return super.get();
                }
            };
            CompletableFuture<SearchIndex> index = CompletableFuture.supplyAsync(() -> builder.build(SECOND, rendered));
            assertTrue(waiting.await(1, TimeUnit.MINUTES), "it asks whether room is made");
            assertFalse(index.isDone(), "and waits");
            rendered.complete(null);
            assertArrayEquals(SearchIndex.build(SECOND).index(), index.get().index());

            assertThrows(CancellationException.class,
                    () -> builder.build(FIRST, CompletableFuture.failedFuture(new IllegalStateException("render failed"))));
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
    void buildsFromTheTermsAnEarlierBuilderKeptTheIndexItWouldBuildFromScratch(@TempDir Path cache) throws Exception {
        try (SearchIndexBuilder first = new SearchIndexBuilder(cache)) {
            first.build(FIRST);
        }
        assertTrue(Files.readString(cache.resolve("terms.tsv")).contains("\npython\tpython\n"));
        try (SearchIndexBuilder second = new SearchIndexBuilder(cache)) {
            assertArrayEquals(SearchIndex.build(SECOND).index(), second.build(SECOND).index(), "some tokens kept, some new");
        }
    }

    @Test
    void reusesTheLastIndexWhenNoDocumentChanged(@TempDir Path cache) throws Exception {
        SearchIndex built;
        try (SearchIndexBuilder first = new SearchIndexBuilder(cache)) {
            built = first.build(SECOND);
        }
        // The cached index is what the builder returns: tampering with it shows it was not rebuilt.
        Files.writeString(cache.resolve("store.json"), "[]");
        try (SearchIndexBuilder second = new SearchIndexBuilder(cache)) {
            SearchIndex again = second.build(SECOND);
            assertArrayEquals(built.index(), again.index());
            assertEquals("[]", new String(again.store(), StandardCharsets.UTF_8));
            assertEquals(built.termCount(), again.termCount());
            assertArrayEquals(SearchIndex.build(FIRST).index(), second.build(FIRST).index(), "other documents, another index");
        }
    }

    @Test
    void closesWithoutHavingBuilt() {
        new SearchIndexBuilder().close();
    }
}
