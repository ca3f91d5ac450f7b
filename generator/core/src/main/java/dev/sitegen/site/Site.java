package dev.sitegen.site;

import dev.sitegen.model.SiteConfig;

import java.util.List;

/** The whole site as the render stage sees it: every skill, by name, and every tag, by name. */
public record Site(SiteConfig config, List<Skill> skills, List<Tag> tags) {

    public Site {
        skills = List.copyOf(skills);
        tags = List.copyOf(tags);
    }
}
