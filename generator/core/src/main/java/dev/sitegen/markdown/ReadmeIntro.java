package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Set;

/**
 * What a collection's README says it is: its level-1 heading (in Markdown, or in the HTML it opens
 * with, as {@code <h1 align="center">}), and the first paragraph of prose
 * between that and the next heading, without the badges and the lines of links to translations
 * that READMEs open with.
 *
 * @param title the heading's text; null when there is none
 * @param description the paragraph's text, cut to a few sentences; null when there is none
 */
public record ReadmeIntro(String title, String description) {

    private static final Parser PARSER = Parser.builder().build();
    private static final int MAX_TITLE = 80;
    private static final int MAX_DESCRIPTION = 300;
    /** A paragraph of fewer words is a line of links or a label, not a description. */
    private static final int MIN_WORDS = 4;
    private static final Set<Character.UnicodeScript> IDEOGRAPHIC = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);

    public static ReadmeIntro of(String markdown) {
        if (Nesting.firstLineDeeperThan(markdown, MarkdownConverter.MAX_NESTING) > 0) {
            return new ReadmeIntro(null, null);
        }
        Node document = PARSER.parse(markdown);
        Heading titled = null;
        for (Node block = document.getFirstChild(); block != null && titled == null; block = block.getNext()) {
            titled = block instanceof Heading heading && heading.getLevel() == 1 ? heading : null;
        }
        String title = titled == null ? PageWalk.htmlTitle(document) : text(titled, false);
        String description = null;
        for (Node block = titled == null ? document.getFirstChild() : titled.getNext();
                block != null && !(block instanceof Heading) && description == null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph) {
                String text = text(paragraph, false);
                // Not prose: a few words, a line mostly of links, or a label all in bold.
                boolean prose = words(text) >= MIN_WORDS && text(paragraph, true).length() * 2 < text.length()
                        && !(paragraph.getFirstChild() instanceof DelimitedNode && paragraph.getFirstChild() == paragraph.getLastChild());
                description = prose ? shortened(text) : null;
            }
        }
        return new ReadmeIntro(title == null || title.isEmpty() || title.length() > MAX_TITLE ? null : title, description);
    }

    /** Words as spaces part them, and Chinese or Japanese, written without spaces, at a word per two characters. */
    private static int words(String text) {
        long ideographs = text.codePoints().filter(c -> IDEOGRAPHIC.contains(Character.UnicodeScript.of(c))).count();
        return text.split("\\s+").length + (int) (ideographs / 2);
    }

    /**
     * The text a reader sees, on one line, leaving out images, whose alternative text badges fill
     * with labels; or only the part of it that is links.
     */
    private static String text(Node node, boolean linksOnly) {
        StringBuilder text = new StringBuilder();
        collect(node, linksOnly, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node node, boolean linksOnly, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef) {
                continue;
            }
            if (child instanceof Link || child instanceof LinkRef) {
                collect(child, false, text);
            } else if (linksOnly) {
                collect(child, true, text);
            } else if (child instanceof Text || child instanceof SoftLineBreak) {
                text.append(child instanceof SoftLineBreak ? " " : child.getChars().unescape());
            } else if (child instanceof Code code) {
                text.append(code.getText().unescape());
            } else {
                collect(child, false, text);
            }
        }
    }

    /** At most {@value #MAX_DESCRIPTION} characters: whole sentences where they fit, else whole words and an ellipsis. */
    private static String shortened(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        String start = text.substring(0, MAX_DESCRIPTION);
        int sentence = Math.max(start.lastIndexOf(". "), Math.max(start.lastIndexOf("! "), start.lastIndexOf("? ")));
        if (sentence > MAX_DESCRIPTION / 3) {
            return start.substring(0, sentence + 1);
        }
        int word = start.lastIndexOf(' ');
        return (word > 0 ? start.substring(0, word) : start) + "…";
    }
}
