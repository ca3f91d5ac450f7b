package dev.sitegen.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a skill's front matter says, in one shape whichever schema it was written in: the older
 * flat one ({@code version}, {@code tags: [..]}, {@code updated: 2025-11-24} at the top) or the
 * newer nested one (the same under {@code metadata:}, tags as one comma-separated string).
 * Fields the author did not write are null, or empty for lists.
 *
 * @param title an explicit {@code title:}; pages otherwise take their first heading or the name
 * @param describedByBody whether the description is the body's first paragraph, for want of a
 *     {@code description:}: the skill's page then says it once, in the body
 * @param updated the date as written, which need not be a valid date
 * @param updatedDate {@code updated} when it is one
 * @param status as written, or "deprecated" for {@code deprecated: true}
 * @param extras every field not named here, in source order
 */
public record SkillMetadata(
        String name,
        String title,
        String description,
        boolean describedByBody,
        String version,
        String category,
        String status,
        List<String> tags,
        String updated,
        LocalDate updatedDate,
        String license,
        String compatibility,
        List<String> allowedTools,
        Invocation invocation,
        List<String> relatedSkills,
        List<String> context7Libraries,
        ProgressiveDisclosure progressiveDisclosure,
        Triggers triggers,
        List<ExtraField> extras) {

    public SkillMetadata {
        tags = List.copyOf(tags);
        allowedTools = List.copyOf(allowedTools);
        relatedSkills = List.copyOf(relatedSkills);
        context7Libraries = List.copyOf(context7Libraries);
        extras = List.copyOf(extras);
    }

    /** What a skill's page opens with: its description, unless that is the body's first paragraph, which follows it; else null. */
    public String lead() {
        return describedByBody ? null : description;
    }
}
