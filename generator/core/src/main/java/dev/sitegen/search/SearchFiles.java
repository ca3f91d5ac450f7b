package dev.sitegen.search;

import dev.sitegen.publish.SiteWriter;
import dev.sitegen.site.SitePath;

import java.util.List;

/**
 * Where the search files go in the site: the index and the store beside the search page, and the
 * lunr.js they were built with among the assets, where the browser loads it from on first use.
 */
public final class SearchFiles {

    public static final SitePath INDEX = SitePath.of("search/index.json");
    public static final SitePath STORE = SitePath.of("search/store.json");
    public static final SitePath LUNR = SitePath.of("assets/lunr.js");

    private SearchFiles() {
    }

    /** Keeps the search files the last build published, which answer until the new ones are written. */
    public static void keep(SiteWriter writer) {
        List.of(INDEX, STORE, LUNR).forEach(writer::keep);
    }

    public static void write(SearchIndex index, SiteWriter writer) {
        // Not index() and store(), which copy what may be tens of megabytes.
        writer.write(INDEX, index.index);
        writer.write(STORE, index.store);
        writer.write(LUNR, SearchIndex.lunrScript());
    }
}
