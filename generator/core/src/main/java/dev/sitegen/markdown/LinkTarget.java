package dev.sitegen.markdown;

/** What becomes of a link or image URL written in Markdown or raw HTML. */
public sealed interface LinkTarget {

    /** Leave the URL as the author wrote it: external, same-page anchors, paths that are not the site's. */
    record Keep() implements LinkTarget {
    }

    /** Point it here instead, a URL relative to the page. */
    record Rewrite(String href) implements LinkTarget {
    }

    /**
     * Render the link's text without a link (and an image as its alt text), saying why on hover,
     * in the site's language; {@code detail} is the scheme refused or the URL not found.
     */
    record Unlinked(Why why, String detail) implements LinkTarget {

        public Unlinked(Why why) {
            this(why, "");
        }

        /** Each reason's text is the theme's {@code unlinked-} text of its name: {@code unlinked-missing}. */
        public enum Why { UNSAFE, INVALID, OUTSIDE, UNREAD, MISSING }
    }

    LinkTarget KEEP = new Keep();
}
