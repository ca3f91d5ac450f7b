package dev.sitegen.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.sitegen.text.HtmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that changed between an old line and its new version, marked in escaped HTML. */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]");
    /** Below this share of unchanged characters two lines are different lines, not one edited. */
    private static final double SIMILAR = 0.5;

    private WordDiff() {
    }

    /**
     * @return the old line with removed words in {@code <del>} and the new line with added words in
     *     {@code <ins>}; both only escaped when the lines have too little in common
     */
    static String[] mark(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        int changed = deltas.stream().mapToInt(d -> length(d.getSource().getLines()) + length(d.getTarget().getLines())).sum();
        if (changed > (1 - SIMILAR) * (older.length() + newer.length())) {
            return new String[] {HtmlText.escape(older), HtmlText.escape(newer)};
        }
        return new String[] {marked(a, deltas, true, "del"), marked(b, deltas, false, "ins")};
    }

    private static String marked(List<String> tokens, List<AbstractDelta<String>> deltas, boolean source, String tag) {
        boolean[] changed = new boolean[tokens.size()];
        for (AbstractDelta<String> delta : deltas) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            var chunk = source ? delta.getSource() : delta.getTarget();
            for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
                changed[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            boolean opens = changed[i] && (i == 0 || !changed[i - 1]);
            boolean closes = changed[i] && (i == tokens.size() - 1 || !changed[i + 1]);
            out.append(opens ? "<" + tag + ">" : "").append(HtmlText.escape(tokens.get(i))).append(closes ? "</" + tag + ">" : "");
        }
        return out.toString();
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static int length(List<String> tokens) {
        return tokens.stream().mapToInt(String::length).sum();
    }
}
