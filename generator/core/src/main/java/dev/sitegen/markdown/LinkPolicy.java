package dev.sitegen.markdown;

/**
 * Decides where the links of one page go. The Markdown stage knows syntax, not the site: it asks
 * this for every link, image and raw-HTML {@code href}/{@code src}, and the site stage answers and
 * reports broken ones.
 */
@FunctionalInterface
public interface LinkPolicy {

    /**
     * @param url the URL as written
     * @param image whether it is an image source rather than a link
     * @param line the 1-based line of the source file it stands on
     */
    LinkTarget resolve(String url, boolean image, int line);

    /** Keeps every URL: for pages whose links need no rewriting. */
    LinkPolicy KEEP_ALL = (url, image, line) -> LinkTarget.KEEP;
}
