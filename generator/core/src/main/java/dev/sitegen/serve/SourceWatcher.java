package dev.sitegen.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the folders a site is built from, and says which files changed, a batch at a time: an
 * editor's save is often several events (a temporary file, a rename), and a batch ends only when
 * {@value #SETTLE_MILLIS} ms pass without another. A folder that does not exist, as an author's
 * own templates before the first is written or a content folder deleted and made again (a branch
 * switched, a sync tool's copy), is looked for every second; once it is there, it is watched
 * again, and its appearing is a change.
 */
final class SourceWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 40;
    private static final long LOOK_FOR_FOLDERS_MILLIS = 1000;

    private final List<Path> folders;
    private final List<Path> awaited = new ArrayList<>();
    /** What each folder watched is on disk (its inode, on Unix), by which one moved away and another put in its place is told. */
    private final Map<Path, Object> watchedAs = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("site-gen serve: settling changes"));
    private final ExecutorService watching = Executors.newSingleThreadExecutor(DaemonThreads.named("site-gen serve: watching"));
    private final Consumer<Set<Path>> changed;
    private final Set<Path> batch = new HashSet<>();
    private ScheduledFuture<?> flush;
    private DirectoryWatcher watcher;

    private SourceWatcher(List<Path> folders, Consumer<Set<Path>> changed) {
        this.folders = List.copyOf(folders);
        this.changed = changed;
    }

    /** Starts watching these folders; {@code changed} is told of each batch on a thread of its own. */
    static SourceWatcher start(List<Path> folders, Consumer<Set<Path>> changed) throws IOException {
        SourceWatcher watcher = new SourceWatcher(folders, changed);
        watcher.watch();
        watcher.timer.scheduleWithFixedDelay(watcher::lookForFolders, LOOK_FOR_FOLDERS_MILLIS, LOOK_FOR_FOLDERS_MILLIS,
                TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** Watches the folders that exist, in place of what was watched before. */
    private synchronized void watch() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        awaited.clear();
        watchedAs.clear();
        folders.stream().filter(folder -> !Files.isDirectory(folder)).forEach(awaited::add);
        folders.stream().filter(Files::isDirectory).forEach(folder -> watchedAs.put(folder, fileKey(folder)));
        watcher = DirectoryWatcher.builder()
                .paths(folders.stream().filter(Files::isDirectory).toList())
                // Hashing would read every file at the start to drop repeated events; the builds compare what they read anyway.
                .fileHashing(false)
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        // Git writes its own files at every commit, checkout or fetch, and a repository may be a
                        // watched folder; serve looks for new commits itself.
                        if (!inGitFolder(event.path())) {
                            SourceWatcher.this.event(event.path());
                        }
                    }

                    @Override
                    public void onException(Exception e) {
                        // A folder that went away mid-walk: the next event or build sees what is there.
                    }
                })
                .build();
        watcher.watchAsync(watching);
    }

    /** Whether a path is in a .git folder inside a watched folder; one above it, holding them all, does not count. */
    private boolean inGitFolder(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path watched = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).filter(file::startsWith).findFirst().orElse(null);
        if (watched == null) {
            return false;
        }
        for (Path segment : watched.relativize(file)) {
            if (segment.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Watches anew when a folder awaited has appeared, or one watched has gone or been put in the
     * place of another moved away, as sync tools do, whose watch follows the folder moved away;
     * either is a change. A folder moved away as a whole says nothing to its watch.
     */
    private void lookForFolders() {
        List<Path> changedFolders;
        synchronized (this) {
            changedFolders = folders.stream().filter(folder -> awaited.contains(folder) == Files.isDirectory(folder)
                    || Files.isDirectory(folder) && !Objects.equals(watchedAs.get(folder), fileKey(folder))).toList();
            if (changedFolders.isEmpty()) {
                return;
            }
            try {
                watch();
            } catch (IOException e) {
                // Looked for again in a second.
                return;
            }
        }
        changedFolders.forEach(this::event);
    }

    /** What a folder is on disk, its inode on Unix; null where the file system does not say. */
    private static Object fileKey(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private synchronized void event(Path path) {
        batch.add(path);
        if (flush != null) {
            flush.cancel(false);
        }
        flush = timer.schedule(this::flush, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<Path> paths;
        synchronized (this) {
            paths = Set.copyOf(batch);
            batch.clear();
        }
        if (!paths.isEmpty()) {
            changed.accept(paths);
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // Stopping anyway.
        }
        watching.shutdownNow();
    }
}
