package dev.sitegen.site;

import dev.sitegen.problem.SourceLocation;

/**
 * A link from a page to a page or file of the site, kept for the check stage.
 *
 * @param anchor the fragment without {@code #}, or null
 */
public record InternalLink(SitePath target, String anchor, SourceLocation from) {
}
