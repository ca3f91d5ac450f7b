package dev.sitegen.site;

import dev.sitegen.content.ContentTree;
import dev.sitegen.history.Moves;
import dev.sitegen.library.LibraryId;
import dev.sitegen.library.LibraryRegistry;
import dev.sitegen.markdown.LinkPolicy;
import dev.sitegen.markdown.LinkTarget;
import dev.sitegen.markdown.RelativeUrl;
import dev.sitegen.markdown.Section;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.EditDistance;
import dev.sitegen.text.FileNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The link policy of one page: resolves what authors write ({@code reference.md},
 * {@code references/examples.md#anchor}, {@code ../other-skill/SKILL.md}, {@code scripts/run.sh})
 * to the generated pages and copied files, relative to the page. Links that lead nowhere, out of
 * the content folder or to an unsafe scheme are reported with their line and rendered as text.
 * Skill names resolve to skills of the site, and Context7 ids to the site's library pages.
 *
 * <p>It records what the later stages need: internal links (for the anchor check), library
 * mentions (for the library pages) and skills named but missing (for the build summary).
 */
public final class PageLinks implements LinkPolicy {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp", "tel");
    /** The id of the list of a skill's files on its page (the skill template's). */
    private static final String FILES_ID = "sg-files";
    /** The files a folder's page may be made from, in the order they are looked for. */
    private static final List<String> FOLDER_PAGES = List.of("README.md", "readme.md", "Readme.md", "index.md");

    private final Path contentRoot;
    private final Path sourceFile;
    private final SitePath page;
    private final Routes routes;
    private final LibraryRegistry registry;
    private final Set<LibraryId> declaredLibraries;
    private final Moves moves;
    private final Problems problems;
    private final List<InternalLink> internalLinks = new ArrayList<>();
    private final List<LibraryMention> libraries = new ArrayList<>();
    private final List<SkillReference> missingSkills = new ArrayList<>();

    /**
     * @param declaredLibraries the ids the skill's context7-libraries names, in the registry's canonical form
     * @param moves where files git saw renamed went: a link to a former name still leads to the file
     */
    public PageLinks(Path contentRoot, Path sourceFile, SitePath page, Routes routes, LibraryRegistry registry,
                     Set<LibraryId> declaredLibraries, Moves moves, Problems problems) {
        this.contentRoot = contentRoot;
        this.sourceFile = sourceFile;
        this.page = page;
        this.routes = routes;
        this.registry = registry;
        this.declaredLibraries = Set.copyOf(declaredLibraries);
        this.moves = moves;
        this.problems = problems;
    }

    /** The links to pages and files of the site that this policy resolved so far. */
    public List<InternalLink> internalLinks() {
        return List.copyOf(internalLinks);
    }

    public List<LibraryMention> libraries() {
        return List.copyOf(libraries);
    }

    public List<SkillReference> missingSkills() {
        return List.copyOf(missingSkills);
    }

    @Override
    public LinkTarget resolve(String url, boolean image, int line) {
        String trimmed = url.strip();
        SourceLocation at = SourceLocation.of(sourceFile, line);
        if (trimmed.isEmpty()) {
            return LinkTarget.KEEP;
        }
        if (trimmed.startsWith("#")) {
            internalLinks.add(new InternalLink(page, decode(trimmed.substring(1)), at));
            return LinkTarget.KEEP;
        }
        Matcher scheme = RelativeUrl.SCHEME.matcher(trimmed);
        if (scheme.find()) {
            if (SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                return LinkTarget.KEEP;
            }
            problems.warning("unsafe-url", at, "A " + scheme.group(1) + ": URL cannot be linked; it was shown as text.",
                    "Link to an http(s) page or to a file of the skill instead.");
            return new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.UNSAFE, scheme.group(1));
        }
        if (trimmed.startsWith("/")) {
            problems.warning("root-link", at, "The link \"" + url + "\" starts at the domain root, so on a site published "
                            + "under a path (such as GitHub Pages' /repo/) it leads outside the site.",
                    "Use a relative link to a file of the content folder, or a full https:// URL.");
            return LinkTarget.KEEP;
        }
        return resolveRelative(trimmed, image, at);
    }

    @Override
    public Optional<String> mentionedPage(String path, int line) {
        String[] parts = path.split("#", 2);
        try {
            Path target = sourceFile.getParent().resolve(decode(parts[0])).normalize();
            return routes.page(target).filter(found -> !found.equals(page)).map(found -> {
                String anchor = parts.length > 1 ? parts[1] : null;
                internalLinks.add(new InternalLink(found, anchor, SourceLocation.of(sourceFile, line)));
                return found.hrefFrom(page) + (anchor == null ? "" : "#" + anchor);
            });
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> skill(String name, int line) {
        return routes.pageNamed(name).or(() -> nearby(name)).filter(found -> !found.equals(page)).map(path -> path.hrefFrom(page));
    }

    /**
     * A page {@code name.md}, or a folder of that name by its README, beside the page or beside its
     * folder: a reference page lists its sibling topics ("durable-objects", "workers-ai"), and a
     * skill that bundles its sub-skills as pages ({@code skills/app-intents-ref.md}) names them, as
     * a skill lists related skills.
     */
    private Optional<SitePath> nearby(String name) {
        Path folder = sourceFile.getParent();
        return Stream.of(folder, folder.getParent()).filter(dir -> dir != null && dir.startsWith(contentRoot))
                .flatMap(dir -> routes.page(dir.resolve(name + ".md"))
                        .or(() -> Optional.of(dir.resolve(name)).filter(sub -> routes.skillAt(sub).isEmpty()).flatMap(this::folderPage)).stream())
                .findFirst();
    }

    @Override
    public boolean missingSkill(String name, int line) {
        if (routes.knows(name)) {
            return false;
        }
        if (!routes.unreadSkillNamed(name)) {
            missingSkills.add(new SkillReference(name, SourceLocation.of(sourceFile, line)));
        }
        return true;
    }

    @Override
    public Optional<String> library(String text, Section section, boolean expected, int line) {
        Optional<LibraryId> id = LibraryId.parse(text);
        // Where no Context7 heading says to expect one, only ids known to be libraries are taken as ids.
        if (id.isEmpty() || (!expected && registry.find(id.get()).isEmpty() && !declared(id.get()))) {
            return Optional.empty();
        }
        SourceLocation at = SourceLocation.of(sourceFile, line);
        reportIfUnknown(id.get(), at);
        libraries.add(new LibraryMention(id.get(), section, at, false));
        return Optional.of(Library.pathFor(registry.canonical(id.get())).hrefFrom(page));
    }

    @Override
    public void libraryInCode(String text, Section section, int line) {
        LibraryId.parse(text).ifPresent(id -> {
            SourceLocation at = SourceLocation.of(sourceFile, line);
            reportIfUnknown(id, at);
            libraries.add(new LibraryMention(id, section, at, true));
        });
    }

    private boolean declared(LibraryId id) {
        return declaredLibraries.contains(registry.canonical(id));
    }

    /** Reports an id the registry does not know, unless the skill declares it: then it is reported once, at the front matter. */
    private void reportIfUnknown(LibraryId id, SourceLocation at) {
        if (!declared(id)) {
            registry.reportIfUnknown(id, at, problems);
        }
    }

    private LinkTarget resolveRelative(String url, boolean image, SourceLocation at) {
        String path = url;
        String anchor = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = decode(path.substring(hash + 1));
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        try {
            target = sourceFile.getParent().resolve(decode(path)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.warning("broken-link", at, "The link \"" + url + "\" is not a valid path; it was shown as text.",
                    "Fix the path.");
            return new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.INVALID);
        }
        if (!target.startsWith(contentRoot)) {
            problems.warning("link-outside-content", at,
                    "The link \"" + url + "\" points outside the content folder, so it leads nowhere on the site"
                            + (Files.exists(target) ? "." : "; nor is there a file at " + target + ", so it leads nowhere beside the site either."),
                    "Link to a file inside the content folder, or to a full https:// URL.");
            return new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.OUTSIDE);
        }
        Optional<SitePath> found = destination(target);
        if (found.isEmpty()) {
            Optional<Path> differentCase = routes.sameIgnoringCase(target);
            if (differentCase.isPresent()) {
                problems.warning("link-case", at,
                        "The link \"" + url + "\" matches " + contentRoot.relativize(differentCase.get()) + " only if letter case is ignored; "
                                + "it was linked, but it breaks on case-sensitive systems such as GitHub.",
                        "Write the file name with the same letter case as on disk.");
                found = destination(differentCase.get());
            }
        }
        if (found.isEmpty() && !Files.exists(target)) {
            // An older version's links name files as they were then called; today's pages are told to catch up.
            Optional<Path> renamed = moves.current(contentPath(target), name -> destination(contentRoot.resolve(name)).isPresent())
                    .map(contentRoot::resolve);
            if (renamed.isPresent()) {
                problems.warning("link-renamed", at,
                        "The link \"" + url + "\" points to " + contentPath(target) + ", which git saw renamed " + contentPath(renamed.get())
                                + "; it was linked there, but it leads nowhere on GitHub and in other tools that read the files.",
                        "Link to " + FileNames.relative(sourceFile.getParent(), renamed.get()) + ".");
                found = destination(renamed.get());
            }
        }
        if (found.isEmpty()) {
            // A folder's list of files has no headings for an anchor to point at: it is dropped.
            Optional<String> listed = folderWithoutReadme(target);
            if (listed.isPresent()) {
                return new LinkTarget.Rewrite(listed.get());
            }
        }
        if (found.isEmpty() && routes.inUnreadSkill(target)) {
            return new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.UNREAD, url);
        }
        if (found.isEmpty()) {
            String link = "The " + (image ? "image" : "link") + " \"" + url + "\" points to " + contentRoot.relativize(target);
            if (!Files.exists(target)) {
                problems.warning("broken-link", at, link + ", which does not exist; it was shown as text.", similarFile(target)
                        .map(file -> "Did you mean " + FileNames.relative(sourceFile.getParent(), file) + "?")
                        .orElse("Fix the path, or add the missing file."));
            } else if (Files.isDirectory(target)) {
                problems.warning("broken-link", at, link + ", a folder that holds nothing the site publishes, so it was shown as text.",
                        "Link to a file the site publishes, or add one to the folder.");
            } else if (target.getParent().getParent() != null && target.getParent().getParent().endsWith(ContentTree.SNAPSHOTS_FOLDER)) {
                problems.warning("broken-link", at, link + ", an older version kept as a snapshot, which the skill's history shows "
                        + "rather than a page of its own; it was shown as text.", "Link to the skill's history page instead.");
            } else if (Files.isSymbolicLink(target)) {
                problems.warning("broken-link", at, link + ", a symbolic link that the site does not follow, as it leads outside "
                        + "the content folder or nowhere; it was shown as text.", "Put the file itself in the skill's folder, in place of the link.");
            } else if (inSkillFolder(target)) {
                problems.warning("broken-link", at, link + ", which the site leaves out, as it does hidden files, what git ignores, "
                        + "backups, installed packages and caches; it was shown as text.",
                        "Link to a file the site publishes, or publish this one (un-hide it, or take it out of .gitignore).");
            } else {
                problems.warning("broken-link", at, link + ", which is in no skill's folder; only skills' files are published, "
                                + "so it was shown as text.",
                        "Move the file into the folder of the skill that uses it, or link to it by a full https:// URL.");
            }
            return new LinkTarget.Unlinked(LinkTarget.Unlinked.Why.MISSING, url);
        }
        internalLinks.add(new InternalLink(found.get(), anchor, at));
        String href = found.get().hrefFrom(page);
        return new LinkTarget.Rewrite(anchor == null ? href : href + "#" + anchor);
    }

    /** A path as git and the site name it: below the content folder, with forward slashes. */
    private String contentPath(Path path) {
        return FileNames.relative(contentRoot, path);
    }

    /**
     * A published file beside the one a link names, whose name is the same but for a slip or a
     * word: JwtService.java for JwtServiceTemplate.java.
     */
    private Optional<Path> similarFile(Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String wanted = target.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && similarName(wanted, file.getFileName().toString())
                            && destination(file).isPresent())
                    // A name is most often mistyped or cut at its end: JwtServiceTemplate meant JwtService, not ServiceTemplate.
                    .min(Comparator.comparingInt((Path file) -> -sharedStart(wanted, file.getFileName().toString()))
                            .thenComparingInt(file -> EditDistance.between(wanted, file.getFileName().toString()))
                            .thenComparing(Path::toString));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static int sharedStart(String a, String b) {
        int length = 0;
        while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
            length++;
        }
        return length;
    }

    private static boolean similarName(String wanted, String name) {
        if (EditDistance.between(wanted, name) <= Math.max(2, wanted.length() / 4)) {
            return true;
        }
        int dot = wanted.lastIndexOf('.');
        if (dot <= 0 || !name.endsWith(wanted.substring(dot)) || name.length() <= wanted.length() - dot) {
            return false;
        }
        String wantedStem = wanted.substring(0, dot);
        String stem = name.substring(0, name.length() - (wanted.length() - dot));
        return Math.min(wantedStem.length(), stem.length()) >= 4 && (wantedStem.contains(stem) || stem.contains(wantedStem));
    }

    private boolean inSkillFolder(Path target) {
        return skillAround(target).isPresent();
    }

    private Optional<SkillRoute> skillAround(Path target) {
        for (Path dir = target.getParent(); dir != null && dir.startsWith(contentRoot); dir = dir.getParent()) {
            Optional<SkillRoute> skill = routes.skillAt(dir);
            if (skill.isPresent()) {
                return skill;
            }
        }
        return Optional.empty();
    }

    /**
     * Where a skill's folder that has no README is shown, as {@code [assets/](assets/)} links it:
     * a folder with files other than pages at the list of the skill's files, on its page; a folder
     * of pages only at its first page, whose sidebar lists the others.
     */
    private Optional<String> folderWithoutReadme(Path folder) {
        Optional<SkillRoute> skill = skillAround(folder);
        if (skill.isEmpty() || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> published = routes.filesIn(skill.get(), folder);
        SitePath skillPage = skill.get().page();
        if (published.stream().anyMatch(file -> routes.page(file).isEmpty())) {
            return Optional.of((skillPage.equals(page) ? "" : skillPage.hrefFrom(page)) + "#" + FILES_ID);
        }
        return published.stream().map(routes::page).flatMap(Optional::stream).findFirst().map(first -> first.hrefFrom(page));
    }

    /**
     * A Markdown source leads to its page; a skill folder to the skill; any other folder, as on
     * GitHub, to its README's page; any other file to its copy.
     */
    private Optional<SitePath> destination(Path target) {
        return routes.page(target)
                .or(() -> routes.skillAt(target).map(SkillRoute::page))
                .or(() -> folderPage(target))
                .or(() -> routes.file(target));
    }

    /** The page a folder is shown by, as GitHub shows it under the folder's files: its README's. */
    private Optional<SitePath> folderPage(Path folder) {
        return FOLDER_PAGES.stream().map(name -> routes.page(folder.resolve(name))).flatMap(Optional::stream).findFirst();
    }

    /** As {@link SitePath#decode}, or as written when an escape is malformed: then it names a file so. */
    private static String decode(String text) {
        return SitePath.decode(text).orElse(text);
    }
}
