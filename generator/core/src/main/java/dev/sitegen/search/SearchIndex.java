package dev.sitegen.search;

import java.util.List;

/**
 * A built search index, as the browser fetches it: the index, which search-lunr.js's
 * {@code sitegenSearch.load} turns into a lunr.Index, and the store, which says what each result
 * is. Two files, fetched together when a reader first focuses the search box: the index is
 * lunr's business and its size is measured against lunr's own; the store is site-gen's, and
 * what it holds for display can change without touching the index.
 */
public final class SearchIndex {

    final byte[] index;
    final byte[] store;
    private final int documentCount;
    private final int termCount;

    SearchIndex(byte[] index, byte[] store, int documentCount, int termCount) {
        this.index = index;
        this.store = store;
        this.documentCount = documentCount;
        this.termCount = termCount;
    }

    /** Builds an index in a builder of its own; see {@link SearchIndexBuilder} to build more than one. */
    public static SearchIndex build(List<SearchDocument> documents) {
        try (SearchIndexBuilder builder = new SearchIndexBuilder()) {
            return builder.build(documents);
        }
    }

    /** The lunr.js the index was built with, from the lunr webjar: the one a browser must load it with. */
    public static byte[] lunrScript() {
        return Lunr.resource(Lunr.LUNR_JS);
    }

    /** The compact index, JSON in UTF-8. */
    public byte[] index() {
        return index.clone();
    }

    /** For each document, in order, {@code [url, title, heading, snippet]}: JSON in UTF-8. */
    public byte[] store() {
        return store.clone();
    }

    public int documentCount() {
        return documentCount;
    }

    public int termCount() {
        return termCount;
    }
}
