package dev.sitegen.site;

import dev.sitegen.model.SkillSource;

/** Where a skill lives in the site: {@code skills/SLUG/}. */
public record SkillRoute(SkillSource source, String slug) {

    public String folder() {
        return "skills/" + slug;
    }

    public SitePath page() {
        return SitePath.page(folder());
    }

    public String name() {
        return source.metadata().name();
    }
}
