package dev.sitegen.serve;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildMemo;
import dev.sitegen.BuildResult;
import dev.sitegen.Progress;
import dev.sitegen.SiteGenerator;
import dev.sitegen.content.ContentTree;
import dev.sitegen.content.SourceFile;
import dev.sitegen.history.GitHistory;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.FileNames;
import dev.sitegen.text.Listing;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code site-gen serve}: builds the site, serves it on this machine, and rebuilds it as the
 * content and templates change, each build doing only what the changes call for (see
 * {@link BuildMemo}); open pages reload when a build publishes, and show a failed build's
 * problems over the page, while the last good site stays served, until a build succeeds.
 */
public final class DevServer implements AutoCloseable {

    /** The folders cannot be served from or to: a problem the author must mend (another serve, a missing folder), not a failure. */
    public static final class Refused extends IOException {
        Refused(String problem) {
            super(problem);
        }
    }

    /**
     * Where serve's lines for the author go, each at the level a build tool's log would give it:
     * a content problem at its severity, a failed build as an error, the rest as news.
     */
    public interface Log {
        void info(String line);

        void warning(String line);

        void error(String line);
    }

    /** How many ports after the one asked for are tried when it is taken. */
    static final int PORTS_TRIED = 20;

    private final BuildConfig config;
    private final Log log;
    /** The folder serve was started in, which problems and changed files are shown relative to. */
    private final Path base = Path.of("").toAbsolutePath();
    private final BuildMemo memo = BuildMemo.forManyBuilds();
    private final LiveReload live;
    private final ExecutorService builds = Executors.newSingleThreadExecutor(DaemonThreads.named("site-gen serve: building"));
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean queued = new AtomicBoolean();
    /** A commit's versions show on history pages: what is checked out is looked at every second, as a commit touches no content file. */
    private final ScheduledExecutorService commits = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("site-gen serve: watching commits"));
    private final AtomicReference<String> checkedOut = new AtomicReference<>();
    private final AtomicBoolean newCommit = new AtomicBoolean();
    private SiteServer server;
    private SourceWatcher watcher;
    /** What the last build had to say beyond its problems, said again only when it changes. */
    private List<String> said = List.of();
    /** The warnings of the last build, which the log has shown. */
    private Set<Shown> warned = Set.of();

    /** A warning as the author read it: the same words of the same file, wherever in it an edit has moved them. */
    private record Shown(Path file, String code, String message) {

        static Shown of(Problem problem) {
            return new Shown(problem.location().file(), problem.code(), problem.message());
        }
    }

    private DevServer(BuildConfig config, Log log) {
        this.config = config;
        this.log = log;
        this.live = new LiveReload(base);
    }

    /**
     * Builds the site, starts serving it, and starts watching its sources.
     *
     * @param host where to listen: loopback unless the author asks for more
     * @param port the port to listen on; if it is taken, the next free one of {@value #PORTS_TRIED}, said so in the log;
     *     0 for any free port
     * @param log where each line for the author goes
     * @throws Refused if the content or output folder cannot be used, which no edit to the content could mend
     * @throws IOException if no port could be listened on
     */
    public static DevServer start(BuildConfig config, InetAddress host, int port, Log log) throws IOException {
        Problems refused = new Problems();
        if (!SiteGenerator.foldersUsable(config, refused)) {
            throw new Refused(refused.sorted().get(0).format(Path.of("").toAbsolutePath()));
        }
        DevServer dev = new DevServer(config, log);
        // Another serve, or a build, writing the same folder: no edit could mend that, so serve does not start.
        if (!dev.memo.holdsOutput(config.outputDir(), refused)) {
            dev.close();
            throw new Refused(refused.sorted().get(0).format(Path.of("").toAbsolutePath()));
        }
        try {
            // Read before the first build, which a commit made during it then does not escape.
            dev.checkedOut.set(config.history() ? GitHistory.head(config.contentDir()).orElse(null) : null);
            dev.build(null);
            dev.server = dev.listen(host, port);
            dev.watcher = SourceWatcher.start(sources(config), dev::changed);
            if (config.history()) {
                dev.commits.scheduleWithFixedDelay(dev::lookForCommit, 1, 1, TimeUnit.SECONDS);
            }
            log.info("site-gen: serving " + config.contentDir() + " at " + dev.url() + " (Ctrl+C to stop)");
            return dev;
        } catch (IOException | RuntimeException e) {
            dev.close();
            throw e;
        }
    }

    public URI url() {
        return server.url();
    }

    /**
     * Serves until the JVM is asked to stop (Ctrl+C, or a signal), then stops and says so.
     *
     * @throws InterruptedException if the waiting thread is interrupted first; serve is stopped then too
     */
    public void serveUntilStopped() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            log.info("site-gen: stopped");
            stopped.countDown();
        }, "site-gen serve: stopping"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            close();
            throw e;
        }
    }

    private SiteServer listen(InetAddress host, int port) throws IOException {
        String basePath = SiteGenerator.siteConfig(config, siteYaml(config), new Problems()).basePath();
        BindException taken = null;
        for (int tried = 0; tried < (port == 0 ? 1 : PORTS_TRIED); tried++) {
            try {
                SiteServer listening = SiteServer.start(config.outputDir(), basePath, new InetSocketAddress(host, port + tried), live);
                if (tried > 0) {
                    log.warning("site-gen: port " + port + " is in use, so the site is served on port " + (port + tried)
                            + "; choose another with --port (sitegen.port)");
                }
                return listening;
            } catch (BindException e) {
                taken = e;
            }
        }
        throw new IOException("ports " + port + " to " + (port + PORTS_TRIED - 1) + " on " + host.getHostAddress()
                + " are all in use; choose another with --port (sitegen.port)", taken);
    }

    private void lookForCommit() {
        try {
            String head = GitHistory.head(config.contentDir()).orElse(null);
            if (!Objects.equals(checkedOut.getAndSet(head), head)) {
                newCommit.set(true);
                changed(Set.of());
            }
        } catch (RuntimeException e) {
            // A repository caught mid-write: looked at again in a second. A task that threw would never run again.
        }
    }

    private void changed(Set<Path> paths) {
        changed.addAll(paths);
        if (queued.compareAndSet(false, true)) {
            builds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        queued.set(false);
        List<Path> paths = new ArrayList<>(changed);
        changed.removeAll(paths);
        boolean committed = newCommit.getAndSet(false);
        try {
            build(describe(paths, committed));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The server must outlive whatever a build does; the author sees what happened, here and over the page,
            // and the next save builds again.
            log.error("site-gen: the build failed: " + (e.getMessage() == null ? e : e.getMessage()) + "; serving the last good site");
            Problems failed = new Problems();
            failed.error("build-failed", SourceLocation.of(config.contentDir()), e.getMessage() == null ? e.toString() : e.getMessage(),
                    "The last good site is still served; save again to rebuild, or restart serve.");
            live.failed(failed.sorted());
        }
    }

    /** @param what the changes built, for the log; null for the first build, which the log summarises whole */
    private void build(String what) {
        long start = System.nanoTime();
        long[] publishedAt = {0};
        BuildResult result = SiteGenerator.generate(config, new Progress() {
            @Override
            public void published() {
                publishedAt[0] = System.nanoTime();
                live.published();
            }
        }, memo);
        // Errors every time, as they stop the site; a warning once, not again on every save while it stays.
        long warnedBefore = result.problems().stream().filter(p -> !p.isError() && warned.contains(Shown.of(p))).count();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.format(base));
            } else if (!warned.contains(Shown.of(problem))) {
                log.warning(problem.format(base));
            }
        }
        warned = result.problems().stream().map(Shown::of).collect(Collectors.toSet());
        if (!result.success()) {
            live.failed(result.problems());
            log.error("site-gen: " + (what == null ? "" : what + ": ") + result.summary()
                    + (SiteServer.hasSite(config.outputDir())
                            ? "; the last good site is still served" : "; the served page shows the problems until a build succeeds"));
        } else if (what == null) {
            log.info("site-gen: " + result.summary());
        } else {
            log.info("site-gen: " + what + ": published in " + millis(publishedAt[0] - start) + ", its search index "
                    + millis(System.nanoTime() - publishedAt[0]) + " later; " + result.warnings()
                    + (result.warnings() == 1 ? " warning" : " warnings") + (warnedBefore > 0 ? ", " + warnedBefore + " of them shown before" : ""));
        }
        if (!result.notes().equals(said)) {
            said = result.notes();
            said.forEach(line -> log.info("site-gen: " + line));
        }
    }

    /**
     * The changed files, for the log; those since deleted are left out if others remain, as editors'
     * temporary files are. A new commit checked out is said first.
     */
    private String describe(List<Path> paths, boolean committed) {
        List<Path> remaining = paths.stream().filter(Files::exists).toList();
        List<Path> named = remaining.isEmpty() ? paths : remaining;
        String files = Listing.of(named.stream().map(this::relative).sorted().toList(), 3) + " changed";
        String commit = "commit " + Optional.ofNullable(checkedOut.get()).map(id -> id.substring(0, 7)).orElse("none") + " checked out";
        return !committed ? files : paths.isEmpty() ? commit : commit + "; " + files;
    }

    private String relative(Path path) {
        return FileNames.shown(base, path);
    }

    private static String millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
    }

    private static Optional<SourceFile> siteYaml(BuildConfig config) {
        Path yaml = config.contentDir().resolve(ContentTree.SITE_CONFIG);
        return Files.isRegularFile(yaml) ? Optional.of(new SourceFile(yaml, ContentTree.SITE_CONFIG)) : Optional.empty();
    }

    /** What a site is built from: the content, and the templates if the site has its own. */
    private static List<Path> sources(BuildConfig config) {
        List<Path> folders = new ArrayList<>(List.of(config.contentDir()));
        if (config.templatesDir() != null) {
            folders.add(config.templatesDir());
        }
        return folders;
    }

    /** Stops watching, building and serving; a build under way finishes first. */
    @Override
    public void close() {
        commits.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
        builds.shutdown();
        try {
            builds.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) {
            server.close();
        }
        memo.close();
    }
}
