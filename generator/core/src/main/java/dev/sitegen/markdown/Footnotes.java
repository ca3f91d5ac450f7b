package dev.sitegen.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;

/**
 * Footnotes numbered as GitHub numbers them, in the order of their first use. flexmark numbers
 * each by where it is last used, so that a note used at the top and again below a later one
 * came second.
 */
final class Footnotes {

    private Footnotes() {
    }

    static void numberInOrderOfFirstUse(Document document) {
        if (FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks().isEmpty()) {
            return;
        }
        new NodeVisitor(new VisitHandler<>(Footnote.class, footnote -> {
            FootnoteBlock note = footnote.getFootnoteBlock();
            if (note != null && footnote.getStartOffset() < note.getFirstReferenceOffset()) {
                note.setFirstReferenceOffset(footnote.getStartOffset());
            }
        })).visit(document);
    }
}
