package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills wrap Markdown in tags they make up, each on a line of its own: {@code <Good>} over a code
 * fence, {@code <HARD-GATE>} around a paragraph, {@code <Note>} around a list. The parser is set to
 * start HTML blocks only at HTML's block tags, as CommonMark would otherwise make such a tag and the
 * lines after it, up to a blank line, one block of raw HTML, swallowing the fence's opening line and
 * breaking every fence after it. A made-up tag then stands inside a paragraph; this takes it out,
 * so that it wraps the blocks between its lines, as the author meant.
 */
final class MadeUpTagLines {

    private static final Pattern OPENING = Pattern.compile("<([A-Za-z][\\w-]*)(?:\\s[^<>]*)?>");
    private static final Pattern CLOSING = Pattern.compile("</([A-Za-z][\\w-]*)\\s*>");

    private MadeUpTagLines() {
    }

    /**
     * Moves a made-up tag that opens a paragraph's first line to a block before the paragraph, and
     * one that closes its last line to a block after the outermost block the paragraph ends, such
     * as the list whose last item it is, where an HTML parser honours it.
     */
    static void lift(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Paragraph.class, paragraphs::add)).visit(document);
        for (Paragraph paragraph : paragraphs) {
            Node ended = paragraph;
            while (!(ended.getParent() instanceof Document) && ended.getNext() == null) {
                ended = ended.getParent();
            }
            // Tags nest, a line each: <Examples> over <Good> opens both; </Good> over </Examples> closes both, in order.
            for (Node tag = paragraph.getFirstChild(); isMadeUpTag(tag, OPENING) && endsALine(tag.getNext()); tag = paragraph.getFirstChild()) {
                paragraph.insertBefore(block(tag.getChars()));
                unlinkWith(tag, tag.getNext());
            }
            for (Node tag = paragraph.getLastChild(); isMadeUpTag(tag, CLOSING) && endsALine(tag.getPrevious()); tag = paragraph.getLastChild()) {
                ended.insertAfter(block(tag.getChars()));
                unlinkWith(tag, tag.getPrevious());
            }
            if (!paragraph.hasChildren()) {
                paragraph.unlink();
            }
        }
    }

    /**
     * Whether a node is a made-up tag of this shape: parsed as inline HTML, or left as text when its
     * name has an underscore, which CommonMark does not take in a tag's name ({@code <Use_When>}).
     */
    private static boolean isMadeUpTag(Node node, Pattern shape) {
        if (!(node instanceof HtmlInline || node instanceof Text)) {
            return false;
        }
        Matcher tag = shape.matcher(node.getChars());
        return tag.matches() && HtmlSanitizer.isMadeUp(tag.group(1));
    }

    /** Whether what stands beside a tag leaves it alone on its line: a line break, or the paragraph's edge. */
    private static boolean endsALine(Node beside) {
        return beside == null || isLineBreak(beside);
    }

    private static boolean isLineBreak(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    private static void unlinkWith(Node tag, Node lineBreak) {
        if (lineBreak != null && isLineBreak(lineBreak)) {
            lineBreak.unlink();
        }
        tag.unlink();
    }

    private static HtmlBlock block(BasedSequence tag) {
        HtmlBlock block = new HtmlBlock(tag);
        block.setContent(tag, List.of(tag));
        return block;
    }
}
