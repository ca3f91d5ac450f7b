package dev.sitegen.content;

import dev.sitegen.text.FileNames;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder holding a {@code SKILL.md}, with everything else below it that belongs to the skill.
 *
 * @param pages further Markdown pages, in path order
 * @param files everything else: scripts, images, data, copied as they are
 * @param snapshots older versions kept under {@code versions/}
 */
public record SkillFolder(SourceFile skillFile, List<SourceFile> pages, List<SourceFile> files,
                          List<Snapshot> snapshots) {

    public SkillFolder {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
        snapshots = List.copyOf(snapshots);
    }

    public Path dir() {
        return skillFile.path().getParent();
    }

    public String folderName() {
        return dir().getFileName().toString();
    }

    /** The path of a file of this skill relative to the skill's folder, with {@code /} separators. */
    public String pathInSkill(SourceFile file) {
        return FileNames.relative(dir(), file.path());
    }
}
