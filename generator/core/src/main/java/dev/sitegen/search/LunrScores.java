package dev.sitegen.search;

/**
 * The score lunr.Builder.createFieldVectors gives each posting: BM25 (k1 1.2, b 0.75) with
 * lunr.idf, times the field's and the document's boosts, to lunr's precision of a thousandth,
 * kept x1000 as an integer. Every operation is lunr's, in lunr's order, on doubles, so the
 * numbers are the ones lunr computes: GraalJS's Math.log is Java's, which is used here too.
 */
final class LunrScores {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private LunrScores() {
    }

    /**
     * @param fieldBoosts per field
     * @param documentBoosts per document
     * @return per posting, lunr's score x1000
     */
    static int[] of(Postings postings, int[] fieldBoosts, double[] documentBoosts) {
        int documentCount = postings.documentCount();
        int fieldCount = postings.fieldCount();
        double[] averageFieldLength = new double[fieldCount];
        for (int field = 0; field < fieldCount; field++) {
            long total = 0;
            for (int doc = 0; doc < documentCount; doc++) {
                total += postings.fieldLength(doc, field);
            }
            averageFieldLength[field] = (double) total / documentCount;
        }
        // lunr.idf counts a document once for each field the term is in.
        int[] documentsWithTerm = new int[postings.terms().size()];
        for (int p = 0; p < postings.size(); p++) {
            documentsWithTerm[postings.term(p)]++;
        }
        int[] scores = new int[postings.size()];
        for (int p = 0; p < postings.size(); p++) {
            int field = postings.field(p);
            int doc = postings.doc(p);
            double idf = idf(documentsWithTerm[postings.term(p)], documentCount);
            double tf = postings.frequency(p);
            double fieldLength = postings.fieldLength(doc, field);
            double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength[field])) + tf);
            score *= fieldBoosts[field];
            score *= documentBoosts[doc];
            scores[p] = Math.toIntExact(Math.round(score * 1000));
        }
        return scores;
    }

    private static double idf(int documentsWithTerm, int documentCount) {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.log(1 + Math.abs(x));
    }
}
