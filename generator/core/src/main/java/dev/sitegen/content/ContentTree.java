package dev.sitegen.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the scan found in a content folder.
 *
 * @param siteConfig {@code site.yaml} at the top of the content folder, if there is one
 * @param libraryRegistry {@code libraries.yaml} at the top of the content folder, if there is one
 * @param license the collection's license at the top of the content folder ({@code LICENSE},
 *     {@code LICENSE.md}, {@code COPYING}…), if there is one
 * @param skills every skill folder, in path order
 * @param withoutSkill the folders beside skill folders that hold Markdown but no SKILL.md, which
 *     are not published: most often a skill whose SKILL.md is missing or misnamed
 * @param besideSkills the Markdown and license files beside skill folders, the content folder's own
 *     aside, which are in no skill and so not published: a category's README or LICENSE
 */
public record ContentTree(Path root, Optional<SourceFile> siteConfig, Optional<SourceFile> libraryRegistry,
                          Optional<SourceFile> license, List<SkillFolder> skills, List<Path> withoutSkill, List<Path> besideSkills) {

    public ContentTree {
        skills = List.copyOf(skills);
        withoutSkill = List.copyOf(withoutSkill);
        besideSkills = List.copyOf(besideSkills);
    }

    public static final String SITE_CONFIG = "site.yaml";
    public static final String LIBRARY_REGISTRY = "libraries.yaml";
    public static final String SKILL_FILE = "SKILL.md";
    public static final String SNAPSHOTS_FOLDER = "versions";
    /** Asked of every file of every skill that names no license: compiled once. */
    private static final Pattern LICENSE = Pattern.compile("(?i)((un)?licen[cs]e|copying)([.-][\\w.-]*)?");

    /** Whether a file of this name holds a license, by the names GitHub recognises: LICENSE, LICENCE.txt, COPYING, UNLICENSE, LICENSE-MIT. */
    public static boolean isLicense(String fileName) {
        return LICENSE.matcher(fileName).matches();
    }
}
