package dev.sitegen.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Builds search indexes with lunr 2.3.9 running in GraalJS: lunr's own pipeline makes the terms,
 * once for each distinct token, and the rest of what lunr.Builder does is done here, to the bit,
 * in a fraction of the time an interpreted lunr.Builder would take.
 *
 * <p>A builder remembers every token's terms, and, given a cache folder, keeps them and its last
 * index there for the next build (see {@link SearchCache}). GraalJS takes a second or more to
 * start, so a builder with nothing remembered starts it in the background as soon as it is made;
 * one that remembers starts it only for tokens it has not met. Make one early, build when the
 * documents are ready. A builder may build any number of indexes, each the faster for the
 * tokens the ones before it have met.
 *
 * <p>Thread-confined: a builder is used by one thread at a time, which need not be the thread
 * that made it, such as a background thread that builds the index while pages render.
 */
public final class SearchIndexBuilder implements AutoCloseable {

    private static final SearchField[] FIELDS = SearchField.values();

    private final SearchCache cache;
    private final Map<String, String[]> known = new HashMap<>();
    private String version;
    private List<String> searchPipeline;
    private final FutureTask<LunrRuntime> lunr = new FutureTask<>(() -> new LunrRuntime(Lunr.newContext()));
    private boolean lunrStarted;

    public SearchIndexBuilder() {
        this(null);
    }

    /** @param cacheDir where builds keep what the next one can reuse; null for nowhere */
    public SearchIndexBuilder(Path cacheDir) {
        this.cache = cacheDir == null ? null : new SearchCache(cacheDir);
        Optional<SearchCache.Learnt> learnt = cache == null ? Optional.empty() : cache.terms();
        learnt.ifPresentOrElse(l -> {
            version = l.version();
            searchPipeline = l.searchPipeline();
            known.putAll(l.terms());
        }, this::startLunr);
    }

    /**
     * @param documents what search finds; a result's ref is its document's position in this list
     * @throws IllegalStateException if GraalJS cannot start on this JDK
     */
    public SearchIndex build(List<SearchDocument> documents) {
        return build(documents, CompletableFuture.completedFuture(null));
    }

    /**
     * Builds the index beside other work: lunr's pipeline runs at once, and the postings, scores and
     * files, hundreds of megabytes at thousands of skills, are made once {@code roomMade} completes,
     * when that work has let go of what it held (the pages of a site being rendered), so that the
     * two are never held at once.
     *
     * @throws CancellationException if {@code roomMade} completes exceptionally: the work beside failed
     */
    public SearchIndex build(List<SearchDocument> documents, Future<?> roomMade) {
        String digest = cache == null ? null : SearchCache.digest(documents);
        Optional<SearchIndex> made = cache == null ? Optional.empty() : cache.index(digest, documents.size());
        if (made.isPresent()) {
            return made.get();
        }
        Tokens tokens = new Tokens(documents);
        boolean learnt = learn(tokens.distinct);
        await(roomMade);
        Postings postings = postings(tokens, documents.size());
        int[] fieldBoosts = Arrays.stream(FIELDS).mapToInt(field -> field.boost).toArray();
        double[] documentBoosts = documents.stream().mapToDouble(SearchDocument::boost).toArray();
        int[] scores = LunrScores.of(postings, fieldBoosts, documentBoosts);
        SearchIndex index = new SearchIndex(CompactIndex.write(version, searchPipeline, postings, scores),
                SearchStore.write(documents), documents.size(), postings.terms().size());
        if (cache != null) {
            if (learnt) {
                cache.saveTerms(version, searchPipeline, tokens.distinct, known);
            }
            cache.saveIndex(digest, index);
        }
        return index;
    }

    /** Runs lunr's pipeline over the tokens not met before, if there are any; whether there were. */
    private boolean learn(List<String> tokens) {
        List<String> unknown = tokens.stream().filter(token -> !known.containsKey(token)).toList();
        if (unknown.isEmpty() && version != null) {
            return false;
        }
        LunrRuntime runtime = lunr();
        version = runtime.version();
        searchPipeline = runtime.searchPipeline();
        String[][] terms = runtime.terms(unknown);
        for (int i = 0; i < terms.length; i++) {
            known.put(unknown.get(i), terms[i]);
        }
        return true;
    }

    /** Every field of every document as lunr's tokenizer splits it, each distinct token numbered. */
    private static final class Tokens {
        final List<String> distinct = new ArrayList<>();
        /** Per document and field, in that order: its tokens' numbers. */
        final int[][] fields;

        Tokens(List<SearchDocument> documents) {
            Map<String, Integer> numbers = new HashMap<>();
            fields = new int[documents.size() * FIELDS.length][];
            for (int doc = 0; doc < documents.size(); doc++) {
                for (SearchField field : FIELDS) {
                    IntList tokens = new IntList();
                    LunrTokenizer.tokens(field.text(documents.get(doc)), token -> tokens.add(numbers.computeIfAbsent(token, t -> {
                        distinct.add(t);
                        return distinct.size() - 1;
                    })));
                    fields[doc * FIELDS.length + field.ordinal()] = tokens.toArray();
                }
            }
        }
    }

    /**
     * The postings of every document, made from its tokens, which are let go of as they are used:
     * tens of megabytes at thousands of skills. A token's terms are looked up once, when it is
     * first met, which is when lunr would give them their indexes.
     */
    private Postings postings(Tokens tokens, int documentCount) {
        int[][] tokenTerms = new int[tokens.distinct.size()][];
        Postings postings = new Postings(FIELDS.length);
        for (int doc = 0; doc < documentCount; doc++) {
            for (SearchField field : FIELDS) {
                int at = doc * FIELDS.length + field.ordinal();
                IntList terms = new IntList();
                for (int token : tokens.fields[at]) {
                    if (tokenTerms[token] == null) {
                        tokenTerms[token] = postings.indexes(known.get(tokens.distinct.get(token)));
                    }
                    for (int term : tokenTerms[token]) {
                        terms.add(term);
                    }
                }
                tokens.fields[at] = null;
                postings.addField(doc, field.ordinal(), terms);
            }
        }
        return postings;
    }

    private static void await(Future<?> roomMade) {
        try {
            roomMade.get();
        } catch (ExecutionException e) {
            // The work beside the index failed, and the build with it: no index is needed.
            throw new CancellationException("the work beside the index failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to make the index", e);
        }
    }

    private void startLunr() {
        lunrStarted = true;
        Thread start = new Thread(lunr, "site-gen search: starting GraalJS");
        start.setDaemon(true);
        start.start();
    }

    private LunrRuntime lunr() {
        if (!lunrStarted) {
            startLunr();
        }
        try {
            return lunr.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while GraalJS started", e);
        }
    }

    @Override
    public void close() {
        if (!lunrStarted) {
            return;
        }
        try {
            lunr.get().close();
        } catch (ExecutionException e) {
            // GraalJS did not start: nothing to close, and build has said why.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
