package dev.sitegen.publish;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.site.SitePath;
import dev.sitegen.text.FileNames;
import dev.sitegen.text.Listing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The publish stage: the output folder, written aside and swapped in whole, without ever touching
 * a file outside it.
 *
 * <p>A build writes into {@value #STAGING} inside the output folder. Only when the build has
 * succeeded does {@link #commit()} swap the new site in: the staging folder is renamed to
 * {@value #NEXT} (from then on the new site is complete and the swap will finish), the old site's
 * entries move into {@value #OLD}, the new site's entries move up, and the old site is deleted.
 * A build that fails leaves the previous site as it was; one that dies mid-swap is finished by
 * the next {@link #open}.
 *
 * <p>Before touching anything it refuses folders that would lose data: the content folder itself,
 * one inside or around it, a repository root, or a folder holding files that site-gen did not
 * write (it marks its own with {@value #MARKER}).
 */
public final class OutputFolder implements SiteOutput {

    static final String MARKER = ".site-gen";
    static final String STAGING = ".site-gen-staging";
    static final String NEXT = ".site-gen-next";
    static final String OLD = ".site-gen-old";
    /** The command line's build cache, kept across builds as the marker is. */
    public static final String CACHE = ".site-gen-cache";
    private static final String OLD_COMPLETE = ".complete";
    static final Set<String> OWN = Set.of(MARKER, STAGING, NEXT, OLD, CACHE);

    private final Path output;
    private final Path staging;
    private final boolean created;
    private boolean committed;

    private OutputFolder(Path output, boolean created) {
        this.output = output;
        this.staging = output.resolve(STAGING);
        this.created = created;
    }

    /** Opens a staging folder inside {@code output}, or reports why the folder may not be used. */
    public static Optional<OutputFolder> open(Path output, Path contentDir, Problems problems) {
        Path out = output.toAbsolutePath().normalize();
        if (!usable(out, contentDir, problems)) {
            return Optional.empty();
        }
        try {
            boolean created = !Files.exists(out);
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "This folder is written by site-gen; each build replaces what is in it.\n");
            OutputFolder folder = new OutputFolder(out, created);
            folder.finishInterruptedSwap();
            deleteTree(folder.staging);
            Files.createDirectory(folder.staging);
            return Optional.of(folder);
        } catch (IOException e) {
            problems.error("output-unwritable", SourceLocation.of(out), "Cannot prepare the output folder: " + e.getMessage(),
                    "Check that it and its parent folder can be written.");
            return Optional.empty();
        }
    }

    /**
     * Whether {@code output} may be used for the site, and if not, the problem saying why: a build
     * asks before reading any content, so that a wrong folder is refused at once and nothing, not
     * even the build cache, is written into it.
     */
    public static boolean usable(Path output, Path contentDir, Problems problems) {
        Path out = output.toAbsolutePath().normalize();
        Path content = contentDir.toAbsolutePath().normalize();
        String refused = null;
        if (out.equals(content)) {
            refused = "is the content folder";
        } else if (content.startsWith(out)) {
            refused = "holds the content folder";
        } else if (out.startsWith(content)) {
            refused = "is inside the content folder, where it would be read as content";
        } else if (out.getParent() == null) {
            refused = "is a file-system root";
        } else if (Files.exists(out.resolve(".git"))) {
            refused = "is a repository root";
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            refused = "is a file, not a folder";
        } else if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !entries(out).isEmpty()) {
            refused = "holds files that site-gen did not write (" + named(entries(out)) + ")";
        }
        if (refused != null) {
            problems.error("output-refused", SourceLocation.of(out), "The output folder " + refused + ", so nothing was written.",
                    "Choose an empty or new folder for the site, such as site-output/.");
            return false;
        }
        return true;
    }

    /** A few of a folder's entries, folders marked with a slash, for the author to recognise it by. */
    private static String named(List<Path> entries) {
        List<String> names = entries.stream()
                .map(entry -> entry.getFileName() + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/" : ""))
                .sorted().toList();
        return Listing.of(names, 3);
    }

    /** Writes into the staging folder. */
    @Override
    public SiteWriter writer() {
        return new SiteWriter() {
            @Override
            public void write(SitePath path, byte[] content) {
                try {
                    Files.write(target(path), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void copy(SitePath path, Path source) {
                try {
                    Files.copy(source, target(path), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void keep(SitePath path) {
                copy(path, path.resolveIn(output));
            }
        };
    }

    private Path target(SitePath path) throws IOException {
        Path target = path.resolveIn(staging).normalize();
        if (!target.startsWith(staging) || OWN.contains(staging.relativize(target).getName(0).toString())) {
            throw new IllegalArgumentException("refusing to write outside the site: " + path);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Swaps the staged site in for the old one. */
    @Override
    public void commit() {
        try {
            Files.move(staging, output.resolve(NEXT), StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            finishInterruptedSwap();
        } catch (IOException e) {
            throw new UncheckedIOException("could not swap the new site into " + output, e);
        }
    }

    /** Completes a swap whose new site is in {@value #NEXT}; nothing to do if there is none. */
    private void finishInterruptedSwap() throws IOException {
        Path next = output.resolve(NEXT);
        Path old = output.resolve(OLD);
        if (Files.isDirectory(next)) {
            if (!Files.exists(old.resolve(OLD_COMPLETE))) {
                Files.createDirectories(old);
                for (Path entry : entries(output)) {
                    Files.move(entry, old.resolve(entry.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.createFile(old.resolve(OLD_COMPLETE));
            }
            for (Path entry : entries(next)) {
                Files.move(entry, output.resolve(entry.getFileName().toString()));
            }
            Files.delete(next);
        }
        deleteTree(old);
    }

    /**
     * The files of the published site in {@code output}, by their path in it, with their sizes;
     * empty when there is none. site-gen's own bookkeeping is not part of the site.
     */
    public static Map<String, Long> siteFiles(Path output) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        for (Path entry : entries(output)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!attributes.isDirectory()) {
                        files.put(FileNames.relative(output, file), attributes.size());
                    }
                }
            }
        }
        return files;
    }

    /** The entries of a folder other than site-gen's own bookkeeping. */
    static List<Path> entries(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(p -> {
                if (!OWN.contains(p.getFileName().toString())) {
                    entries.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Deletes the staging folder unless it was committed, and the output folder if this build made it. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(created ? output : staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Deletes a tree without following symbolic links, so nothing outside it is touched. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
