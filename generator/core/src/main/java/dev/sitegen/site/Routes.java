package dev.sitegen.site;

import dev.sitegen.content.ContentTree;
import dev.sitegen.content.SkillFolder;
import dev.sitegen.content.SourceFile;
import dev.sitegen.model.SkillSource;
import dev.sitegen.model.SourceDocument;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.ContentHash;
import dev.sitegen.text.Listing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where every source file ends up in the site, decided before any Markdown is converted so that
 * links can be resolved while converting.
 *
 * <ul>
 *   <li>a skill: {@code skills/SLUG/index.html}, its slug made from its name;</li>
 *   <li>a further page {@code modules/Advanced.md}: {@code skills/SLUG/modules/advanced/index.html};</li>
 *   <li>every file of the skill, Markdown sources included, copied as it is to
 *       {@code skills/SLUG/PATH}, so the skill folder is mirrored for agents that fetch it.</li>
 * </ul>
 *
 * Two skills with the same name, or names that differ only in case or punctuation, are an error:
 * the second is left out.
 *
 * <p>A skill folder whose SKILL.md could not be read has no routes, and its error is reported. Links
 * into it and its name (its folder's) are then not reported as broken or missing too: they would
 * send the author to fix what is right.
 */
public final class Routes {

    /** Page folders a skill's own site pages use (history, older versions), so no content page may. */
    private static final Set<String> RESERVED_PAGE_FOLDERS = Set.of("history", "v");

    private final List<SkillRoute> skills;
    private final List<Path> unreadSkillDirs;
    private final Map<Path, SkillRoute> skillsByDir = new HashMap<>();
    private final Map<String, SkillRoute> skillsByName = new HashMap<>();
    private final Map<Path, SitePath> pages = new HashMap<>();
    private final Map<Path, SitePath> files = new HashMap<>();
    /** Other names pages are known by, each by one page only. */
    private final Map<String, SitePath> aliases = new HashMap<>();
    /** Other names two pages share, which name neither. */
    private final Set<String> sharedAliases = new HashSet<>();

    private Routes(List<SkillRoute> skills, List<Path> unreadSkillDirs) {
        this.skills = List.copyOf(skills);
        this.unreadSkillDirs = List.copyOf(unreadSkillDirs);
    }

    /**
     * @param sources the skills read
     * @param folders every skill folder of the content, those that could not be read included
     */
    public static Routes plan(List<SkillSource> sources, List<SkillFolder> folders, Problems problems) {
        Map<String, SkillRoute> bySlug = new LinkedHashMap<>();
        // Of two skills with one name, the copy is the one whose folder is named otherwise: it is the one reported.
        List<SkillSource> inFolderOfTheirName = sources.stream()
                .sorted(Comparator.comparing((SkillSource s) -> !s.metadata().name().equals(s.folder().folderName()))).toList();
        List<Clash> clashes = new ArrayList<>();
        for (SkillSource source : inFolderOfTheirName) {
            String slug = Slugs.of(source.metadata().name(), Slugs.of(source.folder().folderName(), "skill"));
            SkillRoute earlier = bySlug.get(slug);
            if (earlier != null) {
                clashes.add(new Clash(earlier.source(), source));
            } else {
                bySlug.put(slug, new SkillRoute(source, slug));
            }
        }
        reportDuplicates(clashes, problems);
        Set<Path> read = new HashSet<>();
        sources.forEach(source -> read.add(source.folder().dir()));
        Routes routes = new Routes(new ArrayList<>(bySlug.values()),
                folders.stream().map(SkillFolder::dir).filter(dir -> !read.contains(dir)).toList());
        routes.skills.forEach(skill -> routes.place(skill, problems));
        // Skills' other names first: a page inside a skill takes only a name that no skill has.
        Map<String, SitePath> skillAliases = new HashMap<>();
        routes.skills.forEach(skill -> {
            routes.alias(skill.source().folder().folderName(), skill.page(), skillAliases);
            routes.alias(skill.slug(), skill.page(), skillAliases);
        });
        routes.aliases.putAll(skillAliases);
        Map<String, SitePath> pageAliases = new HashMap<>();
        routes.skills.forEach(skill -> routes.aliasPagesInside(skill, pageAliases));
        routes.skills.forEach(skill -> routes.aliasFolderPaths(skill, pageAliases));
        routes.aliases.putAll(pageAliases);
        return routes;
    }

    /** A skill that has the name, or the URL, of one before it. */
    private record Clash(SkillSource earlier, SkillSource later) {

        /** The two collection folders, as {@code skills/} and {@code skills-zh/}, of skills in folders of one name; empty otherwise. */
        Optional<CollectionPair> collections() {
            String first = collection(earlier.folder().skillFile().relativePath());
            String second = collection(later.folder().skillFile().relativePath());
            boolean sameFolderName = earlier.folder().folderName().equals(later.folder().folderName());
            return sameFolderName && first != null && second != null && !first.equals(second)
                    ? Optional.of(new CollectionPair(first, second)) : Optional.empty();
        }

        /** The folder that holds a skill's folder, from the content folder, as {@code skills-zh/}; null for the content folder. */
        private static String collection(String skillFile) {
            String[] parts = skillFile.split("/");
            return parts.length < 3 ? null : String.join("/", Arrays.copyOf(parts, parts.length - 2)) + "/";
        }
    }

    /** Two folders that hold skills, from the content folder, as {@code skills/}. */
    private record CollectionPair(String earlier, String later) {
    }

    /**
     * Two collection folders whose skills clash again and again, in folders of the same names, are
     * a collection and its copy, most often a translation ({@code skills/} and {@code skills-zh/}),
     * which is built as a site of its own: that is one problem, at the first skill of the copy, not
     * one for each of its skills.
     */
    private static void reportDuplicates(List<Clash> clashes, Problems problems) {
        Map<CollectionPair, List<Clash>> copies = new LinkedHashMap<>();
        clashes.forEach(clash -> clash.collections().ifPresent(pair -> copies.computeIfAbsent(pair, p -> new ArrayList<>()).add(clash)));
        copies.values().removeIf(between -> between.size() < 2);
        copies.forEach((pair, between) -> problems.error("duplicate-skill", locationOfName(between.get(0).later()),
                between.size() + " skills of " + pair.later() + " have the names of skills of " + pair.earlier()
                        + ", in folders of the same names, so they cannot have their pages: "
                        + Listing.of(between.stream().map(clash -> clash.later().folder().folderName()).toList(), 5) + ".",
                "If the skills of one of them are copies, such as a translation, build that folder as a site of its own (--content), "
                        + "and leave it out of this one with a line in .gitignore."));
        for (Clash clash : clashes) {
            if (clash.collections().filter(copies::containsKey).isPresent()) {
                continue;
            }
            String earlierName = clash.earlier().metadata().name();
            String same = earlierName.equals(clash.later().metadata().name()) ? "the same name"
                    : "a name that makes the same URL (" + earlierName + ")";
            problems.error("duplicate-skill", locationOfName(clash.later()),
                    "Another skill has " + same + ": " + clash.earlier().folder().skillFile().relativePath()
                            + " in the content folder, so this one cannot have its page.",
                    "Give each skill its own name, the name of its folder.");
        }
    }

    private static SourceLocation locationOfName(SkillSource source) {
        return source.skillDocument().frontMatter().map(f -> f.locationOf("name"))
                .orElse(SourceLocation.of(source.folder().skillFile().path()));
    }

    private void place(SkillRoute skill, Problems problems) {
        SkillSource source = skill.source();
        skillsByDir.put(source.folder().dir(), skill);
        skillsByName.put(skill.name(), skill);
        pages.put(source.folder().skillFile().path(), skill.page());
        Set<String> used = new HashSet<>(RESERVED_PAGE_FOLDERS);
        for (SourceDocument page : source.pages()) {
            String pathInSkill = source.folder().pathInSkill(page.source().file());
            String folder = pageFolder(pathInSkill);
            String unique = folder;
            for (int n = 2; !used.add(unique); n++) {
                unique = folder + "-" + n;
            }
            SitePath path = SitePath.page(skill.folder() + "/" + unique);
            pages.put(page.source().file().path(), path);
        }
        List<SourceFile> copied = new ArrayList<>(source.folder().pages());
        copied.add(source.folder().skillFile());
        copied.addAll(source.folder().files());
        // Pages are index.html files, which are published as text: no file can take a page's place.
        for (SourceFile file : copied) {
            files.put(file.path(), SitePath.of(skill.folder() + "/" + source.folder().pathInSkill(file)
                    + (ScriptableFiles.publishedAsText(file.path(), problems) ? ".txt" : "")));
        }
    }

    /** {@code modules/Advanced Topics.md} becomes {@code modules/advanced-topics}. */
    private static String pageFolder(String pathInSkill) {
        String withoutExtension = pathInSkill.replaceFirst("(?i)\\.(md|markdown)$", "");
        StringBuilder folder = new StringBuilder();
        for (String segment : withoutExtension.split("/")) {
            folder.append(folder.length() == 0 ? "" : "/").append(Slugs.of(segment, "page"));
        }
        return folder.toString();
    }

    public List<SkillRoute> skills() {
        return skills;
    }

    /**
     * Every route as one digest: equal for two plans that put every skill, page and file at the
     * same place, which is all a page's links are resolved by.
     */
    public String fingerprint() {
        List<String> entries = new ArrayList<>();
        skillsByName.forEach((name, route) -> entries.add("skill " + name + " " + route.slug() + " " + route.source().folder().dir()));
        pages.forEach((source, path) -> entries.add("page " + source + " " + path.value()));
        files.forEach((source, path) -> entries.add("file " + source + " " + path.value()));
        unreadSkillDirs.forEach(dir -> entries.add("unread " + dir));
        aliases.forEach((name, path) -> entries.add("alias " + name + " " + path.value()));
        sharedAliases.forEach(name -> entries.add("shared " + name));
        Collections.sort(entries);
        return ContentHash.of(String.join("\n", entries), 32);
    }

    /** The page generated from a Markdown source file. */
    public Optional<SitePath> page(Path source) {
        return Optional.ofNullable(pages.get(source));
    }

    /** The files of a skill inside one of its folders that the site publishes, at any depth, in the order of their paths. */
    public List<Path> filesIn(SkillRoute skill, Path folder) {
        SkillFolder source = skill.source().folder();
        return Stream.of(List.of(source.skillFile()), source.pages(), source.files()).flatMap(List::stream).map(SourceFile::path)
                .filter(file -> file.startsWith(folder) && files.containsKey(file)).sorted().toList();
    }

    /** Where a source file is copied in the site. */
    public Optional<SitePath> file(Path source) {
        return Optional.ofNullable(files.get(source));
    }

    public Optional<SkillRoute> skillAt(Path dir) {
        return Optional.ofNullable(skillsByDir.get(dir));
    }

    public Optional<SkillRoute> skillNamed(String name) {
        return Optional.ofNullable(skillsByName.get(name));
    }

    /**
     * The page a name names: a skill's by its name; else, if no other page is known by it too, a
     * skill's by its folder's name or its address ({@code project-spec} for the skill named "spec"),
     * or a SKILL.md inside a skill's folder by its {@code name:}, that name as an address
     * ({@code hook-pipeline} for "Hook Pipeline") or its folder's name; or by its folder's path.
     */
    public Optional<SitePath> pageNamed(String name) {
        return skillNamed(name).map(SkillRoute::page).or(() -> Optional.ofNullable(aliases.get(name)));
    }

    /**
     * A skill's page and the SKILL.md pages inside it are known by every end of their folder's path
     * of two folders or more, as routing tables name sub-skills ({@code game-development/web-games}).
     */
    private void aliasFolderPaths(SkillRoute skill, Map<String, SitePath> into) {
        List<SourceDocument> documents = new ArrayList<>(skill.source().pages());
        documents.add(skill.source().skillDocument());
        for (SourceDocument page : documents) {
            SitePath path = pages.get(page.source().file().path());
            if (path != null && page.source().file().fileName().equals(ContentTree.SKILL_FILE)) {
                String[] folders = page.source().file().relativePath().split("/");
                for (int start = folders.length - 3; start >= 0; start--) {
                    String end = String.join("/", Arrays.copyOfRange(folders, start, folders.length - 1));
                    alias(end, path, into);
                }
            }
        }
    }

    /** A SKILL.md inside the skill's folder is known by its name, that name as an address, and its folder's name. */
    private void aliasPagesInside(SkillRoute skill, Map<String, SitePath> into) {
        for (SourceDocument page : skill.source().pages()) {
            if (page.source().file().fileName().equals(ContentTree.SKILL_FILE)) {
                SitePath path = pages.get(page.source().file().path());
                page.name(new Problems()).ifPresent(name -> {
                    alias(name, path, into);
                    alias(Slugs.of(name, name), path, into);
                });
                alias(page.source().file().path().getParent().getFileName().toString(), path, into);
            }
        }
    }

    private void alias(String name, SitePath path, Map<String, SitePath> into) {
        if (knows(name)) {
            return;
        }
        SitePath earlier = into.putIfAbsent(name, path);
        if (earlier != null && !earlier.equals(path)) {
            into.remove(name);
            sharedAliases.add(name);
        }
    }

    /** Whether the site has a page by this name, though perhaps several, which is then named ambiguously. */
    public boolean knows(String name) {
        return skillsByName.containsKey(name) || aliases.containsKey(name) || sharedAliases.contains(name);
    }

    /** Whether a path is in a skill folder whose SKILL.md could not be read. */
    public boolean inUnreadSkill(Path path) {
        return unreadSkillDirs.stream().anyMatch(path::startsWith);
    }

    /** Whether a name is that of a skill folder whose SKILL.md could not be read, and so perhaps the skill's. */
    public boolean unreadSkillNamed(String name) {
        return unreadSkillDirs.stream().anyMatch(dir -> dir.getFileName().toString().equals(name));
    }

    /** A source path that differs from a known page or file only in letter case, if there is one. */
    public Optional<Path> sameIgnoringCase(Path source) {
        String wanted = source.toString().toLowerCase(Locale.ROOT);
        return files.keySet().stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
