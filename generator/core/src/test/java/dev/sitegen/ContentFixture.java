package dev.sitegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** A content folder written by a test, file by file, inside a temporary folder. */
public final class ContentFixture {

    /** The repository's own content folder: the seed skill and site.yaml. */
    public static final Path REPOSITORY_CONTENT = Path.of("../../content").toAbsolutePath().normalize();
    /** A real public skill collection (MIT), kept as test data. */
    public static final Path CORPUS = Path.of("src/test/resources/corpus/obra-superpowers").toAbsolutePath();

    private final Path root;

    public ContentFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path write(String relativePath, String text) {
        return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relativePath, byte[] bytes) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SKILL.md with this front matter (without the --- lines) and body. */
    public Path skill(String folder, String frontMatter, String body) {
        return write(folder + "/SKILL.md", "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    /** A minimal valid skill. */
    public Path skill(String name) {
        return skill("skills/" + name, "name: " + name + "\ndescription: The " + name + " skill.", "\n# " + name + "\n\nText.\n");
    }

    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
