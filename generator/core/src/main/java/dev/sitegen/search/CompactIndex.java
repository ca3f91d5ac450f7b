package dev.sitegen.search;

import java.util.List;
import java.util.function.IntUnaryOperator;

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
        int[] counts = new int[termCount * fieldCount];
        for (int p = 0; p < postings.size(); p++) {
            counts[postings.key(p)]++;
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
        documentGaps(out, postings, counts);
        out.ascii("],\"scores\":[");
        int[] sortedScores = inKeyOrder(postings, counts, p -> scores[p]);
        for (int i = 0; i < sortedScores.length; i++) {
            out.ascii(i == 0 ? "" : ",").number(sortedScores[i]);
        }
        return out.ascii("]}").toBytes();
    }

    /** Each posting's document, as the gap from the previous document of the same term and field. */
    private static void documentGaps(JsonBytes out, Postings postings, int[] counts) {
        int[] sortedDocs = inKeyOrder(postings, counts, postings::doc);
        int at = 0;
        for (int count : counts) {
            int previousDoc = 0;
            for (int end = at + count; at < end; at++) {
                out.ascii(at == 0 ? "" : ",").number(sortedDocs[at] - previousDoc);
                previousDoc = sortedDocs[at];
            }
        }
    }

    /**
     * A value of each posting, sorted by term and field, then by document: postings are made
     * document by document, so a counting sort on their keys keeps documents in order. It reads
     * the postings in the order they were made and writes each value into place, as reading them
     * in sorted order instead would miss the cache at nearly every one.
     */
    private static int[] inKeyOrder(Postings postings, int[] counts, IntUnaryOperator valueOfPosting) {
        int[] next = new int[counts.length];
        for (int key = 1; key < counts.length; key++) {
            next[key] = next[key - 1] + counts[key - 1];
        }
        int[] sorted = new int[postings.size()];
        for (int p = 0; p < postings.size(); p++) {
            sorted[next[postings.key(p)]++] = valueOfPosting.applyAsInt(p);
        }
        return sorted;
    }
}
