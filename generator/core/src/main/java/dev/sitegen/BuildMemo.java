package dev.sitegen;

import dev.sitegen.history.GitHistory;
import dev.sitegen.history.Version;
import dev.sitegen.library.LibraryRegistry;
import dev.sitegen.model.SkillSource;
import dev.sitegen.problem.Problems;
import dev.sitegen.publish.LiveOutput;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.render.RenderMemo;
import dev.sitegen.render.Theme;
import dev.sitegen.reuse.Memo;
import dev.sitegen.search.SearchIndexBuilder;
import dev.sitegen.site.SitePath;
import dev.sitegen.site.Skill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What builds in one process share, so that each does only the work its changes call for, as
 * serve's builds on every save do: per skill, what was parsed, its versions, what was assembled
 * and the files its pages were rendered into, each with what it was made from (see {@link Memo});
 * the theme and the library registry; the search index builder, with every term lunr has made;
 * and whether a site has been published, after which builds update it in place. What a build
 * makes is kept only if the build publishes.
 *
 * <p>A one-off build has a memo of its own, which keeps nothing ({@link #forOneBuild}). Builds
 * that share a memo run one after another, never side by side.
 */
public final class BuildMemo implements AutoCloseable {

    private final boolean forManyBuilds;

    final Memo<Optional<SkillSource>> sources;
    final Memo<GitRead> git;
    final Memo<List<Version>> versions;
    final Memo<LibraryRegistry> registry;
    final Memo<Theme> theme;
    final Memo<Skill> skills;
    final RenderMemo rendered;
    private SearchIndexBuilder search;
    private OutputLock outputLock;
    private boolean published;
    /** Every file of the site as the last build published it, once a build has updated it in place. */
    private final Set<SitePath> site = ConcurrentHashMap.newKeySet();

    private BuildMemo(boolean forManyBuilds, boolean keeps) {
        this.forManyBuilds = forManyBuilds;
        sources = new Memo<>(keeps);
        git = new Memo<>(keeps);
        versions = new Memo<>(keeps);
        registry = new Memo<>(keeps);
        theme = new Memo<>(keeps);
        skills = new Memo<>(keeps);
        rendered = new RenderMemo(keeps);
    }

    /**
     * A memo for a build that no other follows: it keeps nothing, so what the site is made of goes
     * as soon as the build is done with it, before its search index is finished.
     */
    static BuildMemo forOneBuild() {
        return new BuildMemo(false, false);
    }

    /**
     * A memo for builds one after another, as serve makes: its first build builds everything, even
     * when the build cache says the last build's site is up to date, since what it builds is what
     * the later ones reuse.
     */
    public static BuildMemo forManyBuilds() {
        return new BuildMemo(true, true);
    }

    /** Whether its first build builds everything, whatever the build cache says. */
    boolean buildsEverythingFirst() {
        return forManyBuilds;
    }

    /** The git history as read, with what reading it had to say. */
    record GitRead(GitHistory history, List<String> notes) {
    }

    /** The search index builder every build of this memo uses, made by the first that needs one. */
    SearchIndexBuilder search(Path cacheDir) {
        if (search == null) {
            search = new SearchIndexBuilder(cacheDir);
        }
        return search;
    }

    /**
     * Whether the builds of this memo hold their output folder, taking it if they do not yet; if
     * another site-gen holds it, the problem saying so. Held until the memo is closed: serve holds
     * it while it serves.
     */
    public boolean holdsOutput(Path output, Problems problems) {
        if (outputLock == null) {
            outputLock = OutputLock.acquire(output, problems).orElse(null);
        }
        return outputLock != null;
    }

    /** Whether a build of this memo has published a site, which the next can then update in place. */
    boolean published() {
        return published;
    }

    /** The site a build of this memo published, to update in place; empty if it is not there any more. */
    Optional<LiveOutput> liveOutput(Path output) {
        return LiveOutput.open(output, site);
    }

    /** There is no published site to update: the next build publishes a whole one, keeping no file of the last. */
    void unpublished() {
        published = false;
        rendered.forget();
        site.clear();
    }

    /** Keeps what the build made if it published, else forgets it. */
    void built(boolean publishedNow) {
        for (Memo<?> memo : List.of(sources, git, versions, registry, theme, skills)) {
            if (publishedNow) {
                memo.commit();
            } else {
                memo.discard();
            }
        }
        if (publishedNow) {
            rendered.commit();
        } else {
            rendered.discard();
        }
        published |= publishedNow;
    }

    /**
     * What tells a file's versions apart without reading it: its path, size and modification time,
     * as make and every build tool compares them. A file that cannot be read is its path alone.
     */
    static List<String> stamps(Collection<Path> files) {
        return files.stream().map(file -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            } catch (IOException e) {
                return file.toString();
            }
        }).toList();
    }

    /** The stamps of every file below a folder, for the templates a theme is loaded from. */
    static List<String> stampsBelow(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return stamps(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("unreadable " + System.nanoTime());
        }
    }

    @Override
    public void close() {
        if (search != null) {
            search.close();
        }
        if (outputLock != null) {
            outputLock.close();
        }
    }
}
