package dev.sitegen.render;

import dev.sitegen.site.Site;
import dev.sitegen.site.Skill;

import java.util.stream.Stream;

/**
 * Mermaid diagrams, drawn in the browser as GitHub draws them. A fenced block in the language
 * {@code mermaid} is rendered as code, which is what readers without script see, and the theme's
 * site.js has mermaid.js draw it. A site carries mermaid.js, 3 MB, only if one of its pages,
 * current or older, has a diagram.
 */
final class Diagrams {

    /** The theme's asset that draws them. */
    static final String SCRIPT = "mermaid.min.js";
    /** A diagram's block, as the Markdown stage renders fenced code. */
    private static final String BLOCK = "<pre data-language=\"mermaid\">";

    private Diagrams() {
    }

    static boolean drawnIn(Site site) {
        return site.skills().stream()
                .flatMap(skill -> Stream.concat(skill.allPages().stream(), skill.versions().stream().map(Skill.SkillVersion::page)))
                .anyMatch(page -> page.html().contains(BLOCK));
    }
}
