package dev.sitegen.search;

import java.util.List;

/**
 * What a search result shows, for each document in index order (a result's ref is its number):
 * {@code [[url, title, heading, snippet], ...]}. The snippet is the start of the section's text,
 * a line in a list of results, enough to recognise it: snippets are most of the store, and the
 * whole text would make it as large as the site. Where a result's words are further on, search.js
 * reads the words around them from the page itself.
 */
final class SearchStore {

    static final int SNIPPET_LENGTH = 100;

    private SearchStore() {
    }

    static byte[] write(List<SearchDocument> documents) {
        JsonBytes out = new JsonBytes(documents.size() * (SNIPPET_LENGTH + 100));
        out.ascii('[');
        for (int i = 0; i < documents.size(); i++) {
            SearchDocument document = documents.get(i);
            out.ascii(i == 0 ? "[" : ",[").string(document.url()).ascii(',').string(document.title())
                    .ascii(',').string(document.heading()).ascii(',').string(snippet(document.text())).ascii(']');
        }
        return out.ascii(']').toBytes();
    }

    /** The text with its white space collapsed, cut at a word before {@link #SNIPPET_LENGTH} characters. */
    static String snippet(String text) {
        String whole = text.strip();
        // Sections are often long, and only their start can show.
        int read = Math.min(whole.length(), 4 * SNIPPET_LENGTH);
        String flat = collapseSpace(whole, read);
        if (read == whole.length() && flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', Math.min(SNIPPET_LENGTH, flat.length()));
        if (cut <= 0) {
            cut = Math.min(SNIPPET_LENGTH, flat.length());
        }
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }

    /** The first {@code length} characters of {@code text}, each run of white space (a regular expression's \s) one space. */
    private static String collapseSpace(String text, int length) {
        StringBuilder flat = new StringBuilder(length);
        boolean inSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                flat.append(c);
            } else if (!inSpace) {
                flat.append(' ');
            }
            inSpace = space;
        }
        return flat.toString();
    }
}
