package dev.sitegen.search;

import java.util.List;

/**
 * Writes an index as {@code sitegenSearch.expand} in search-lunr.js reads it: what lunr.Builder
 * would serialise, with nothing twice. lunr writes every posting twice (a document ref under the
 * term in {@code invertedIndex}, and the term's index and score in the field's vector), names
 * every field of every document as a string, and writes each score as a decimal fraction. Here a
 * document is its number, the same as its lunr ref; terms come in term-index order, so the index
 * need not be written; and each posting is a gap from the previous document and a score x1000.
 *
 * <pre>{"version": "2.3.9", "fields": [...], "pipeline": [...], "documentCount": n,
 *  "terms": [term by term index],
 *  "counts": [for each term, for each field: how many documents follow in docs and scores],
 *  "docs": [document number, as the gap from the previous one of the same term and field],
 *  "scores": [score x1000]}</pre>
 */
final class CompactIndex {

    private CompactIndex() {
    }

    static byte[] write(String lunrVersion, List<String> searchPipeline, Postings postings, int[] scores) {
        int fieldCount = postings.fieldCount();
        int termCount = postings.terms().size();
        // Postings are made document by document; the index wants them term by term, field by
        // field, then by document. A counting sort on term and field keeps documents in order.
        int[] counts = new int[termCount * fieldCount];
        for (int p = 0; p < postings.size(); p++) {
            counts[postings.key(p)]++;
        }
        int[] next = new int[counts.length];
        for (int key = 1; key < counts.length; key++) {
            next[key] = next[key - 1] + counts[key - 1];
        }
        int[] order = new int[postings.size()];
        for (int p = 0; p < postings.size(); p++) {
            order[next[postings.key(p)]++] = p;
        }

        // A posting takes eight or nine bytes: a gap of one to three digits, a score of three or four,
        // two commas; a term about 24, with its counts. Too small a guess would double the array.
        JsonBytes out = new JsonBytes(postings.size() * 9 + termCount * 24);
        out.ascii("{\"version\":").string(lunrVersion).ascii(",\"fields\":[");
        for (SearchField field : SearchField.values()) {
            out.ascii(field.ordinal() == 0 ? "" : ",").string(field.label);
        }
        out.ascii("],\"pipeline\":[");
        for (int i = 0; i < searchPipeline.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(searchPipeline.get(i));
        }
        out.ascii("],\"documentCount\":").number(postings.documentCount()).ascii(",\"terms\":[");
        for (int t = 0; t < termCount; t++) {
            out.ascii(t == 0 ? "" : ",").string(postings.terms().get(t));
        }
        out.ascii("],\"counts\":[");
        for (int key = 0; key < counts.length; key++) {
            out.ascii(key == 0 ? "" : ",").number(counts[key]);
        }
        out.ascii("],\"docs\":[");
        int previousKey = -1;
        int previousDoc = 0;
        for (int i = 0; i < order.length; i++) {
            int p = order[i];
            if (postings.key(p) != previousKey) {
                previousKey = postings.key(p);
                previousDoc = 0;
            }
            out.ascii(i == 0 ? "" : ",").number(postings.doc(p) - previousDoc);
            previousDoc = postings.doc(p);
        }
        out.ascii("],\"scores\":[");
        for (int i = 0; i < order.length; i++) {
            out.ascii(i == 0 ? "" : ",").number(scores[order[i]]);
        }
        return out.ascii("]}").toBytes();
    }
}
