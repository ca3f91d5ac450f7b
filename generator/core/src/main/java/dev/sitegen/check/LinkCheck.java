package dev.sitegen.check;

import dev.sitegen.markdown.Heading;
import dev.sitegen.problem.Problems;
import dev.sitegen.site.InternalLink;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.SitePath;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        site.skills().forEach(skill -> skill.allPages().forEach(page ->
                ids.put(page.path(), page.headings().stream().map(Heading::id).collect(Collectors.toSet()))));
        for (var skill : site.skills()) {
            for (Page page : skill.allPages()) {
                for (InternalLink link : page.links()) {
                    Set<String> targetIds = ids.get(link.target());
                    if (link.anchor() == null || link.anchor().isEmpty() || targetIds == null || targetIds.contains(link.anchor())) {
                        continue;
                    }
                    String closest = closest(link.anchor(), targetIds);
                    problems.warning("broken-anchor", link.from(),
                            "The link points to #" + link.anchor() + ", which is not a heading of " + link.target().folder() + "/.",
                            closest == null ? "Link to one of the page's headings." : "Did you mean #" + closest + "?");
                }
            }
        }
    }

    private static String closest(String anchor, Set<String> ids) {
        return ids.stream().min(Comparator.comparingInt(id -> distance(anchor, id)))
                .filter(id -> distance(anchor, id) <= Math.max(3, anchor.length() / 3)).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
