package dev.sitegen.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the history stage found: every skill's versions, and when each file last changed.
 *
 * @param versions each skill's versions, oldest first, by its SKILL.md; empty when history is off
 * @param lastChanged when each file was last committed, by its path below the content folder
 */
public record SiteHistory(Map<Path, List<Version>> versions, Map<String, Instant> lastChanged) {

    public static final SiteHistory NONE = new SiteHistory(Map.of(), Map.of());
}
