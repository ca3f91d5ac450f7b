package dev.sitegen.check;

import dev.sitegen.markdown.Heading;
import dev.sitegen.problem.Problems;
import dev.sitegen.site.InternalLink;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.SitePath;
import dev.sitegen.text.EditDistance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check stage for links between pages: every anchor a page links to must be a heading of the
 * target page. (Targets themselves were checked when the links were resolved.)
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    public static void check(Site site, Problems problems) {
        Map<SitePath, Set<String>> ids = new HashMap<>();
        Map<SitePath, Page> pages = new HashMap<>();
        site.skills().forEach(skill -> skill.allPages().forEach(page -> {
            Set<String> pageIds = page.headings().stream().map(Heading::id).collect(Collectors.toCollection(HashSet::new));
            pageIds.addAll(page.htmlIds());
            Optional.ofNullable(page.titleId()).ifPresent(pageIds::add);
            ids.put(page.path(), pageIds);
            pages.put(page.path(), page);
        }));
        for (var skill : site.skills()) {
            for (Page page : skill.allPages()) {
                for (InternalLink link : page.links()) {
                    Set<String> targetIds = ids.get(link.target());
                    if (link.anchor() == null || link.anchor().isEmpty() || targetIds == null || targetIds.contains(link.anchor())
                            || link.target().equals(page.path()) && targetIds.stream().anyMatch(link.anchor()::equalsIgnoreCase)) {
                        // Within its page, an anchor in other letter case was pointed at the heading when the page was converted.
                        continue;
                    }
                    String closest = closest(link.anchor(), targetIds);
                    problems.warning("broken-anchor", link.from(),
                            "The link points to #" + visible(link.anchor()) + ", which is not a heading of "
                                    + pages.get(link.target()).source().relativePath() + ".",
                            closest == null ? "Link to one of the page's headings." : "Did you mean #" + visible(closest) + "?");
                }
            }
        }
    }

    private static String closest(String anchor, Set<String> ids) {
        return EditDistance.closest(anchor, ids, Math.max(3, anchor.length() / 3)).orElse(null);
    }

    /**
     * An anchor as the author can see and type it: a character that shows as nothing, such as the
     * variation selector an emoji heading leaves at the end of its id, percent-encoded.
     */
    static String visible(String anchor) {
        StringBuilder out = new StringBuilder();
        anchor.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.CONTROL || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(SitePath.encodeSegment(Character.toString(c)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
