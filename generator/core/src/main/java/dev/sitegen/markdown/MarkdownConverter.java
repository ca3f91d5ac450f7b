package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The Markdown stage: GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks, alerts, footnotes) to
 * HTML, parsed and rendered once per page, with one {@link PageWalk} between the two, and fenced
 * code highlighted as it is rendered.
 *
 * <p>Pages that hold raw HTML are then sanitised; pages that do not are safe as rendered, because
 * flexmark escapes all text and attributes and the walk has sent every URL through the policy.
 *
 * <p>One instance serves every page, from any number of threads.
 */
public final class MarkdownConverter {

    /** Pages whose lists and block quotes may nest deeper than this are shown as plain text; see {@link Nesting}. */
    public static final int MAX_NESTING = 100;

    /** Enough for a table of thousands of columns, which a page's own thread, on the JVM's usual 1 MB, cannot convert. */
    private static final long DEEP_STACK = 256L * 1024 * 1024;

    /** How Markdown is parsed, here and wherever else a page's text is read. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), new Autolinks(), FootnoteExtension.create(), new TablesAfterText(),
                LinearInlineParser.EXTENSION));
        // GitHub's table rules: one header row, no column spans, ragged rows padded or cut, one dash a column enough.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        // A made-up tag on its own line is inline HTML, for MadeUpTagLines to lift, not the start of a raw block.
        options.set(Parser.HTML_BLOCK_START_ONLY_ON_BLOCK_TAGS, true);
        // <picture> holds <source>s that a paragraph cannot: GitHub starts a block with it, as with any tag on its own line.
        List<String> blockTags = new ArrayList<>(Parser.HTML_BLOCK_TAGS.getDefaultValue());
        blockTags.add("picture");
        options.set(Parser.HTML_BLOCK_TAGS, blockTags);
        return options;
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Wording wording;

    public MarkdownConverter(Wording wording) {
        this.wording = wording;
        MutableDataSet options = options();
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new AssignedIds.Factory())
                .nodeRendererFactory(holder -> new Marked.Renderer(wording))
                .nodeRendererFactory(holder -> new BlockRenderer(wording))
                .build();
    }

    /** The words pages are rendered with, which pages converted by another converter may not share. */
    public Wording wording() {
        return wording;
    }

    /**
     * The body as HTML; or, when it nests too deeply to convert, as plain text, which
     * {@link ConvertedMarkdown#tooDeepAt()} says.
     *
     * @param markdown the body, front matter removed
     * @param firstLine the line of the source file on which {@code markdown} starts
     */
    public ConvertedMarkdown convert(String markdown, int firstLine, LinkPolicy links) {
        return convert(markdown, firstLine, links, null, null);
    }

    /**
     * @param frontMatterTitle the page's title as its front matter gives it, or null: a heading
     *     opening the page that only repeats it is taken out, as an opening level-1 heading is
     * @param name what the page is called where it has no title, its skill's name or its file's, or
     *     null: of several level-1 headings, the opening one titles the page only if it shares a word with it
     */
    public ConvertedMarkdown convert(String markdown, int firstLine, LinkPolicy links, String frontMatterTitle, String name) {
        int tooDeep = Nesting.firstLineDeeperThan(markdown, MAX_NESTING);
        if (tooDeep > 0) {
            return ConvertedMarkdown.plainText(markdown, firstLine + tooDeep - 1);
        }
        // What the line scan cannot see still recurses: a table hundreds of columns wide, emphasis
        // nested in emphasis, runs of thousands of one character, which flexmark's regular
        // expressions recurse over. The stack unwinds to here and nothing of the half-converted page
        // is kept. Overflowing while parsing, before any link was resolved or problem reported, the
        // page is converted again on a deeper stack; overflowing later, or on that stack too, it is
        // shown as plain text.
        Document document;
        try {
            document = parser.parse(markdown);
        } catch (StackOverflowError e) {
            return onDeepStack(() -> converted(parser.parse(markdown), firstLine, links, frontMatterTitle, name))
                    .orElseGet(() -> ConvertedMarkdown.plainText(markdown, firstLine));
        }
        try {
            return converted(document, firstLine, links, frontMatterTitle, name);
        } catch (StackOverflowError e) {
            return ConvertedMarkdown.plainText(markdown, firstLine);
        }
    }

    private ConvertedMarkdown converted(Document document, int firstLine, LinkPolicy links, String frontMatterTitle, String name) {
        Footnotes.numberInOrderOfFirstUse(document);
        MadeUpTagLines.lift(document);
        Alert.mark(document);
        PageWalk walk = new PageWalk(firstLine, links, frontMatterTitle, name, wording);
        walk.run(document);
        String html = renderer.render(document);
        if (walk.hasRawHtml()) {
            html = HtmlSanitizer.clean(html, walk.rawHtmlLinks(), walk.titleFromHtml(), wording);
        }
        return new ConvertedMarkdown(walk.title(), walk.titleId(), html, FirstParagraph.in(document).orElse(null), walk.headings(),
                walk.sections(document), 0, walk.nestedFence(), walk.openFence(), walk.unevenTable(), walk.removedHtml(),
                walk.htmlIds(), walk.relativeUrls());
    }

    /** What {@code work} makes on a thread with a {@value #DEEP_STACK}-byte stack; empty if it overflows that too. */
    private static <T> Optional<T> onDeepStack(Supplier<T> work) {
        AtomicReference<T> made = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                made.set(work.get());
            } catch (StackOverflowError e) {
                // Too deep even so: left empty.
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        }, "site-gen: a page on a deeper stack", DEEP_STACK);
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            // No memory for so deep a stack: the page is shown as plain text, as it would have been.
            return Optional.empty();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failed.get() instanceof Error e) {
            throw e;
        }
        return Optional.ofNullable(made.get());
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
