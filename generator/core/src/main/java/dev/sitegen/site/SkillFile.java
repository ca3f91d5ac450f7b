package dev.sitegen.site;

import dev.sitegen.content.SourceFile;

/** A file of a skill that is not a page (a script, an image, data), copied into the site. */
public record SkillFile(SourceFile source, String pathInSkill, SitePath path) {
}
