package dev.sitegen.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** How far apart two words are, for telling a typing slip from a different word in a "did you mean". */
public final class EditDistance {

    private EditDistance() {
    }

    /** Of {@code candidates}, the one nearest {@code word}, if it is at most {@code within} apart; the first by name of the nearest. */
    public static Optional<String> closest(String word, Collection<String> candidates, int within) {
        return candidates.stream().filter(candidate -> between(word, candidate) <= within)
                .min(Comparator.comparingInt((String candidate) -> between(word, candidate)).thenComparing(Comparator.naturalOrder()));
    }

    /** The fewest insertions, deletions and substitutions of a character that turn one into the other (Levenshtein). */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
