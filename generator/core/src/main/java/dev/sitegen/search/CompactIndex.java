package dev.sitegen.search;

import java.nio.charset.StandardCharsets;
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

        StringBuilder out = new StringBuilder(postings.size() * 10);
        out.append("{\"version\":");
        Json.string(out, lunrVersion);
        out.append(",\"fields\":[");
        for (SearchField field : SearchField.values()) {
            out.append(field.ordinal() == 0 ? "" : ",");
            Json.string(out, field.label);
        }
        out.append("],\"pipeline\":[");
        for (int i = 0; i < searchPipeline.size(); i++) {
            out.append(i == 0 ? "" : ",");
            Json.string(out, searchPipeline.get(i));
        }
        out.append("],\"documentCount\":").append(postings.documentCount());
        out.append(",\"terms\":[");
        for (int t = 0; t < termCount; t++) {
            out.append(t == 0 ? "" : ",");
            Json.string(out, postings.terms().get(t));
        }
        out.append("],\"counts\":[");
        for (int key = 0; key < counts.length; key++) {
            out.append(key == 0 ? "" : ",").append(counts[key]);
        }
        out.append("],\"docs\":[");
        int previousKey = -1;
        int previousDoc = 0;
        for (int i = 0; i < order.length; i++) {
            int p = order[i];
            if (postings.key(p) != previousKey) {
                previousKey = postings.key(p);
                previousDoc = 0;
            }
            out.append(i == 0 ? "" : ",").append(postings.doc(p) - previousDoc);
            previousDoc = postings.doc(p);
        }
        out.append("],\"scores\":[");
        for (int i = 0; i < order.length; i++) {
            out.append(i == 0 ? "" : ",").append(scores[order[i]]);
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
