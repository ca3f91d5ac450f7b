package dev.sitegen.markdown;

/** What becomes of a link or image URL written in Markdown or raw HTML. */
public sealed interface LinkTarget {

    /** Leave the URL as the author wrote it: external, same-page anchors, paths that are not the site's. */
    record Keep() implements LinkTarget {
    }

    /** Point it here instead, a URL relative to the page. */
    record Rewrite(String href) implements LinkTarget {
    }

    /** Render the link's text without a link (and an image as its alt text), saying why on hover. */
    record Unlinked(String reason) implements LinkTarget {
    }

    LinkTarget KEEP = new Keep();
}
