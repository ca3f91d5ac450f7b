package dev.sitegen.site;

import dev.sitegen.model.SkillMetadata;

import java.util.List;

/**
 * A skill of the site, assembled: metadata, its main page, its further pages in reading order, and
 * the files it carries.
 */
public record Skill(String slug, SkillMetadata metadata, Page main, List<Page> pages, List<SkillFile> files) {

    public Skill {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    public String name() {
        return metadata.name();
    }

    public SitePath path() {
        return main.path();
    }

    /** The main page first, then the others. */
    public List<Page> allPages() {
        List<Page> all = new java.util.ArrayList<>(pages.size() + 1);
        all.add(main);
        all.addAll(pages);
        return all;
    }
}
