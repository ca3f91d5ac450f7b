package dev.sitegen.site;

import dev.sitegen.history.Version;
import dev.sitegen.model.SkillMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * A skill of the site, assembled: metadata, its main page, its further pages in reading order, the
 * files it carries, and its versions.
 *
 * @param versions every version, oldest first, the current one last; empty when history is off
 */
public record Skill(String slug, SkillMetadata metadata, Page main, List<Page> pages, List<SkillFile> files,
                    List<SkillVersion> versions) {

    public Skill {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
        versions = List.copyOf(versions);
    }

    /** A version and its page: the skill's main page for the current version, its own for older ones. */
    public record SkillVersion(Version version, Page page) {
        public boolean current() {
            return version.revision().current();
        }
    }

    public String name() {
        return metadata.name();
    }

    public SitePath path() {
        return main.path();
    }

    /** The skill's own pages: the main page first, then the others; not its older versions. */
    public List<Page> allPages() {
        List<Page> all = new ArrayList<>(pages.size() + 1);
        all.add(main);
        all.addAll(pages);
        return all;
    }

    /** The folder of the skill's history pages. */
    public String historyFolder() {
        return "skills/" + slug + "/history";
    }
}
