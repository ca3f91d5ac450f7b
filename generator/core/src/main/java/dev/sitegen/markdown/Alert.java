package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of GitHub's alerts: a block quote that opens with {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} on a line of its own, shown as GitHub
 * shows it, a titled note, where CommonMark would show the marker as text.
 */
final class Alert extends Block {

    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(?:\\r?\\n|$)",
            Pattern.CASE_INSENSITIVE);

    private final String kind;

    private Alert(String kind) {
        this.kind = kind;
    }

    /** Turns every block quote that opens with an alert's marker into that alert, its marker taken out. */
    static void mark(Document document) {
        List<BlockQuote> quotes = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(BlockQuote.class, quotes::add)).visit(document);
        for (BlockQuote quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph opening)) {
                continue;
            }
            Matcher marker = MARKER.matcher(opening.getChars());
            if (!marker.lookingAt()) {
                continue;
            }
            // The marker's line goes: the nodes up to and with its line break, or the whole paragraph.
            Node node = opening.getFirstChild();
            while (node != null && !(node instanceof SoftLineBreak || node instanceof HardLineBreak)) {
                Node next = node.getNext();
                node.unlink();
                node = next;
            }
            if (node != null) {
                node.unlink();
            }
            if (!opening.hasChildren()) {
                opening.unlink();
            }
            Alert alert = new Alert(marker.group(1).toLowerCase(Locale.ROOT));
            alert.takeChildren(quote);
            quote.insertBefore(alert);
            quote.unlink();
        }
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The alert's kind, as its class names it: note, tip, important, warning or caution. */
    String kind() {
        return kind;
    }
}
