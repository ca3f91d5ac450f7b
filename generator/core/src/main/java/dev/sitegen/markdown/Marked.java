package dev.sitegen.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Inline text the walk set apart, rendered as {@code <span class="..." title="...">}: a link that
 * leads nowhere (class {@code unlinked}), or a skill the site does not have ({@code missing-skill}).
 */
final class Marked extends Node {

    static final String UNLINKED = "unlinked";
    static final String MISSING_SKILL = "missing-skill";

    private final String cssClass;
    private final String title;

    Marked(String cssClass, String title) {
        this.cssClass = cssClass;
        this.title = title;
    }

    /** Replaces {@code node} with a marked span holding its children. */
    static Marked replace(Node node, String cssClass, String title) {
        Marked marked = new Marked(cssClass, title);
        marked.takeChildren(node);
        node.insertBefore(marked);
        node.unlink();
        return marked;
    }

    /** Replaces {@code node} with a marked span holding {@code text}. */
    static Marked replace(Node node, String cssClass, String title, String text) {
        Marked marked = new Marked(cssClass, title);
        marked.appendChild(new com.vladsch.flexmark.ast.Text(BasedSequence.of(text)));
        node.insertBefore(marked);
        node.unlink();
        return marked;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    static final class Renderer implements NodeRenderer {

        private final Wording wording;

        Renderer(Wording wording) {
            this.wording = wording;
        }
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Marked.class, this::render));
        }

        private void render(Marked node, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", node.cssClass).attr("title", node.title).withAttr().tag("span");
            context.renderChildren(node);
            if (node.cssClass.equals(MISSING_SKILL)) {
                html.attr("class", "missing-note").withAttr().tag("span").text(" " + wording.notInSite()).tag("/span");
            }
            html.tag("/span");
        }
    }
}
