package dev.sitegen.site;

import dev.sitegen.problem.SourceLocation;

/** A place that names another skill, in a related-skills list or in front matter. */
public record SkillReference(String name, SourceLocation at) {
}
