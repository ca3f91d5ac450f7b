package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown stage: GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks) to
 * HTML, parsed and rendered once per page.
 *
 * <p>Between parse and render, one walk over the tree takes out the opening level-1 heading as
 * the page title, gives every heading a GitHub-compatible id, and sends every link and image
 * through the page's {@link LinkPolicy}. Pages that hold raw HTML are then sanitised; pages that
 * do not are safe as rendered, because flexmark escapes all text and attributes and the policy has
 * seen every URL.
 *
 * <p>One instance serves every page, from any number of threads.
 */
public final class MarkdownConverter {

    /** Per document: link nodes to render as plain text, with the reason. */
    private static final DataKey<Map<Node, String>> UNLINKED = new DataKey<>("sitegen.unlinked", Map.of());

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        // GitHub's table rules: a header row, no column spans, ragged rows padded or cut.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new AssignedIds.Factory())
                .nodeRendererFactory(holder -> new UnlinkedRenderer())
                .build();
    }

    /**
     * @param markdown the body, front matter removed
     * @param firstLine the line of the source file on which {@code markdown} starts
     */
    public ConvertedMarkdown convert(String markdown, int firstLine, LinkPolicy links) {
        Document document = parser.parse(markdown);
        Walk walk = new Walk(firstLine, links);
        walk.run(document);
        document.set(UNLINKED, walk.unlinked);
        String html = renderer.render(document);
        if (walk.hasRawHtml) {
            html = HtmlSanitizer.clean(html, walk.rawHtmlLinks);
        }
        return new ConvertedMarkdown(walk.title, html, walk.headings);
    }

    /** The walk between parse and render. */
    private static final class Walk {
        private final int firstLine;
        private final LinkPolicy links;
        private final HeadingIds ids = new HeadingIds();
        private final List<dev.sitegen.markdown.Heading> headings = new ArrayList<>();
        private final Map<Node, String> unlinked = new IdentityHashMap<>();
        private final Map<String, LinkTarget> rawHtmlLinks = new HashMap<>();
        private String title;
        private boolean hasRawHtml;

        Walk(int firstLine, LinkPolicy links) {
            this.firstLine = firstLine;
            this.links = links;
        }

        void run(Document document) {
            Node first = document.getFirstChild();
            if (first instanceof Heading h1 && h1.getLevel() == 1) {
                title = text(h1);
                h1.unlink();
            }
            visit(document);
        }

        private void visit(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading) {
                    String id = ids.next(text(heading));
                    heading.setAnchorRefId(id);
                    headings.add(new dev.sitegen.markdown.Heading(heading.getLevel(), id, text(heading), line(heading)));
                } else if (node instanceof Link || node instanceof Image || node instanceof Reference) {
                    resolve((LinkNodeBase) node, node instanceof Image);
                } else if (node instanceof AutoLink || node instanceof MailLink) {
                    resolveAutolink(node);
                } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                    hasRawHtml = true;
                    int line = line(node);
                    HtmlSanitizer.urlsIn(node.getChars().toString()).forEach(raw ->
                            rawHtmlLinks.computeIfAbsent(raw.url(), u -> links.resolve(u, raw.image(), line)));
                }
                visit(node);
            }
        }

        private void resolve(LinkNodeBase node, boolean image) {
            LinkTarget target = links.resolve(node.getUrl().unescape(), image, line(node));
            if (target instanceof LinkTarget.Rewrite rewrite) {
                node.setUrl(BasedSequence.of(rewrite.href()));
            } else if (target instanceof LinkTarget.Unlinked u) {
                unlinked.put(node, u.reason());
            }
        }

        private void resolveAutolink(Node node) {
            String url = node instanceof MailLink ? "mailto:" + node.getChildChars() : ((AutoLink) node).getUrl().toString();
            if (links.resolve(url, false, line(node)) instanceof LinkTarget.Unlinked u) {
                unlinked.put(node, u.reason());
            }
        }

        private int line(Node node) {
            return firstLine + node.getStartLineNumber();
        }

        private static String text(Node node) {
            return new TextCollectingVisitor().collectAndGetText(node).strip();
        }
    }

    /** Renders links the policy refused as their text alone, marked so readers see why. */
    private static final class UnlinkedRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Link.class, this::render),
                    new NodeRenderingHandler<>(Image.class, this::render),
                    new NodeRenderingHandler<>(LinkRef.class, this::render),
                    new NodeRenderingHandler<>(ImageRef.class, this::render),
                    new NodeRenderingHandler<>(AutoLink.class, this::render),
                    new NodeRenderingHandler<>(MailLink.class, this::render));
        }

        private void render(Node node, NodeRendererContext context, HtmlWriter html) {
            Map<Node, String> unlinked = UNLINKED.get(context.getDocument());
            // A reference-style link is unlinked when its definition is.
            Node decided = node instanceof RefNode ref ? ref.getReferenceNode(context.getDocument()) : node;
            String reason = decided == null ? null : unlinked.get(decided);
            if (reason == null) {
                context.delegateRender();
                return;
            }
            html.attr("class", "unlinked").attr("title", reason).withAttr().tag("span");
            if (node instanceof Image image) {
                html.text(image.getText().unescape());
            } else if (node instanceof ImageRef image) {
                html.text(image.getText().unescape());
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                html.text(node.getChildChars().unescape());
            } else {
                context.renderChildren(node);
            }
            html.tag("/span");
        }
    }

    /** Ids were assigned by the walk; the renderer only reads them. */
    private static final class AssignedIds implements HtmlIdGenerator {

        static final class Factory implements HeaderIdGeneratorFactory {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new AssignedIds();
            }

            @Override
            public HtmlIdGenerator create() {
                return new AssignedIds();
            }
        }

        @Override
        public void generateIds(Document document) {
        }

        @Override
        public String getId(Node node) {
            return node instanceof Heading heading ? heading.getAnchorRefId() : null;
        }

        @Override
        public String getId(CharSequence text) {
            return HeadingIds.slug(text.toString());
        }
    }
}
