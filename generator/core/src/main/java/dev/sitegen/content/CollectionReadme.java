package dev.sitegen.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The README that introduces a collection: the nearest {@code README.md} at or above the content
 * folder, up to the root of the repository that holds it, whose README is the collection's; outside
 * a repository, only the content folder's own, as a folder above it may be anything, such as a
 * folder of test collections. An empty one, as templates leave, introduces nothing and is passed
 * over. A site without {@code site.yaml} takes its title and description from it.
 */
public final class CollectionReadme {

    private CollectionReadme() {
    }

    public static Optional<Path> find(Path contentDir) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path top = WorkTree.rootAbove(root).orElse(root);
        for (Path dir = root; dir != null && dir.startsWith(top); dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && !blank(readme)) {
                return Optional.of(readme);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).isBlank();
        } catch (IOException e) {
            return true;
        }
    }
}
