package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Optional;

/**
 * The text of a page's first paragraph, which Claude Code takes for a skill's description when its
 * front matter gives none: read as the page is, so that a table is no paragraph, and outside
 * GitHub's alerts ({@code > [!NOTE]}), which open pages with warnings rather than say what they are.
 */
public final class FirstParagraph {

    private static final Parser PARSER = Parser.builder(MarkdownConverter.options()).build();

    private FirstParagraph() {
    }

    /** The first paragraph's text on one line, without its Markdown; empty when there is none. */
    public static Optional<String> of(String markdown) {
        if (Nesting.firstLineDeeperThan(markdown, MarkdownConverter.MAX_NESTING) > 0) {
            return Optional.empty();
        }
        Document document = PARSER.parse(markdown);
        Alert.mark(document);
        return in(document);
    }

    /** The first paragraph's text of a page parsed already, its alerts marked. */
    static Optional<String> in(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph && paragraph.getAncestorOfType(Alert.class) == null) {
                String text = PlainText.of(paragraph).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}
