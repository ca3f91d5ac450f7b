package dev.sitegen.site;

import java.util.List;

/**
 * A site-wide list of one kind of skill property (categories, allowed tools, trigger keywords), each
 * entry with the skills that carry it, on one page at {@code FOLDER/}. The theme's texts name and
 * describe it by its folder.
 */
public record Catalog(String folder, List<Entry> entries) {

    public Catalog {
        entries = List.copyOf(entries);
    }

    /** A value and its skills; {@code anchor} is its id on the catalog's page. */
    public record Entry(String name, String anchor, List<Skill> skills) {
        public Entry {
            skills = List.copyOf(skills);
        }
    }

    public SitePath path() {
        return SitePath.page(folder);
    }

    /** Where a value's entry is, as a path and anchor from the site root. */
    public static String href(String folder, String value) {
        return SitePath.page(folder).href() + "#" + Slugs.of(value, "entry");
    }
}
