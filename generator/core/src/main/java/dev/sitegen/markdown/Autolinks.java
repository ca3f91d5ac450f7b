package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * GitHub's extended autolinks ({@code https://...}, {@code www....}, e-mail addresses in text):
 * flexmark's autolink extension, asked only about text that can hold one. The extension maps
 * and scans every text node of a page, which costs as much as parsing the page, yet it finds a
 * link only where there is a {@code ://}, a {@code www.} or an {@code @}. The same links, at a
 * fraction of the cost.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Filter(new AutolinkNodePostProcessor(document));
        }
    }

    /** Passes on the text nodes whose block holds a link's mark; the extension reads a node with the nodes that continue it, all in one block. */
    private static final class Filter extends NodePostProcessor {

        private final AutolinkNodePostProcessor autolinks;
        private Node lastBlock;
        private boolean lastBlockMayLink;

        Filter(AutolinkNodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            // The block, not the parent: text inside a link or emphasis would otherwise read its
            // paragraph's whole text again at every turn between inline and plain text.
            Node block = node.getAncestorOfType(Block.class);
            if (block != lastBlock) {
                lastBlock = block;
                lastBlockMayLink = block == null || mayHoldLink(block.getChars());
            }
            if (lastBlockMayLink) {
                autolinks.process(state, node);
            }
        }

        private static boolean mayHoldLink(CharSequence text) {
            String s = text.toString();
            return s.indexOf('@') >= 0 || s.contains("://") || s.contains("www.");
        }
    }
}
