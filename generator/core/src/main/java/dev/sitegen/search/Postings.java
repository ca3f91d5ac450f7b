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

    /**
     * The index of each of these terms, the next free one for a term not met before. A field's
     * terms must each have their index asked for before the field is added, in the order they come.
     */
    int[] indexes(String[] termsInOrder) {
        int[] indexes = new int[termsInOrder.length];
        for (int i = 0; i < termsInOrder.length; i++) {
            indexes[i] = termIndex.computeIfAbsent(termsInOrder[i], t -> {
                terms.add(t);
                return terms.size() - 1;
            });
        }
        if (terms.size() > frequencyInField.length) {
            frequencyInField = Arrays.copyOf(frequencyInField, Math.max(terms.size(), frequencyInField.length * 2));
        }
        return indexes;
    }

    /** Adds field {@code field} of document {@code doc}, given its terms' {@linkplain #indexes indexes} in order. */
    void addField(int doc, int field, IntList fieldTerms) {
        if (doc * fieldCount + field != fieldLengths.size()) {
            throw new IllegalArgumentException("documents and their fields must be added in order");
        }
        fieldLengths.add(fieldTerms.size());
        IntList firstMet = new IntList();
        for (int t = 0; t < fieldTerms.size(); t++) {
            int index = fieldTerms.get(t);
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
