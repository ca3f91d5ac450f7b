package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GitHub lets a table interrupt a paragraph: under a line such as "Task categories:", a header row
 * and its delimiter row start a table at once. flexmark takes a table only at a paragraph's start,
 * and showed such a one as a line of pipes at the end of the paragraph. This parses the paragraph
 * again in two parts: the lines above the header row, which stay a paragraph, and the rest, which
 * begins with the table. The parts are stretches of the file, so every node keeps its place in it,
 * and the lines numbered for problems stay right. Only a paragraph of the page's top level is
 * parted: in a block quote or a list, lines the quote's marks or the item's indent part, or lazy
 * lines, which GitHub takes for text, are left as they are.
 */
final class TablesAfterText {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    private TablesAfterText() {
    }

    static void separate(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph && paragraph.getChars().indexOf('|') >= 0) {
                paragraphs.add(paragraph);
            }
        }
        for (Paragraph paragraph : paragraphs) {
            List<BasedSequence> lines = paragraph.getContentLines();
            if (!oneStretch(lines)) {
                continue;
            }
            for (int header = 1; header + 1 < lines.size(); header++) {
                if (startsTable(lines.get(header), lines.get(header + 1))) {
                    insertParsed(paragraph, lines.subList(0, header));
                    insertParsed(paragraph, lines.subList(header, lines.size()));
                    paragraph.unlink();
                    break;
                }
            }
        }
    }

    private static boolean oneStretch(List<BasedSequence> lines) {
        int length = lines.stream().mapToInt(BasedSequence::length).sum();
        return length == lines.get(lines.size() - 1).getEndOffset() - lines.get(0).getStartOffset();
    }

    /** GitHub's rule: a delimiter row with a pipe, under a header row of as many cells, neither indented as code. */
    private static boolean startsTable(BasedSequence header, BasedSequence delimiter) {
        return tableRows(header, delimiter) && cells(header) == cells(delimiter);
    }

    /** Whether two lines are a table's header row and delimiter row by GitHub's rule, whatever their numbers of cells. */
    static boolean tableRows(BasedSequence header, BasedSequence delimiter) {
        String dashes = delimiter.toString().strip();
        return header.countLeadingSpaceTab() < 4 && delimiter.countLeadingSpaceTab() < 4
                && header.indexOf('|') >= 0 && dashes.indexOf('|') >= 0 && DELIMITER_ROW.matcher(dashes).matches();
    }

    /** The cells of a row: what its unescaped pipes divide, a pipe at either end opening or closing the row. */
    static int cells(BasedSequence line) {
        String row = line.toString().strip();
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                pipes++;
            }
        }
        boolean opened = row.startsWith("|");
        boolean closed = row.length() > 1 && row.endsWith("|") && !row.endsWith("\\|");
        return pipes + 1 - (opened ? 1 : 0) - (closed ? 1 : 0);
    }

    /**
     * The blocks that {@code lines} of the paragraph make, before it; a table further down them is
     * separated too. They are parsed by a parser made from the page's document, whose options
     * are the page parser's and which holds the page's link reference definitions, wherever they stand.
     */
    private static void insertParsed(Paragraph paragraph, List<BasedSequence> lines) {
        BasedSequence stretch = paragraph.getChars().baseSubSequence(lines.get(0).getStartOffset(), lines.get(lines.size() - 1).getEndOffset());
        Document part = Parser.builder(paragraph.getDocument()).build().parse(stretch);
        separate(part);
        for (Node block = part.getFirstChild(); block != null; block = part.getFirstChild()) {
            paragraph.insertBefore(block);
        }
    }
}
