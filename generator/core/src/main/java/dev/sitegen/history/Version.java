package dev.sitegen.history;

import dev.sitegen.model.SkillMetadata;
import dev.sitegen.model.SourceDocument;

/**
 * A revision as readers see it: parsed, and labelled.
 *
 * @param metadata its front matter, or null when that did not parse (old texts may not)
 * @param label what readers call it: its version, "1.0.0 · revised 2026-01-09" when the version
 *     field stayed the same while the text changed, or its snapshot label or date when it has none
 *     ("2026-11-21 · 121dc20" for a day's later texts)
 * @param slug the label as a URL segment: {@code skills/NAME/v/SLUG/}
 */
public record Version(Revision revision, SourceDocument document, SkillMetadata metadata, String label, String slug) {
}
