package dev.sitegen;

import dev.sitegen.cache.BuildCache;
import dev.sitegen.cache.BuildFingerprint;
import dev.sitegen.check.DisclosureBudget;
import dev.sitegen.check.LinkCheck;
import dev.sitegen.check.SkillSchema;
import dev.sitegen.content.CollectionReadme;
import dev.sitegen.content.ContentScanner;
import dev.sitegen.content.ContentTree;
import dev.sitegen.content.SkillFolder;
import dev.sitegen.content.SourceFile;
import dev.sitegen.history.GitHistory;
import dev.sitegen.history.Revision;
import dev.sitegen.history.SiteHistory;
import dev.sitegen.history.SkillHistory;
import dev.sitegen.history.Version;
import dev.sitegen.history.VersionWords;
import dev.sitegen.library.LibraryRegistry;
import dev.sitegen.markdown.MarkdownConverter;
import dev.sitegen.markdown.ReadmeIntro;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.model.SiteConfigReader;
import dev.sitegen.model.SkillReader;
import dev.sitegen.model.SkillSource;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.publish.OutputFolder;
import dev.sitegen.publish.SiteOutput;
import dev.sitegen.publish.SiteWriter;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.Theme;
import dev.sitegen.render.ThemeText;
import dev.sitegen.reuse.Memo;
import dev.sitegen.search.SearchDocument;
import dev.sitegen.search.SearchFiles;
import dev.sitegen.search.SearchIndex;
import dev.sitegen.search.SearchIndexBuilder;
import dev.sitegen.search.SiteSearch;
import dev.sitegen.site.Routes;
import dev.sitegen.site.Site;
import dev.sitegen.site.SiteAssembler;
import dev.sitegen.site.SiteLicense;
import dev.sitegen.site.SkillReference;
import dev.sitegen.site.WrittenLanguage;
import dev.sitegen.text.FileNames;
import dev.sitegen.text.Listing;
import dev.sitegen.text.TextDecoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Renders a content folder of skills into a site: the one entry point that the command line, the
 * Maven plugin and the tests all call.
 *
 * <p>The stages run in one direction: scan, parse, history, assemble, check, theme, render (with
 * the search index beside it), publish. Each reports
 * problems instead of stopping at the first, so one run shows every problem; the site replaces
 * the output folder only when there are no errors.
 */
public final class SiteGenerator {

    private final BuildConfig config;
    private final Progress progress;
    private final BuildMemo memo;
    private final Problems problems = new Problems();
    private final Map<String, Duration> times = new LinkedHashMap<>();
    private final List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SiteGenerator(BuildConfig config, Progress progress, BuildMemo memo) {
        this.config = config;
        this.progress = progress;
        this.memo = memo;
    }

    public static BuildResult generate(BuildConfig config) {
        return generate(config, Progress.NONE);
    }

    public static BuildResult generate(BuildConfig config, Progress progress) {
        try (BuildMemo memo = BuildMemo.forOneBuild()) {
            return generate(config, progress, memo);
        }
    }

    /**
     * A build that reuses what earlier builds with the same memo made where what it is made from
     * is unchanged, and, once one of them has published, updates their site in place.
     */
    public static BuildResult generate(BuildConfig config, Progress progress, BuildMemo memo) {
        java.util.Objects.requireNonNull(config, "config");
        java.util.Objects.requireNonNull(progress, "progress");
        java.util.Objects.requireNonNull(memo, "memo");
        try {
            return new SiteGenerator(config, progress, memo).run();
        } finally {
            progress.finished();
        }
    }

    private BuildResult run() {
        BuildResult result = build();
        return config.mode() == BuildConfig.Mode.BUILD && !result.success()
                ? result.withNote("nothing was written, so " + config.outputDir() + " is as it was") : result;
    }

    private BuildResult build() {
        long start = System.nanoTime();
        if (!memo.published() && !foldersUsable(config, problems)) {
            return new BuildResult(finalProblems(), 0, 0, times, Duration.ofNanos(System.nanoTime() - start), false, List.of(), notes);
        }
        // The build cache is for builds in separate processes; in one process the memo does better.
        Optional<BuildCache> cache = Optional.ofNullable(config.cacheDir())
                .filter(dir -> config.mode() == BuildConfig.Mode.BUILD && !memo.published())
                .flatMap(dir -> BuildCache.open(dir, notes::add));
        String fingerprint = cache.isPresent() ? stage("fingerprint", () -> BuildFingerprint.of(config)) : null;
        Optional<BuildCache.LastBuild> last = memo.buildsEverythingFirst() ? Optional.empty()
                : cache.flatMap(c -> c.unchanged(fingerprint, config.outputDir()));
        if (last.isPresent()) {
            notes.addAll(last.get().notes());
            notes.add("nothing changed since the last build, so " + config.outputDir() + " is as it left it");
            return new BuildResult(last.get().problems(), last.get().skills(), last.get().pages(), times,
                    Duration.ofNanos(System.nanoTime() - start), false, last.get().missingSkills(), notes);
        }
        // GraalJS takes seconds to start: the builder starts it now if it will need it, in the background, while the content is read.
        SearchIndexBuilder search = config.mode() == BuildConfig.Mode.BUILD
                ? memo.search(cache.map(c -> c.folder("search")).orElse(null)) : null;
        BuildResult result = null;
        try {
            result = build(search, start);
        } finally {
            memo.built(result != null && result.published());
        }
        return result.published() && cache.isPresent() ? remember(cache.get(), fingerprint, result) : result;
    }

    private BuildResult remember(BuildCache cache, String fingerprint, BuildResult result) {
        try {
            cache.record(fingerprint, config.outputDir(), new BuildCache.LastBuild(result.skills(), result.pages(), result.problems(),
                    result.missingSkills(), result.notes()));
            return result;
        } catch (IOException | UncheckedIOException e) {
            return result.withNote("the build cache could not be written (" + e.getMessage() + "), so the next build starts afresh");
        }
    }

    private BuildResult build(SearchIndexBuilder search, long start) {
        Written written = write(search);
        // No frame holds the site from here on, and a one-off build's memo keeps nothing: the search
        // index of a whole new site is finished with the memory its pages took free again.
        boolean published;
        try (SiteOutput out = written.output()) {
            published = written.finish().getAsBoolean();
        }
        if (!written.missingSkills().isEmpty() && !warnsOfEachMissingSkill()) {
            notes.add("named but not in this site: " + String.join(", ", written.missingSkills())
                    + " (check shows where each is named; a strict build fails on them)");
        }
        return new BuildResult(finalProblems(), written.skills(), written.pages(), times, Duration.ofNanos(System.nanoTime() - start),
                published, written.missingSkills(), notes);
    }

    /**
     * What a build has written, and what is left to do: {@code finish} writes the search index if it
     * is still being built, publishes {@code output} unless the build failed, and says whether it did.
     *
     * @param output where the site is written, which the build closes when finished; null when it writes none
     */
    private record Written(int skills, List<String> missingSkills, int pages, SiteOutput output, BooleanSupplier finish) {

        Written(Site site, int pages, SiteOutput output, BooleanSupplier finish) {
            this(site.skills().size(), missingSkillNames(site), pages, output, finish);
        }
    }

    /** Every stage up to the pages written. */
    private Written write(SearchIndexBuilder search) {
        ContentTree tree = stage("scan", () -> ContentScanner.scan(config.contentDir(), problems));
        unpublishedNotes(tree);
        SiteConfig given = siteConfig(tree);
        ThemeText text = themeText(given);
        SiteConfig siteConfig = given.title() == null ? given.introducedAs(text.get("skills"), null) : given;
        LibraryRegistry registry = memo.registry.get("libraries", List.of(tree.libraryRegistry(),
                BuildMemo.stamps(tree.libraryRegistry().map(f -> List.of(f.path())).orElse(List.of()))), problems,
                own -> LibraryRegistry.read(tree.libraryRegistry(), own));
        List<SkillSource> sources = stage("parse", () -> tree.skills().parallelStream()
                .map(folder -> memo.sources.get(folder.dir(), List.of(folder, BuildMemo.stamps(markdown(folder))), problems,
                        own -> SkillReader.read(folder, own)))
                .flatMap(Optional::stream).toList());
        SiteHistory history = config.history() ? stage("history", () -> history(tree, sources, text.versionWords())) : SiteHistory.NONE;
        Site site = stage("assemble", sources.size(), () -> SiteAssembler.assemble(siteConfig, tree.root(),
                SiteLicense.read(tree.license(), problems), Routes.plan(sources, tree.skills(), problems), registry, history,
                new MarkdownConverter(text.wording()), problems, memo.skills, progress::skillDone));
        stage("check", () -> check(sources, site));
        if (config.mode() == BuildConfig.Mode.CHECK) {
            Theme theme = stage("theme", this::theme);
            return new Written(site, render(site, theme, text, SiteWriter.DISCARD), null, () -> false);
        }
        if (failed()) {
            return new Written(site, 0, null, () -> false);
        }
        Theme theme = stage("theme", this::theme);
        if (!memo.holdsOutput(config.outputDir(), problems)) {
            return new Written(site, 0, null, () -> false);
        }
        Optional<? extends SiteOutput> output = memo.published() ? memo.liveOutput(config.outputDir()) : Optional.empty();
        boolean live = output.isPresent();
        if (!live) {
            // No site to update (the first build, or the site was deleted since): a whole new one, nothing kept.
            memo.unpublished();
            output = OutputFolder.open(config.outputDir(), config.contentDir(), problems);
        }
        if (output.isEmpty()) {
            return new Written(site, 0, null, () -> false);
        }
        SiteOutput out = output.get();
        try {
            return live ? update(site, theme, text, search, out) : publishWhole(site, theme, text, search, out);
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    /** A whole new site: rendered while its search index is built, which is written when both are done, and the site published at once. */
    private Written publishWhole(Site site, Theme theme, ThemeText text, SearchIndexBuilder search, SiteOutput out) {
        List<SearchDocument> documents = SiteSearch.documents(site);
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        Future<SearchIndex> index = background("index", () -> search.build(documents, rendered));
        int pages;
        try {
            pages = render(site, theme, text, out.writer());
        } catch (RuntimeException | Error e) {
            rendered.completeExceptionally(e);
            throw e;
        }
        rendered.complete(null);
        return new Written(site, pages, out, () -> {
            stage("index", () -> SearchFiles.write(await("index", index), out.writer()));
            return publish(out);
        });
    }

    /**
     * The site updated in place, as serve does: the pages go out first, and then the search index,
     * built after them so that they have every core; until it is written, readers search with the last.
     */
    private Written update(Site site, Theme theme, ThemeText text, SearchIndexBuilder search, SiteOutput out) {
        int pages = render(site, theme, text, out.writer());
        SearchFiles.keep(out.writer());
        if (!publish(out)) {
            return new Written(site, pages, out, () -> false);
        }
        stage("index", () -> SearchFiles.write(search.build(SiteSearch.documents(site)), out.writer()));
        stage("publish search", out::commit);
        return new Written(site, pages, out, () -> true);
    }

    private int render(Site site, Theme theme, ThemeText text, SiteWriter writer) {
        return stage("render", site.skills().size(), () -> SiteRenderer.render(site, theme, text, config.templatesDir(), writer, problems,
                memo.rendered, progress::skillDone));
    }

    /** Publishes what was written unless the build has failed; whether it did. */
    private boolean publish(SiteOutput out) {
        if (failed()) {
            return false;
        }
        stage("publish", out::commit);
        progress.published();
        return true;
    }

    /** The Markdown files a skill is parsed from. */
    private static List<Path> markdown(SkillFolder folder) {
        List<Path> files = new ArrayList<>();
        files.add(folder.skillFile().path());
        folder.pages().forEach(page -> files.add(page.path()));
        return files;
    }

    /** The theme's words in the site's language; a language the theme lacks is noted, with how to add it. */
    private ThemeText themeText(SiteConfig site) {
        ThemeText text = ThemeText.load(site.language(), config.templatesDir(), problems);
        if (!text.translated()) {
            notes.add("the theme has no words in " + Locale.forLanguageTag(site.language()).getDisplayLanguage(Locale.ENGLISH)
                    + " (language: " + site.language() + "), so its menus and labels are in English: to translate them, copy the "
                    + "built-in theme's templates/" + ThemeText.FOLDER + "/en.yaml to " + ThemeText.FOLDER + "/" + site.language()
                    + ".yaml in your templates folder and translate it");
        }
        return text;
    }

    private Theme theme() {
        return memo.theme.get("theme", List.of(String.valueOf(config.templatesDir()), BuildMemo.stampsBelow(config.templatesDir())),
                problems, own -> Theme.load(config.templatesDir(), own));
    }

    /**
     * Every validation of the content beyond reading it: anchors, the skill schema, disclosure
     * budgets; and, when checking or strict, every skill named but missing, which a build otherwise
     * lists in a line, as collections name each other's skills; strict, build and check fail alike.
     */
    private void check(List<SkillSource> sources, Site site) {
        languageNote(site);
        LinkCheck.check(site, problems);
        SkillSchema.check(sources, problems);
        DisclosureBudget.check(site, problems);
        if (warnsOfEachMissingSkill()) {
            site.missingSkills().forEach(missing -> problems.warning("missing-skill", missing.at(),
                    "\"" + missing.name() + "\" is not a skill of this site; it is shown as not in this site.",
                    "Correct the name if the skill was renamed, or remove the reference."));
        }
    }

    private boolean warnsOfEachMissingSkill() {
        return config.mode() == BuildConfig.Mode.CHECK || config.strict();
    }

    /**
     * What looks like content but is not published: folders that look like skills, named so that a
     * missing or misnamed SKILL.md is not missed, and a category's own README or LICENSE.
     */
    private void unpublishedNotes(ContentTree tree) {
        List<String> folders = tree.withoutSkill().stream().map(dir -> FileNames.relative(tree.root(), dir)).toList();
        if (!folders.isEmpty()) {
            notes.add((folders.size() == 1 ? "1 folder holds Markdown but no SKILL.md, so it is"
                    : folders.size() + " folders hold Markdown but no SKILL.md, so they are") + " not published: " + Listing.of(folders, 5)
                    + " (a skill's folder needs a SKILL.md)");
        }
        List<String> files = tree.besideSkills().stream().map(file -> FileNames.relative(tree.root(), file)).toList();
        if (!files.isEmpty()) {
            notes.add((files.size() == 1 ? "1 file beside skills' folders is" : files.size() + " files beside skills' folders are")
                    + " in no skill, so " + (files.size() == 1 ? "it is" : "they are") + " not published: " + Listing.of(files, 5)
                    + " (a skill publishes what its own folder holds; a license for every skill goes at the top of the content folder)");
        }
    }

    /** A site that does not say its language is English; one whose skills are mostly in another script is told how to say so. */
    private void languageNote(Site site) {
        if (site.config().language().equals(SiteConfig.DEFAULT.language())) {
            WrittenLanguage.guess(site.skills().stream().map(skill -> skill.metadata().description()).toList()).ifPresent(tag ->
                    notes.add("most skills are written in " + Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH)
                            + ", but the pages say they are English: add \"language: " + tag + "\" to site.yaml"));
        }
    }

    /** Every skill's versions, from its snapshots and the git history read once for all, at the commit it is at. */
    private SiteHistory history(ContentTree tree, List<SkillSource> sources, VersionWords words) {
        List<Path> skillFiles = sources.stream().map(s -> s.folder().skillFile().path()).toList();
        BuildMemo.GitRead read = memo.git.get("git", List.of(GitHistory.head(tree.root()).orElse("none"), skillFiles), problems, own -> {
            List<String> said = new ArrayList<>();
            return new BuildMemo.GitRead(GitHistory.read(tree.root(), skillFiles, said::add), said);
        });
        notes.addAll(read.notes());
        GitHistory git = read.history();
        Map<Path, List<Version>> versions = sources.parallelStream().collect(Collectors.toMap(s -> s.folder().skillFile().path(), s -> {
            List<Revision> revisions = git.revisions().getOrDefault(s.folder().skillFile().path(), List.of());
            List<Path> snapshots = s.folder().snapshots().stream().map(snapshot -> snapshot.skillFile().path()).toList();
            return memo.versions.get(s.folder().skillFile().path(), List.of(Memo.same(s), Memo.same(revisions), BuildMemo.stamps(snapshots),
                    words), problems, own -> SkillHistory.of(s, revisions, words, own));
        }));
        return new SiteHistory(versions, git.lastChanged(), git.moves());
    }

    private static List<String> missingSkillNames(Site site) {
        return site.missingSkills().stream().map(SkillReference::name).distinct().toList();
    }

    private SiteConfig siteConfig(ContentTree tree) {
        return siteConfig(config, tree.siteConfig(), problems);
    }

    /**
     * Whether the folders a build is given can be used at all, each refusal a problem: asked before
     * anything is read or written, so that a mistyped folder is refused at once and nothing is
     * written into it, not even the build cache.
     */
    public static boolean foldersUsable(BuildConfig config, Problems problems) {
        return ContentScanner.found(config.contentDir(), problems)
                && (config.mode() != BuildConfig.Mode.BUILD || OutputFolder.usable(config.outputDir(), config.contentDir(), problems));
    }

    /**
     * The site's settings: {@code site.yaml}, if there is one, with what the build's options override;
     * where it says nothing of edit links, they open the branch checked out, at the content folder's
     * place in its repository; where it gives no title or description, the collection's README does.
     */
    public static SiteConfig siteConfig(BuildConfig config, Optional<SourceFile> siteYaml, Problems problems) {
        SiteConfig defaults = GitHistory.checkout(config.contentDir())
                .map(checkout -> SiteConfig.DEFAULT.withEdits(checkout.branch().orElse(SiteConfig.DEFAULT.editBranch()), checkout.contentPath()))
                .orElse(SiteConfig.DEFAULT);
        // The README is not content: what is wrong with it is not the site's problem, and it only goes unused.
        Optional<ReadmeIntro> intro = CollectionReadme.find(config.contentDir())
                .flatMap(readme -> TextDecoder.read(new SourceFile(readme, "README.md"), new Problems()))
                .map(text -> ReadmeIntro.of(text.text()));
        if (intro.isPresent()) {
            defaults = defaults.introducedAs(intro.get().title(), intro.get().description());
        }
        SiteConfig read = SiteConfigReader.read(siteYaml, defaults, problems);
        // An option's problem is the command's: it is reported at the option, not at a file.
        if (config.baseUrl() != null && !config.baseUrl().isBlank()) {
            read = read.withBaseUrl(SiteConfigReader.baseUrl(config.baseUrl(), SourceLocation.of(Path.of("--base-url")), problems));
        }
        if (config.repositoryUrl() != null && !config.repositoryUrl().isBlank()) {
            read = read.withRepositoryUrl(SiteConfigReader.repositoryUrl(config.repositoryUrl(),
                    SourceLocation.of(Path.of("--repository")), problems));
        }
        return read;
    }

    /** Whether the build has failed so far, counting warnings in strict mode. */
    private boolean failed() {
        return finalProblems().stream().anyMatch(Problem::isError);
    }

    private List<Problem> finalProblems() {
        List<Problem> sorted = problems.sorted();
        return config.strict() ? sorted.stream().map(Problem::asError).toList() : sorted;
    }

    private void stage(String name, Runnable work) {
        stage(name, () -> {
            work.run();
            return null;
        });
    }

    /** Runs a stage on a thread of its own, beside the others; its time is its own, not the wait for it. */
    private <T> Future<T> background(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> timed(name + " (background)", work));
        Thread thread = new Thread(task, "site-gen " + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private <T> T await(String name, Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StageFailure failure ? failure : new StageFailure(name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageFailure(name, e);
        }
    }

    private <T> T stage(String name, Supplier<T> work) {
        return stage(name, 0, work);
    }

    /** A stage of the build, which {@link #progress} is told of; {@code skills} as {@link Progress#stage} says. */
    private <T> T stage(String name, int skills, Supplier<T> work) {
        progress.stage(name, skills);
        return timed(name, work);
    }

    private <T> T timed(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw new StageFailure(name, e.getCause());
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new StageFailure(name, e);
        } finally {
            synchronized (times) {
                times.merge(name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            }
        }
    }
}
