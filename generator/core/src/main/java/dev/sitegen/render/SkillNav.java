package dev.sitegen.render;

import dev.sitegen.render.Views.NavGroup;
import dev.sitegen.render.Views.NavItem;
import dev.sitegen.site.Page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A skill's pages as its sidebar lists them, in reading order, those in a folder below SKILL.md
 * under the folder's name, as the skill's files lie. A skill with more pages than a screen shows
 * (one collection has a skill of 308) folds every folder but the one of the page being read, so
 * that its folders read as its contents.
 */
final class SkillNav {

    private static final int FOLDED_ABOVE = 24;

    private SkillNav() {
    }

    /**
     * @param current the page being read
     * @param currentHref where the entry of the page being read leads: its own page, or the older
     *     version of it that is being read
     */
    static List<NavGroup> of(List<Page> pages, Page current, String currentHref) {
        List<List<Page>> runs = new ArrayList<>();
        for (Page page : pages) {
            if (runs.isEmpty() || !folder(runs.get(runs.size() - 1).get(0)).equals(folder(page))) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(page);
        }
        // Told apart from every page of their folder, in whatever run of it they stand.
        Map<Page, String> labels = new IdentityHashMap<>();
        pages.stream().collect(Collectors.groupingBy(SkillNav::folder)).forEach((folder, inFolder) -> labels.putAll(Page.labels(inFolder, folder)));
        boolean folded = pages.size() > FOLDED_ABOVE;
        List<NavGroup> groups = new ArrayList<>();
        for (List<Page> run : runs) {
            String folder = folder(run.get(0));
            List<NavItem> items = run.stream().map(p -> p == current ? new NavItem(labels.get(p), currentHref, true)
                    : new NavItem(labels.get(p), p.path().href(), false)).toList();
            groups.add(new NavGroup(folder.isEmpty() ? null : folder, !folded || run.contains(current), items));
        }
        return groups;
    }

    private static String folder(Page page) {
        int slash = page.pathInSkill().lastIndexOf('/');
        return slash < 0 ? "" : page.pathInSkill().substring(0, slash);
    }
}
