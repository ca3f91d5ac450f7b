package dev.sitegen.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file in the content folder.
 *
 * @param path where it is on disk
 * @param relativePath its path below the content folder, with {@code /} separators
 */
public record SourceFile(Path path, String relativePath) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean isMarkdown() {
        return isMarkdown(path);
    }

    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
