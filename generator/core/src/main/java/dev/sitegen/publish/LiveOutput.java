package dev.sitegen.publish;

import dev.sitegen.site.SitePath;
import dev.sitegen.text.FileNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A published site updated in place, as serve does after its first build: each build's files
 * replace the published ones one at a time, and the files the site no longer has are deleted.
 * Files are held in memory until {@link #commit()}, so a build that fails changes nothing; each
 * is written aside and renamed over the old one, so none is ever seen half-written; and one
 * whose content is unchanged is not rewritten, so browsers and watchers see only real changes.
 *
 * <p>A build may commit more than once, its search index after its pages, say: each commit
 * applies what was written since the last, and deletes only files the build has not published.
 * What was published is remembered in a set the caller keeps from one build to the next, so that
 * finding what to delete need not look through the whole site.
 */
public final class LiveOutput implements SiteOutput {

    private final Path output;
    /** The files published, by the last build until this one commits; empty when not known. */
    private final Set<SitePath> published;
    private final Map<SitePath, byte[]> written = new ConcurrentHashMap<>();
    private final Map<SitePath, Path> copied = new ConcurrentHashMap<>();
    /** Every file of the site this build: written, copied or kept. */
    private final Set<SitePath> site = ConcurrentHashMap.newKeySet();

    private LiveOutput(Path output, Set<SitePath> published) {
        this.output = output;
        this.published = published;
    }

    /**
     * The site a build published into {@code output}, to update; empty if it is not there any more.
     *
     * @param published the files the last build published, empty when not known; updated by each commit
     */
    public static Optional<LiveOutput> open(Path output, Set<SitePath> published) {
        Path out = output.toAbsolutePath().normalize();
        return Files.isRegularFile(out.resolve(OutputFolder.MARKER)) ? Optional.of(new LiveOutput(out, published)) : Optional.empty();
    }

    @Override
    public SiteWriter writer() {
        return new SiteWriter() {
            @Override
            public void write(SitePath path, byte[] content) {
                site.add(path);
                written.put(path, content);
            }

            @Override
            public void copy(SitePath path, Path source) {
                site.add(path);
                copied.put(path, source);
            }

            @Override
            public void keep(SitePath path) {
                site.add(path);
            }
        };
    }

    @Override
    public void commit() {
        try {
            for (Map.Entry<SitePath, byte[]> file : written.entrySet()) {
                Path target = target(file.getKey());
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    replace(target, temporary -> Files.write(temporary, file.getValue()));
                }
            }
            for (Map.Entry<SitePath, Path> file : copied.entrySet()) {
                Path target = target(file.getKey());
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.mismatch(target, file.getValue()) >= 0) {
                    replace(target, temporary -> Files.copy(file.getValue(), temporary, StandardCopyOption.REPLACE_EXISTING));
                }
            }
            written.clear();
            copied.clear();
            if (published.isEmpty()) {
                deleteWhatTheSiteNoLongerHas();
            } else {
                for (SitePath gone : published) {
                    if (!site.contains(gone)) {
                        delete(gone);
                    }
                }
            }
            published.clear();
            published.addAll(site);
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the site in " + output, e);
        }
    }

    @Override
    public void close() {
        written.clear();
        copied.clear();
    }

    private Path target(SitePath path) throws IOException {
        Path target = path.resolveIn(output).normalize();
        if (!target.startsWith(output) || OutputFolder.OWN.contains(output.relativize(target).getName(0).toString())) {
            throw new IllegalArgumentException("refusing to write outside the site: " + path);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    private interface Writing {
        void to(Path temporary) throws IOException;
    }

    private static void replace(Path target, Writing writing) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".site-gen-tmp");
        try {
            writing.to(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes a file the site no longer has, and the folders that leaves empty up to the site's root. */
    private void delete(SitePath gone) throws IOException {
        Path file = gone.resolveIn(output);
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(output) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS); folder = folder.getParent()) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(folder);
        }
    }

    /** Deletes the files this build has not published, and the folders that leaves empty, never following a link. */
    private void deleteWhatTheSiteNoLongerHas() throws IOException {
        for (Path entry : OutputFolder.entries(output)) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(entry)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path path : paths) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> left = Files.list(path)) {
                        if (left.findAny().isEmpty()) {
                            Files.delete(path);
                        }
                    }
                } else if (!site.contains(SitePath.of(FileNames.relative(output, path)))) {
                    Files.delete(path);
                }
            }
        }
    }
}
