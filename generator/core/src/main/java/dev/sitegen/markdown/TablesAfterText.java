package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GitHub lets a table interrupt a paragraph: under a line such as "Task categories:", a header row
 * and its delimiter row start a table at once, at the top of the page, in a list item or in a
 * block quote. flexmark takes a table only at a paragraph's start, and showed such a one as a line
 * of pipes at the end of the paragraph. This parts the paragraph before the table's tables
 * extension sees it: the lines above the header row become a paragraph of their own, and the
 * paragraph left begins with the table. Both are stretches of the file, so every node keeps its
 * place in it, and the lines numbered for problems stay right.
 */
final class TablesAfterText implements Parser.ParserExtension {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    /** The paragraphs parted off above tables, whose inlines are parsed once every reference definition is known. */
    private static final NullableDataKey<Set<Node>> PARTED = new NullableDataKey<>("SITEGEN_TEXT_ABOVE_TABLES");

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new ParagraphPreProcessorFactory() {
            @Override
            public ParagraphPreProcessor apply(ParserState state) {
                return TablesAfterText::part;
            }

            /** Reference definitions first: one above a table is a definition, not text to part off. */
            @Override
            public Set<Class<?>> getAfterDependents() {
                return Set.of(ReferencePreProcessorFactory.class);
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }
        });
        builder.blockPreProcessorFactory(new BlockPreProcessorFactory() {
            @Override
            public Set<Class<? extends Block>> getBlockTypes() {
                return Set.of(Paragraph.class);
            }

            @Override
            public BlockPreProcessor apply(ParserState state) {
                // A paragraph no block parser made is not given its inlines with the others.
                return (parserState, block) -> {
                    Set<Node> parted = PARTED.get(parserState.getProperties());
                    if (parted != null && parted.contains(block)) {
                        parserState.getInlineParser().parse(((Paragraph) block).getContentChars(), block);
                    }
                };
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }
        });
    }

    /**
     * Takes the lines above a table that starts inside the paragraph into a paragraph of their own,
     * before it, and says how much of the paragraph they were; 0 when no table starts inside it.
     */
    private static int part(Paragraph paragraph, ParserState state) {
        List<BasedSequence> lines = paragraph.getContentLines();
        boolean nested = !(paragraph.getParent() instanceof Document);
        for (int header = 1; header + 1 < lines.size(); header++) {
            if (startsTable(lines.get(header), lines.get(header + 1))
                    && !(nested && (lazy(lines.get(header)) || lazy(lines.get(header + 1))))) {
                Paragraph text = new Paragraph();
                text.setContent(paragraph, 0, header);
                paragraph.insertBefore(text);
                state.blockAdded(text);
                Set<Node> parted = PARTED.get(state.getProperties());
                if (parted == null) {
                    parted = Collections.newSetFromMap(new IdentityHashMap<>());
                    PARTED.set(state.getProperties(), parted);
                }
                parted.add(text);
                return lines.get(header).getStartOffset() - paragraph.getStartOffset();
            }
        }
        return 0;
    }

    /**
     * Whether a line of a paragraph in a list item or block quote stands outside it: no indent or
     * quote mark came before it on its line. GitHub lets such a lazy line go on the paragraph's
     * text, but not make a table's row.
     */
    private static boolean lazy(BasedSequence line) {
        int start = line.getStartOffset();
        return start == line.getBaseSequence().startOfLine(start);
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
}
