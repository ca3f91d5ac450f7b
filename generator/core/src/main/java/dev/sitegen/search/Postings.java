package dev.sitegen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What lunr.Builder.add gathers, for fields already turned into terms: each term's index (in the
 * order terms are first met, which is lunr's), each field's length, and a posting with the
 * term's frequency for every term, field and document it occurs in. Documents are added in order
 * and each field of a document once, in field order, as lunr adds them.
 */
final class Postings {

    private final int fieldCount;
    private final Map<String, Integer> termIndex = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final IntList fieldLengths = new IntList();

    /** Postings in the order they are made; {@code key} is term index * field count + field. */
    private final IntList keys = new IntList();
    private final IntList docs = new IntList();
    private final IntList frequencies = new IntList();

    /** Per term index: its frequency in the field being added, or 0. */
    private int[] frequencyInField = new int[1024];

    Postings(int fieldCount) {
        this.fieldCount = fieldCount;
    }

    /** Adds field {@code field} of document {@code doc}, given its terms in order. */
    void addField(int doc, int field, List<String> fieldTerms) {
        if (doc * fieldCount + field != fieldLengths.size()) {
            throw new IllegalArgumentException("documents and their fields must be added in order");
        }
        fieldLengths.add(fieldTerms.size());
        IntList firstMet = new IntList();
        for (String term : fieldTerms) {
            int index = termIndex.computeIfAbsent(term, t -> {
                terms.add(t);
                return terms.size() - 1;
            });
            if (index == frequencyInField.length) {
                frequencyInField = Arrays.copyOf(frequencyInField, index * 2);
            }
            if (frequencyInField[index]++ == 0) {
                firstMet.add(index);
            }
        }
        for (int i = 0; i < firstMet.size(); i++) {
            int index = firstMet.get(i);
            keys.add(index * fieldCount + field);
            docs.add(doc);
            frequencies.add(frequencyInField[index]);
            frequencyInField[index] = 0;
        }
    }

    int fieldCount() {
        return fieldCount;
    }

    int documentCount() {
        return fieldLengths.size() / fieldCount;
    }

    /** The terms by index. */
    List<String> terms() {
        return terms;
    }

    int fieldLength(int doc, int field) {
        return fieldLengths.get(doc * fieldCount + field);
    }

    int size() {
        return keys.size();
    }

    int key(int posting) {
        return keys.get(posting);
    }

    int term(int posting) {
        return keys.get(posting) / fieldCount;
    }

    int field(int posting) {
        return keys.get(posting) % fieldCount;
    }

    int doc(int posting) {
        return docs.get(posting);
    }

    int frequency(int posting) {
        return frequencies.get(posting);
    }
}
