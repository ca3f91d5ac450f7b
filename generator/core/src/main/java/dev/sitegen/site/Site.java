package dev.sitegen.site;

import dev.sitegen.model.SiteConfig;

import java.util.List;
import java.util.Optional;

/**
 * The whole site as the render stage sees it.
 *
 * @param skills every skill, by name
 * @param tags every tag, by name, each with its own page
 * @param libraries every Context7 library a skill uses, by id
 * @param catalogs the site-wide lists of categories, allowed tools and trigger keywords that have entries
 * @param missingSkills every place that names a skill the site does not have, by name
 * @param license the collection's license, if it has one
 */
public record Site(SiteConfig config, List<Skill> skills, List<Tag> tags, List<Library> libraries, List<Catalog> catalogs,
                   List<SkillReference> missingSkills, Optional<SiteLicense> license) {

    public Site {
        skills = List.copyOf(skills);
        tags = List.copyOf(tags);
        libraries = List.copyOf(libraries);
        catalogs = List.copyOf(catalogs);
        missingSkills = List.copyOf(missingSkills);
    }
}
