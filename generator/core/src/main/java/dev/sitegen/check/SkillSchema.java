package dev.sitegen.check;

import dev.sitegen.model.SkillMetadata;
import dev.sitegen.model.SkillSource;
import dev.sitegen.model.YamlMapping;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Front matter against the rules agents apply to skills: a name of lowercase letters, digits and
 * hyphens, at most {@value #MAX_NAME} characters, that matches its folder; a description of at
 * most {@value #MAX_DESCRIPTION} characters. (Required fields and field types are checked as the
 * front matter is read.) The site still builds, so these are warnings.
 */
public final class SkillSchema {

    static final int MAX_NAME = 64;
    static final int MAX_DESCRIPTION = 1024;
    /** Possessive, so that a name of thousands of hyphenated words is matched without recursing once per word. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

    private SkillSchema() {
    }

    public static void check(List<SkillSource> skills, Problems problems) {
        for (SkillSource skill : skills) {
            SkillMetadata m = skill.metadata();
            SourceLocation name = where(skill, "name");
            boolean wellFormed = NAME.matcher(m.name()).matches();
            if (!wellFormed) {
                // The folder's name when it is a valid one, so that this advice and the folder's agree.
                String folder = skill.folder().folderName();
                String suggestion = NAME.matcher(folder).matches() ? folder
                        : m.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                problems.warning("skill-name", name, "The name \"" + m.name() + "\" is not lowercase letters, digits and single hyphens.",
                        "Rename the skill" + (suggestion.isEmpty() ? " with lowercase letters a to z, digits and hyphens"
                                : ", such as \"" + suggestion + "\"" + (suggestion.equals(folder) ? ", its folder's name" : ""))
                                + "; agents look skills up by name.");
            }
            if (m.name().length() > MAX_NAME) {
                problems.warning("skill-name", name, "The name is " + m.name().length() + " characters long, over the " + MAX_NAME + " allowed.",
                        "Shorten it.");
            }
            // A name that is not well formed is one problem, not two: its advice already names the folder's name.
            if (wellFormed && !m.name().equals(skill.folder().folderName())) {
                problems.warning("name-folder", name, "The name \"" + m.name() + "\" differs from its folder \""
                                + skill.folder().folderName() + "\", so agents that install the folder know it by another name.",
                        "Rename the folder or the skill so that they match.");
            }
            if (m.description().length() > MAX_DESCRIPTION) {
                problems.warning("description-length", where(skill, "description"), "The description is " + m.description().length()
                        + " characters long, over the " + MAX_DESCRIPTION + " agents read.", "Shorten it; move details into the body.");
            }
        }
    }

    private static SourceLocation where(SkillSource skill, String key) {
        return skill.skillDocument().frontMatter().map((YamlMapping y) -> y.locationOf(key))
                .orElse(SourceLocation.of(skill.folder().skillFile().path()));
    }
}
