package dev.sitegen.site;

import java.util.List;

/** A tag and the skills that carry it, with its own page at {@code tags/SLUG/}. */
public record Tag(String name, SitePath path, List<Skill> skills) {

    public Tag {
        skills = List.copyOf(skills);
    }

    /** The page of the tag with this name. */
    public static SitePath pathFor(String name) {
        return SitePath.page("tags/" + Slugs.of(name, "tag"));
    }
}
