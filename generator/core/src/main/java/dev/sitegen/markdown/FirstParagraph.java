package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import java.util.Optional;

/**
 * The text of a page's first paragraph, which Claude Code takes for a skill's description when its
 * front matter gives none.
 */
public final class FirstParagraph {

    private static final Parser PARSER = Parser.builder().build();

    private FirstParagraph() {
    }

    /** The first paragraph's text on one line, without its Markdown; empty when there is none. */
    public static Optional<String> of(String markdown) {
        if (Nesting.firstLineDeeperThan(markdown, MarkdownConverter.MAX_NESTING) > 0) {
            return Optional.empty();
        }
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(paragraph).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}
