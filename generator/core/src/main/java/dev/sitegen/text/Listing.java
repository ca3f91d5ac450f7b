package dev.sitegen.text;

import java.util.List;

/** Names in a line of text, as many as a reader takes in at a glance: "a, b, c and 4 more". */
public final class Listing {

    private Listing() {
    }

    /** The first {@code shown} of {@code names}, in their order, then how many more there are. */
    public static String of(List<String> names, int shown) {
        return String.join(", ", names.subList(0, Math.min(shown, names.size())))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }
}
