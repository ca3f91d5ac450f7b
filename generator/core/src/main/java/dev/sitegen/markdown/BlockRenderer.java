package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import dev.sitegen.highlight.Highlighter;

import java.util.Set;

/**
 * How the theme wants three kinds of block rendered: fenced code highlighted at build time
 * ({@code <pre data-language="python"><code class="language-python">} with its tokens marked, or
 * plain escaped text for languages the highlighter does not know), headings with a link to
 * themselves, so readers can share a section, and GitHub's alerts as GitHub shows them, titled.
 */
final class BlockRenderer implements NodeRenderer {

    private final Wording wording;

    BlockRenderer(Wording wording) {
        this.wording = wording;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, BlockRenderer::render),
                new NodeRenderingHandler<>(Heading.class, this::render),
                new NodeRenderingHandler<>(Alert.class, this::render));
    }

    private void render(Alert alert, NodeRendererContext context, HtmlWriter html) {
        html.line().attr("class", "markdown-alert markdown-alert-" + alert.kind()).withAttr().tag("div").line();
        html.attr("class", "markdown-alert-title").withAttr().tag("p")
                .text(wording.alerts().get(alert.kind())).tag("/p").line();
        context.renderChildren(alert);
        html.tag("/div").line();
    }

    private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
        String id = heading.getAnchorRefId();
        String tag = "h" + heading.getLevel();
        html.line();
        if (id != null && !id.isEmpty()) {
            html.attr("id", id);
        }
        html.withAttr().tag(tag);
        context.renderChildren(heading);
        if (id != null && !id.isEmpty()) {
            html.attr("class", "heading-anchor").attr("href", "#" + id).attr("aria-label", wording.sectionLink()).withAttr().tag("a")
                    .text("#").tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }

    private static void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        String info = block.getInfo().unescape().strip();
        String language = info.isEmpty() ? null : info.split("[\\s{]", 2)[0];
        String code = block.getContentChars().normalizeEOL();
        html.line();
        if (language != null) {
            html.attr("data-language", language);
        }
        html.withAttr().tag("pre").openPre();
        if (language != null) {
            html.attr("class", "language-" + language);
        }
        html.withAttr().tag("code");
        Highlighter.highlight(language, code).ifPresentOrElse(html::raw, () -> html.text(code));
        html.tag("/code").tag("/pre").closePre();
        html.line();
    }
}
