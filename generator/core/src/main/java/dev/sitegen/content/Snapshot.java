package dev.sitegen.content;

/**
 * An older version of a skill kept in the content tree: {@code SKILL-FOLDER/versions/LABEL/SKILL.md}.
 *
 * @param label the folder name, usually the version it holds ("1.0.0")
 */
public record Snapshot(String label, SourceFile skillFile) {
}
