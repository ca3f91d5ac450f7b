package dev.sitegen.markdown;

import dev.sitegen.text.HtmlText;

import java.util.List;

/**
 * A Markdown body as HTML, with what the site needs to know of it.
 *
 * @param title the text of the heading that titles the page, which was taken out of {@code html}; null if none
 * @param titleId the id that heading had, as GitHub gives it, which the page's title takes; null if none
 * @param html the body, safe to embed: raw HTML in the Markdown has been sanitised
 * @param opening the text of its first paragraph below the title, on one line; null if it has none
 * @param headings every heading left in the body, in order
 * @param sections the body's plain text, cut at its headings, for search
 * @param tooDeepAt the line of the source file from which the body nests too deeply to convert, so that
 *     it is shown as plain text; 0 when it was converted
 * @param nestedFence the first code fence that opens inside a code block fenced no longer than it,
 *     whose closing line closes the outer block too; null if none
 * @param openFence a code fence the body opens and never closes, so that the rest of it is code; null if none
 * @param unevenTable the first table that is shown as text, as GitHub shows it, because its header
 *     row and the row of dashes under it have different numbers of cells; null if none
 * @param removedHtml the first element of HTML's own in the raw HTML that the page leaves out, as it
 *     would run script or embed another page ({@code <script>}, {@code <iframe>}); null if none
 * @param htmlIds the ids the body's raw HTML gives its elements ({@code <a id="x">}, {@code <a name="x">}),
 *     which links may point at as they may at headings
 */
public record ConvertedMarkdown(String title, String titleId, String html, String opening, List<Heading> headings,
                                List<TextSection> sections, int tooDeepAt,
                                NestedFence nestedFence, OpenFence openFence, UnevenTable unevenTable, RemovedHtml removedHtml,
                                List<String> htmlIds,
                                List<RelativeUrl> relativeUrls) {

    /** A code fence left open: its line in the source file, and its marker, such as {@code ```}. */
    public record OpenFence(int line, String marker) {
    }

    /** Where such a table's header row is, and the numbers of cells of it and of the row under it. */
    public record UnevenTable(int line, int headerCells, int delimiterCells) {
    }

    /** Where such an element is, and its tag's name. */
    public record RemovedHtml(int line, String tag) {
    }

    /**
     * A code fence inside a code block, as written on its line of the source file, such as
     * {@code ```typescript}, and the fence that opens the block, on its line.
     */
    public record NestedFence(int line, String fence, int outerLine, String outerFence) {

        /** Whether the outer fence says no language: most often a fence meant to close code that no fence opened. */
        public boolean outerIsBare() {
            return outerFence.replaceAll("[`~]", "").isBlank();
        }
    }

    public ConvertedMarkdown {
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        htmlIds = List.copyOf(htmlIds);
        relativeUrls = List.copyOf(relativeUrls);
    }

    /** The body as it was written, escaped: nothing of it is lost, and nothing of it runs. */
    static ConvertedMarkdown plainText(String markdown, int tooDeepAt) {
        return new ConvertedMarkdown(null, null, "<pre class=\"plain-text\"><code>" + HtmlText.escape(markdown) + "</code></pre>", null,
                List.of(), List.of(new TextSection(null, "", markdown)), tooDeepAt, null, null, null, null, List.of(), List.of());
    }
}
