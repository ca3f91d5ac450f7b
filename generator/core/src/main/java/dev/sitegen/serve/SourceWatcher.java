package dev.sitegen.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the folders a site is built from, and says which files changed, a batch at a time: an
 * editor's save is often several events (a temporary file, a rename), and a batch ends only when
 * {@value #SETTLE_MILLIS} ms pass without another.
 */
final class SourceWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 40;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("site-gen serve: settling changes"));
    private final Consumer<Set<Path>> changed;
    private final Set<Path> batch = new HashSet<>();
    private ScheduledFuture<?> flush;

    private SourceWatcher(List<Path> folders, Consumer<Set<Path>> changed) throws IOException {
        this.changed = changed;
        this.watcher = DirectoryWatcher.builder()
                .paths(folders)
                // Hashing would read every file at the start to drop repeated events; the builds compare what they read anyway.
                .fileHashing(false)
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        SourceWatcher.this.event(event.path());
                    }

                    @Override
                    public void onException(Exception e) {
                        // A folder that went away mid-walk: the next event or build sees what is there.
                    }
                })
                .build();
    }

    /** Starts watching the folders of these that exist; {@code changed} is told of each batch on a thread of its own. */
    static SourceWatcher start(List<Path> folders, Consumer<Set<Path>> changed) throws IOException {
        SourceWatcher watcher = new SourceWatcher(folders.stream().filter(Files::isDirectory).toList(), changed);
        watcher.watcher.watchAsync(Executors.newSingleThreadExecutor(DaemonThreads.named("site-gen serve: watching")));
        return watcher;
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
    public void close() {
        timer.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // Stopping anyway.
        }
    }
}
