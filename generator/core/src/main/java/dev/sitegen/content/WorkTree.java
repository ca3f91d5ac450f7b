package dev.sitegen.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the git work tree around a folder begins, found as git finds it: the nearest folder above with a {@code .git}. */
final class WorkTree {

    private WorkTree() {
    }

    /** Searched from the folder's absolute path, as a relative one ({@code skills}) has no folder above it. */
    static Optional<Path> rootAbove(Path dir) {
        for (Path folder = dir.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
