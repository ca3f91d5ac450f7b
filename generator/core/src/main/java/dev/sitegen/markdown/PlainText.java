package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees of a part of a page: escapes and entities undone, code as written, an
 * address that links itself as its address, HTML's tags and a table's delimiter row left out;
 * each block, table cell and line break ends a line, so that a table's cells do not run together
 * into words no one searches for. flexmark's own text collectors each get one of these wrong: the
 * old one keeps escapes and drops addresses and indented code, the new one undoes escapes in code
 * and fails on the nodes the page walk makes.
 */
final class PlainText {

    private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][\\w-]*)");

    private final StringBuilder text = new StringBuilder();
    private final boolean madeUpTags;

    private PlainText(boolean madeUpTags) {
        this.madeUpTags = madeUpTags;
    }

    /**
     * The node's text, line by line; blank lines, and white space around lines, left out. A tag
     * that skills make up, which the page shows ({@code List<T>}), is text as written.
     */
    static String of(Node node) {
        return collect(node, true);
    }

    /** The node's text as GitHub makes a heading's id of it: with every tag left out, made-up ones too. */
    static String withoutTags(Node node) {
        return collect(node, false);
    }

    private static String collect(Node node, boolean madeUpTags) {
        PlainText plain = new PlainText(madeUpTags);
        plain.add(node);
        return plain.text.toString().replaceAll("[ \\t]*\n\\s*", "\n").strip();
    }

    private void add(Node node) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            text.append(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof Code code) {
            text.append(code.getText());
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            text.append(((Block) node).getContentChars());
        } else if (node instanceof DelimitedLinkNode address) {
            text.append(PageWalk.linkText(address));
        } else if (node instanceof HtmlBlockBase) {
            // Raw HTML, such as the tags skills use to talk to agents, reads as its text.
            text.append(node.getChars().toString().replaceAll("<[^>]*>", " "));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append('\n');
        } else if (node instanceof HtmlInlineBase) {
            Matcher tag = TAG_NAME.matcher(node.getChars());
            if (madeUpTags && tag.lookingAt() && HtmlSanitizer.isMadeUp(tag.group(1))) {
                text.append(node.getChars());
            }
        } else if (!(node instanceof TableSeparator)) {
            for (Node child : node.getChildren()) {
                add(child);
            }
        }
        if (node instanceof Block || node instanceof TableCell) {
            text.append('\n');
        }
    }
}
