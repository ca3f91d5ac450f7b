package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.sitegen.library.LibraryId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one walk over a page's tree between parse and render. It takes out the heading that titles
 * the page, gives every heading a GitHub-compatible id, sends every link and image through the
 * page's {@link LinkPolicy}, and turns the references skills write as plain text into
 * links: page names ("reference.md for the full reference"), skill names in related-skills lists,
 * and Context7 library ids in every form skills use them.
 */
final class PageWalk {

    private static final Pattern CONTEXT7_HEADING = Pattern.compile("context7", Pattern.CASE_INSENSITIVE);
    /** The schemes GitHub links where an address stands in the text, without angle brackets. */
    private static final Pattern TEXT_AUTOLINK = Pattern.compile("(?i)(?:https?|ftp)://");
    /** What joins names in a list of them: "a, b, and c", "a or b", "a & b", "a / b". */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("\\s*(?:,|,?\\s*\\b(?:and|or)\\b|&|/)\\s*");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "works well with|related skills?|see also|complementary skills|integrat\\w* with other skills", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_MENTION = Pattern.compile(
            "(?<![\\w/.-])((?:[\\w.-]+/)*[\\w.-]+\\.(?:md|markdown)(?:#[\\w-]+)?)(?![\\w/])");
    /** Skill names are lowercase words, joined by hyphens. */
    private static final Pattern SKILL_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /**
     * A skill named with its plugin, {@code superpowers:brainstorming}, as Claude Code plugins name
     * theirs, or run as a command, {@code /superpowers:brainstorming}: the plugin makes even a
     * one-word name a skill's.
     */
    private static final Pattern QUALIFIED_SKILL = Pattern.compile("(?<![\\w/.:-])/?[a-z0-9][a-z0-9-]*:[a-z0-9]+(?:-[a-z0-9]+)*(?![\\w:-])");
    /**
     * A skill named in code as it is run, {@code /name} (Claude Code) or {@code $name} (Codex), by
     * a name with a hyphen, {@code paw-sot}, or by its folder's path, {@code game-development/web-games}:
     * linked when the site has it, and only then, as code names many things.
     */
    private static final Pattern SKILL_IN_CODE = Pattern.compile(
            "[/$]([a-z0-9]+(?:-[a-z0-9]+)*)|([a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)+)");
    /** A line that opens a fence with a language: three back-ticks or tildes or more, then a word. */
    private static final Pattern OPENING_FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})[ \\t]*[^\\s`~].*");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z0-9][\\w-]*[A-Za-z0-9])(?![\\w/.-]*[\\w/])");
    private static final String ID = "[A-Za-z0-9][\\w.-]*/[A-Za-z0-9][\\w.-]*(?:/[A-Za-z0-9][\\w.-]*)?";
    /** An id with its leading slash, anywhere in text. */
    private static final Pattern SLASHED_ID = Pattern.compile("(?<![\\w/.-])/" + ID + "(?![\\w/])");
    /** An id with or without its slash, opening a list item or table cell under a Context7 heading. */
    private static final Pattern OPENING_ID = Pattern.compile("^\\s*(/?" + ID + ")(?=[\\s:,)]|$)");
    /** Ids in code: with their slash, or opening a line. */
    private static final Pattern ID_IN_CODE = Pattern.compile("(?<![\\w/.-])/" + ID + "(?![\\w/])|^[\\s\\-*]*(" + ID + ")(?=[\\s:,]|$)",
            Pattern.MULTILINE);

    private final int firstLine;
    private final LinkPolicy links;
    private final String frontMatterTitle;
    private final String name;
    private final HeadingIds ids = new HeadingIds();
    private final List<dev.sitegen.markdown.Heading> headings = new ArrayList<>();
    private final Map<String, LinkTarget> rawHtmlLinks = new HashMap<>();
    private final Map<Reference, String> unlinkedReferences = new IdentityHashMap<>();
    private final List<RelativeUrl> relativeUrls = new ArrayList<>();
    private ConvertedMarkdown.NestedFence nestedFence;
    private ConvertedMarkdown.UnevenTable unevenTable;
    private ConvertedMarkdown.RemovedHtml removedHtml;
    private ConvertedMarkdown.OpenFence openFence;
    private final List<String> htmlIds = new ArrayList<>();
    /** Links to a heading of this page, whose anchors are matched to its ids once they are all known. */
    private final List<LinkNodeBase> inPageLinks = new ArrayList<>();
    private Document document;
    /** Where each line starts, for line numbers: flexmark's own scan the document from its start on every call. */
    private int[] lineStarts;
    private Section section = Section.TOP;
    /** Whether the section's heading names Context7, or related skills: asked of every text, so found once a heading. */
    private boolean inContext7;
    private boolean inRelatedList;
    private String title;
    private String titleId;
    private boolean hasRawHtml;
    private boolean titleFromHtml;
    private final Wording wording;

    /**
     * @param frontMatterTitle the title the page's front matter gives, or null
     * @param name what the page is called without a title of its own, or null
     */
    PageWalk(int firstLine, LinkPolicy links, String frontMatterTitle, String name, Wording wording) {
        this.firstLine = firstLine;
        this.wording = wording;
        this.links = links;
        this.frontMatterTitle = frontMatterTitle;
        this.name = name;
    }

    String title() {
        return title;
    }

    String titleId() {
        return titleId;
    }

    /** Whether the title is the first level-1 heading of the raw HTML the page opens with, which the body then leaves out. */
    boolean titleFromHtml() {
        return titleFromHtml;
    }

    ConvertedMarkdown.UnevenTable unevenTable() {
        return unevenTable;
    }

    ConvertedMarkdown.RemovedHtml removedHtml() {
        return removedHtml;
    }

    /** The first fence that opens inside a code block that it will close early, or null. */
    ConvertedMarkdown.NestedFence nestedFence() {
        return nestedFence;
    }

    ConvertedMarkdown.OpenFence openFence() {
        return openFence;
    }

    List<String> htmlIds() {
        return htmlIds;
    }

    /** The link and image URLs the body writes relative to the page, in the order they are written. */
    List<RelativeUrl> relativeUrls() {
        return relativeUrls;
    }

    List<dev.sitegen.markdown.Heading> headings() {
        return headings;
    }

    /**
     * The document's text cut at its top-level headings, read after the walk so that links the
     * walk made from plain text read as the text they were.
     */
    List<TextSection> sections(Document document) {
        List<TextSection> sections = new ArrayList<>();
        String id = null;
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                if (id != null || !text.isEmpty()) {
                    sections.add(new TextSection(id, heading, text.toString()));
                }
                id = h.getAnchorRefId();
                heading = text(h);
                text.setLength(0);
            } else {
                String blockText = PlainText.of(block);
                if (!blockText.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n").append(blockText);
                }
            }
        }
        if (id != null || !text.isEmpty() || sections.isEmpty()) {
            sections.add(new TextSection(id, heading, text.toString()));
        }
        return sections;
    }

    boolean hasRawHtml() {
        return hasRawHtml;
    }

    Map<String, LinkTarget> rawHtmlLinks() {
        return rawHtmlLinks;
    }

    void run(Document document) {
        this.document = document;
        this.lineStarts = lineStarts(document.getChars().toString());
        Heading titleHeading = titleHeading(document);
        if (titleHeading != null) {
            title = text(titleHeading);
            // First, as on GitHub, where a later heading of the same text is numbered after it.
            titleId = idOf(titleHeading);
            titleHeading.unlink();
        } else if (frontMatterTitle == null) {
            title = htmlTitle(document);
            titleFromHtml = title != null;
        }
        Parser.REFERENCES.get(document).getValues().forEach(this::reference);
        visit(document);
        matchAnchorCase();
        // Reference definitions were met first, wherever they stand.
        relativeUrls.sort(Comparator.comparingInt(RelativeUrl::start));
    }

    /**
     * The title a README gives in raw HTML above all else, {@code <div align="center"><h1>Design
     * Clone</h1>...}, as GitHub shows it: the first level-1 heading of the HTML the page opens with.
     */
    static String htmlTitle(Node document) {
        for (Node block = document.getFirstChild(); block instanceof HtmlBlockBase; block = block.getNext()) {
            String heading = HtmlSanitizer.firstTitle(block.getChars().toString());
            if (heading != null) {
                return heading;
            }
        }
        return null;
    }

    /**
     * A link within the page to a heading's id in other letter case, {@code #useXChat-options} for the
     * heading "useXChat options", points to that id: GitHub finds it whatever the case; browsers do not.
     */
    private void matchAnchorCase() {
        Map<String, String> ids = new HashMap<>();
        if (titleId != null) {
            ids.put(titleId.toLowerCase(Locale.ROOT), titleId);
        }
        headings.forEach(heading -> ids.putIfAbsent(heading.id().toLowerCase(Locale.ROOT), heading.id()));
        for (LinkNodeBase link : inPageLinks) {
            String anchor = link.getUrl().unescape().substring(1);
            String id = ids.get(anchor.toLowerCase(Locale.ROOT));
            if (id != null && !id.equals(anchor)) {
                link.setUrl(BasedSequence.of("#" + id));
            }
        }
    }

    /**
     * The heading that titles the page: its first heading, when that is of level 1 and either opens
     * the page or is its only one. What stands above it, such as a deprecation notice, then shows
     * below the title; a page with text and then several level-1 headings has no title of its own.
     * Of several level-1 headings that the page opens with, the first is its title only when it
     * shares a word with the page's name ("# Drydock" over "# Release check" in the drydock skill):
     * otherwise they are its sections, as in a skill whose every part is "# 🎯 技能定位", "# 🚀 快速开始".
     * A page whose front matter gives its title has its opening heading taken as the title only
     * when it repeats that title, at any level, as rule pages write {@code ## Same Title}.
     */
    private Heading titleHeading(Document document) {
        Heading first = null;
        int levelOnes = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                first = first == null ? heading : first;
                levelOnes += heading.getLevel() == 1 ? 1 : 0;
            }
        }
        if (first == null) {
            return null;
        }
        if (frontMatterTitle != null) {
            return first == document.getFirstChild() && sameWords(text(first), frontMatterTitle) ? first : null;
        }
        if (first.getLevel() != 1) {
            return null;
        }
        if (levelOnes == 1) {
            return first;
        }
        return first == document.getFirstChild() && (name == null || sharesAWord(text(first), name)) ? first : null;
    }

    /** Whether a heading holds a word of three letters or more of {@code name}, even run together, as "XMarkdown" holds "markdown". */
    private static boolean sharesAWord(String heading, String name) {
        String letters = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(word -> word.length() >= 3 && letters.contains(word));
    }

    private static boolean sameWords(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private void visit(Node parent) {
        Node next;
        for (Node node = parent.getFirstChild(); node != null; node = next) {
            next = node.getNext();
            if (node instanceof Heading heading) {
                heading(heading);
                visit(heading);
            } else if (node instanceof Link || node instanceof Image) {
                link((LinkNodeBase) node);
            } else if (node instanceof LinkRef || node instanceof ImageRef) {
                referenceUse((RefNode) node);
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                autolink(node);
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                rawHtml(node);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                if (node instanceof FencedCodeBlock fenced) {
                    nestedFence(fenced);
                    openFence(fenced);
                }
                codeBlock(node);
            } else if (node instanceof Code code) {
                codeSpan(code);
            } else if (node instanceof Text text) {
                text(text);
            } else if (node instanceof Paragraph paragraph) {
                unevenTable(paragraph);
                visit(paragraph);
            } else if (!(node instanceof Reference)) {
                visit(node);
            }
        }
    }

    private void heading(Heading heading) {
        String text = text(heading);
        String id = idOf(heading);
        heading.setAnchorRefId(id);
        headings.add(new dev.sitegen.markdown.Heading(heading.getLevel(), id, text, line(heading), heading.getStartOffset()));
        section = new Section(id, text);
        inContext7 = section.titleMatches(CONTEXT7_HEADING);
        inRelatedList = section.titleMatches(RELATED_HEADING);
    }

    private String idOf(Heading heading) {
        return ids.next(oneLine(PlainText.withoutTags(heading)));
    }

    private void link(LinkNodeBase node) {
        BasedSequence written = node.getUrl();
        String url = written.unescape();
        if (node instanceof Link && url.startsWith("/")) {
            Optional<String> library = libraryId(url).flatMap(id -> links.library(id, section, inContext7, line(node)));
            if (library.isPresent()) {
                node.setUrl(BasedSequence.of(library.get()));
                return;
            }
        }
        if (node instanceof Link && url.startsWith("#")) {
            inPageLinks.add(node);
        }
        LinkTarget target = links.resolve(url, node instanceof Image, line(node));
        noteIfRelative(written, target);
        if (target instanceof LinkTarget.Rewrite rewrite) {
            node.setUrl(BasedSequence.of(rewrite.href()));
        } else if (target instanceof LinkTarget.Unlinked unlinked) {
            if (node instanceof Image image) {
                Marked.replace(image, Marked.UNLINKED, wording.reason(unlinked), image.getText().unescape());
            } else {
                Marked.replace(node, Marked.UNLINKED, wording.reason(unlinked));
            }
        }
    }

    /** A relative URL that leads somewhere, with where the page's HTML has it lead, for llms-full.txt to lead there too. */
    private void noteIfRelative(BasedSequence written, LinkTarget target) {
        if (RelativeUrl.isRelative(written.toString()) && !(target instanceof LinkTarget.Unlinked)) {
            String href = target instanceof LinkTarget.Rewrite rewrite ? rewrite.href() : written.unescape();
            relativeUrls.add(new RelativeUrl(written.getStartOffset(), written.getEndOffset(), href));
        }
    }

    /** What an autolink shows: its own text in angle brackets, its child text where the text holds it. */
    static String linkText(DelimitedLinkNode link) {
        return (link.getText().isEmpty() ? link.getChildChars() : link.getText()).unescape();
    }

    /** A reference definition renders nothing itself: its uses follow what it resolves to. */
    private void reference(Reference reference) {
        LinkTarget target = links.resolve(reference.getUrl().unescape(), false, line(reference));
        noteIfRelative(reference.getUrl(), target);
        if (target instanceof LinkTarget.Rewrite rewrite) {
            reference.setUrl(BasedSequence.of(rewrite.href()));
        } else if (target instanceof LinkTarget.Unlinked unlinked) {
            unlinkedReferences.put(reference, wording.reason(unlinked));
        }
    }

    private void referenceUse(RefNode node) {
        String reason = unlinkedReferences.get(node.getReferenceNode(document));
        if (reason != null) {
            if (node instanceof ImageRef image) {
                Marked.replace(image, Marked.UNLINKED, reason, image.getText().unescape());
            } else {
                Marked.replace(node, Marked.UNLINKED, reason);
            }
        }
    }

    /**
     * An address in angle brackets, {@code <https://...>}, or found in the text as GitHub finds
     * one: {@code http://}, {@code https://} and {@code ftp://} addresses, and {@code www.} ones,
     * which lead to {@code http://}. Other schemes in prose, "open chrome://inspect", are text there.
     */
    private void autolink(Node node) {
        if (node instanceof MailLink mail) {
            String text = linkText(mail);
            if (links.resolve("mailto:" + text, false, line(node)) instanceof LinkTarget.Unlinked unlinked) {
                Marked.replace(node, Marked.UNLINKED, wording.reason(unlinked), text);
            }
            return;
        }
        AutoLink link = (AutoLink) node;
        String text = linkText(link);
        String url = link.getUrl().unescape();
        boolean inText = !link.getChars().startsWith("<");
        if (inText && url.regionMatches(true, 0, "www.", 0, 4)) {
            url = "http://" + url;
            link.setUrl(BasedSequence.of(url));
        } else if (inText && !TEXT_AUTOLINK.matcher(url).lookingAt()) {
            link.insertBefore(new Text(link.getChars()));
            link.unlink();
            return;
        }
        if (links.resolve(url, false, line(node)) instanceof LinkTarget.Unlinked unlinked) {
            Marked.replace(node, Marked.UNLINKED, wording.reason(unlinked), text);
        }
    }

    private void rawHtml(Node node) {
        hasRawHtml = true;
        int line = line(node);
        HtmlSanitizer.RawHtml raw = HtmlSanitizer.read(node.getChars().toString());
        htmlIds.addAll(raw.ids());
        raw.urls().forEach(url -> rawHtmlLinks.computeIfAbsent(url.url(), u -> links.resolve(u, url.image(), line + url.line())));
        if (removedHtml == null && raw.removed() != null) {
            removedHtml = new ConvertedMarkdown.RemovedHtml(line + raw.removedLine(), raw.removed().normalName());
        }
    }

    /** Records the first two lines that would start a table but for their numbers of cells, which GitHub shows as text. */
    private void unevenTable(Paragraph paragraph) {
        if (unevenTable != null || paragraph.getChars().indexOf('|') < 0) {
            return;
        }
        List<BasedSequence> lines = paragraph.getContentLines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            BasedSequence header = lines.get(i);
            BasedSequence delimiter = lines.get(i + 1);
            if (TablesAfterText.tableRows(header, delimiter) && TablesAfterText.cells(header) != TablesAfterText.cells(delimiter)) {
                unevenTable = new ConvertedMarkdown.UnevenTable(line(header.getStartOffset()),
                        TablesAfterText.cells(header), TablesAfterText.cells(delimiter));
                return;
            }
        }
    }

    /** Code stays code; ids in code under a Context7 heading are recorded as uses. */
    private void codeBlock(Node node) {
        if (!inContext7) {
            return;
        }
        String content = node instanceof FencedCodeBlock fenced ? fenced.getContentChars().toString() : node.getChars().toString();
        int contentLine = node instanceof FencedCodeBlock ? line(node) + 1 : line(node);
        Matcher m = ID_IN_CODE.matcher(content);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group();
            int line = contentLine + (int) content.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            libraryId(id).ifPresent(valid -> links.libraryInCode(valid, section, line));
        }
    }

    /**
     * Records a fence that opens inside this block with a language, as templates of Markdown write
     * ```` ```typescript ```` inside ```` ```markdown ````: no longer than the block's own, its closing line
     * closes the block, and the rest of the block shows as text, and the text after it as code.
     * Only the first on a page: the fences below it pair wrongly until it is mended, and would each
     * be warned of.
     */
    private void nestedFence(FencedCodeBlock block) {
        String marker = block.getOpeningMarker().toString();
        String content = block.getContentChars().toString();
        if (nestedFence != null || !content.contains(marker)) {
            return;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = OPENING_FENCE.matcher(lines[i]);
            if (fence.matches() && fence.group(1).charAt(0) == marker.charAt(0) && fence.group(1).length() >= marker.length()) {
                String outer = block.getChars().toString().lines().findFirst().orElse(marker).strip();
                nestedFence = new ConvertedMarkdown.NestedFence(line(block) + 1 + i, lines[i].strip(), line(block), outer);
                return;
            }
        }
    }

    /**
     * Records a fence never closed at the page's top level, which runs to the end of the page; one
     * in a list or block quote ends with it, as on GitHub, and harms nothing after it.
     */
    private void openFence(FencedCodeBlock block) {
        if (block.getClosingMarker().isEmpty() && block.getParent() instanceof Document) {
            openFence = new ConvertedMarkdown.OpenFence(line(block), block.getOpeningMarker().toString());
        }
    }

    /** A code span that is wholly a page name, a skill of the site or a library id becomes a link. */
    private void codeSpan(Code code) {
        if (code.getAncestorOfType(TableCell.class) != null) {
            // GitHub splits a table's cells before it reads their code, so \| is a pipe even in code there.
            code.setText(BasedSequence.of(code.getText().toString().replace("\\|", "|")));
        }
        String text = code.getText().unescape().strip();
        Optional<String> href = Optional.empty();
        // In a list of related skills, a name in code is a skill's, whatever its shape.
        if (inRelatedList && opensListItemWithNames(code) && SKILL_NAME.matcher(text).matches()) {
            href = links.skill(text, line(code));
            if (href.isEmpty()) {
                if (links.missingSkill(text, line(code))) {
                    wrap(code, null);
                }
                return;
            }
        }
        if (href.isEmpty() && PAGE_MENTION.matcher(text).matches()) {
            href = links.mentionedPage(text, line(code));
        }
        if (href.isEmpty() && QUALIFIED_SKILL.matcher(text).matches()) {
            href = qualifiedSkill(text, line(code));
        }
        if (href.isEmpty() && (text.startsWith("/") || inContext7)) {
            href = libraryId(text).flatMap(id -> links.library(id, section, inContext7, line(code)));
        }
        Matcher skill = SKILL_IN_CODE.matcher(text);
        if (href.isEmpty() && skill.matches()) {
            href = links.skill(skill.group(1) != null ? skill.group(1) : skill.group(2), line(code));
        }
        href.ifPresent(h -> wrap(code, h));
    }

    /**
     * The skill a plugin-qualified name names, if the site has it. One it does not have is another
     * plugin's, most likely, and not reported as missing.
     */
    private Optional<String> qualifiedSkill(String mention, int line) {
        return links.skill(mention.substring(mention.indexOf(':') + 1), line);
    }

    /** Puts a node inside a link to {@code href}, or inside a missing-skill mark when it is null. */
    private void wrap(Node node, String href) {
        Node wrapper;
        if (href == null) {
            wrapper = new Marked(Marked.MISSING_SKILL, wording.missingSkill());
        } else {
            Link link = new Link();
            link.setUrl(BasedSequence.of(href));
            wrapper = link;
        }
        node.insertBefore(wrapper);
        node.unlink();
        wrapper.appendChild(node);
    }

    /** Plain text: page names, related skills and library ids become links. */
    private void text(Text node) {
        String text = node.getChars().unescape();
        boolean related = inRelatedList && opensListItem(node);
        boolean mentionsPage = text.contains(".md");
        boolean mentionsId = text.indexOf('/') >= 0;
        boolean mentionsQualifiedSkill = text.indexOf(':') >= 0;
        if (!related && !mentionsPage && !mentionsId && !mentionsQualifiedSkill) {
            return;
        }
        int line = line(node);
        List<Replacement> replacements = new ArrayList<>();
        if (related) {
            Matcher first = FIRST_WORD.matcher(text);
            if (first.find() && SKILL_NAME.matcher(first.group(1)).matches()) {
                String name = first.group(1);
                Optional<String> href = links.skill(name, line);
                // A word alone is as likely an ordinary word ("see", "use") as a skill the site lacks,
                // unless it is set apart in bold or italics, as lists of skills set their names.
                boolean surelyName = name.indexOf('-') >= 0 || isEmphasis(node.getParent()) && text.strip().equals(name);
                if (href.isPresent() || surelyName && links.missingSkill(name, line)) {
                    replacements.add(new Replacement(first.start(1), first.end(1), href.orElse(null)));
                }
            }
        }
        if (mentionsPage) {
            find(PAGE_MENTION, text, page -> links.mentionedPage(page, line), replacements);
        }
        if (mentionsQualifiedSkill) {
            find(QUALIFIED_SKILL, text, mention -> qualifiedSkill(mention, line), replacements);
        }
        if (mentionsId && inContext7 && (opensListItem(node) || opensTableCell(node))) {
            Matcher opening = OPENING_ID.matcher(text);
            if (opening.find()) {
                libraryId(opening.group(1)).flatMap(id -> links.library(id, section, true, line))
                        .ifPresent(href -> replacements.add(new Replacement(opening.start(1), opening.end(1), href)));
            }
        }
        if (mentionsId) {
            find(SLASHED_ID, text, id -> libraryId(id).flatMap(valid -> links.library(valid, section, inContext7, line)), replacements);
        }
        if (!replacements.isEmpty()) {
            split(node, text, replacements);
        }
    }

    /** Text from {@code start} to {@code end} becomes a link to {@code href}, or a missing-skill mark if it is null. */
    private record Replacement(int start, int end, String href) {
    }

    /**
     * Adds a replacement for every match, outside those found before, that {@code resolve} turns into
     * an href; trailing dots are punctuation.
     */
    private static void find(Pattern pattern, String text, Function<String, Optional<String>> resolve, List<Replacement> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int group = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
            int start = m.start(group);
            int end = trimTrailingDots(text, start, m.end(group));
            if (into.stream().noneMatch(r -> r.start() < end && start < r.end())) {
                resolve.apply(text.substring(start, end)).ifPresent(href -> into.add(new Replacement(start, end, href)));
            }
        }
    }

    private static int trimTrailingDots(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    /** Replaces a text node by text, links and marks, in order, dropping replacements that overlap. */
    private void split(Text node, String text, List<Replacement> replacements) {
        replacements.sort(Comparator.comparingInt(Replacement::start));
        int at = 0;
        for (Replacement r : replacements) {
            if (r.start() < at) {
                continue;
            }
            if (r.start() > at) {
                node.insertBefore(new Text(BasedSequence.of(text.substring(at, r.start()))));
            }
            Text label = new Text(BasedSequence.of(text.substring(r.start(), r.end())));
            node.insertBefore(label);
            wrap(label, r.href());
            at = r.end();
        }
        if (at < text.length()) {
            node.insertBefore(new Text(BasedSequence.of(text.substring(at))));
        }
        node.unlink();
    }

    /** The id {@code text} spells, written with its leading slash, or empty. */
    private static Optional<String> libraryId(String text) {
        return LibraryId.parse(text).map(LibraryId::toString);
    }

    /**
     * Whether the node opens the first paragraph of a list item, or opens the bold or italic text
     * that does: where lists name a skill or an id.
     */
    private static boolean opensListItem(Node node) {
        Node opening = node;
        while (opening.getPrevious() == null && isEmphasis(opening.getParent())) {
            opening = opening.getParent();
        }
        return opening.getPrevious() == null && opening.getParent() instanceof Paragraph p && p.getPrevious() == null
                && p.getParent() instanceof ListItem;
    }

    /**
     * Whether code opens a list item, or follows only names in code and the words that join them,
     * as "- `python-patterns` and `python-testing` for Python" lists two skills.
     */
    private static boolean opensListItemWithNames(Code code) {
        Node first = code;
        while (isName(first.getPrevious())
                || first.getPrevious() instanceof Text between && BETWEEN_NAMES.matcher(between.getChars()).matches()) {
            first = first.getPrevious();
        }
        return opensListItem(first);
    }

    /** A name in code, as written or as this walk has made it: a link to its skill, or marked as missing. */
    private static boolean isName(Node node) {
        return node instanceof Code || (node instanceof Link || node instanceof Marked) && node.getFirstChild() instanceof Code;
    }

    private static boolean isEmphasis(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis;
    }

    private static boolean opensTableCell(Node node) {
        return node.getPrevious() == null && node.getParent() instanceof TableCell;
    }

    private int line(Node node) {
        return line(node.getStartOffset());
    }

    private int line(int offset) {
        int at = java.util.Arrays.binarySearch(lineStarts, offset);
        return firstLine + (at >= 0 ? at : -at - 2);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            count++;
        }
        int[] starts = new int[count];
        for (int at = text.indexOf('\n'), line = 1; at >= 0; at = text.indexOf('\n', at + 1)) {
            starts[line++] = at + 1;
        }
        return starts;
    }

    /**
     * A heading's text on one line, as a setext heading's lines read, with the brackets of a
     * phrase no reference defines.
     */
    private static String text(Node heading) {
        keepBrackets(heading);
        return oneLine(PlainText.of(heading));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    /**
     * A phrase in brackets that no reference defines, as templates title a page "[Feature Name]
     * Specification", is text, brackets and all, as on GitHub; flexmark keeps it a reference node,
     * whose collected text drops the brackets. Made text here, it keeps them in titles and contents.
     */
    private static void keepBrackets(Node node) {
        List<LinkRef> undefined = new ArrayList<>();
        node.getDescendants().forEach(descendant -> {
            if (descendant instanceof LinkRef ref && !ref.isDefined()) {
                undefined.add(ref);
            }
        });
        for (LinkRef ref : undefined) {
            BasedSequence chars = ref.getChars();
            if (!ref.hasChildren()) {
                ref.insertBefore(new Text(chars));
            } else {
                BasedSequence closing = chars.baseSubSequence(ref.getLastChild().getEndOffset(), ref.getEndOffset());
                ref.insertBefore(new Text(chars.baseSubSequence(ref.getStartOffset(), ref.getFirstChild().getStartOffset())));
                for (Node child = ref.getFirstChild(); child != null; child = ref.getFirstChild()) {
                    ref.insertBefore(child);
                }
                ref.insertBefore(new Text(closing));
            }
            ref.unlink();
        }
    }
}
