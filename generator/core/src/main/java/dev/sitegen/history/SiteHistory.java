package dev.sitegen.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the history stage found: every skill's versions, when each file last changed, and where
 * renamed files went.
 *
 * @param versions each skill's versions, oldest first, by its SKILL.md; empty when history is off
 * @param lastChanged when each file was last committed, by its path below the content folder
 * @param moves the files of the content folder that git saw renamed
 */
public record SiteHistory(Map<Path, List<Version>> versions, Map<String, Instant> lastChanged, Moves moves) {

    public static final SiteHistory NONE = new SiteHistory(Map.of(), Map.of(), Moves.NONE);
}
