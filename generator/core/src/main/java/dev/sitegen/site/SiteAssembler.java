package dev.sitegen.site;

import dev.sitegen.content.ContentTree;
import dev.sitegen.content.SourceFile;
import dev.sitegen.history.SiteHistory;
import dev.sitegen.history.Version;
import dev.sitegen.library.LibraryEntry;
import dev.sitegen.library.LibraryId;
import dev.sitegen.library.LibraryRegistry;
import dev.sitegen.markdown.ConvertedMarkdown;
import dev.sitegen.markdown.MarkdownConverter;
import dev.sitegen.markdown.Section;
import dev.sitegen.model.ExtraField;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.model.SkillSource;
import dev.sitegen.model.SourceDocument;
import dev.sitegen.model.YamlMapping;
import dev.sitegen.problem.Problems;
import dev.sitegen.reuse.Memo;
import dev.sitegen.problem.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assemble stage: converts every page of every skill (in parallel, each once) with its
 * references resolved through {@link Routes} and the library registry, orders each skill's pages
 * for reading, and gathers what the site-wide pages list: tags, libraries, categories, tools,
 * trigger keywords, and the skills named but missing.
 */
public final class SiteAssembler {

    private final Path contentRoot;
    private final Routes routes;
    private final LibraryRegistry registry;
    private final SiteHistory history;
    private final MarkdownConverter converter;
    private final Problems problems;

    private SiteAssembler(Path contentRoot, Routes routes, LibraryRegistry registry, SiteHistory history,
                          MarkdownConverter converter, Problems problems) {
        this.contentRoot = contentRoot;
        this.routes = routes;
        this.registry = registry;
        this.history = history;
        this.converter = converter;
        this.problems = problems;
    }

    /**
     * @param assembled skills assembled before, reused where what they are made from is the same: their
     *     sources and versions, and the site's routes, libraries and configuration
     * @param skillDone told as each skill is assembled, from the thread that assembled it
     */
    public static Site assemble(SiteConfig config, Path contentRoot, Optional<SiteLicense> license, Routes routes,
                                LibraryRegistry registry, SiteHistory history, MarkdownConverter converter, Problems problems, Memo<Skill> assembled,
                                Runnable skillDone) {
        SiteAssembler assembler = new SiteAssembler(contentRoot, routes, registry, history, converter, problems);
        List<Object> site = List.of(routes.fingerprint(), Memo.same(registry), config, contentRoot, Memo.same(history.lastChanged()), history.moves(),
                converter.wording());
        List<Skill> skills = routes.skills().parallelStream().map(route -> {
            List<?> inputs = List.of(Memo.same(route.source()), route.slug(),
                    Memo.same(history.versions().get(route.source().folder().skillFile().path())), site);
            Skill skill = assembled.get(route.slug(), inputs, problems, own -> assembler.skill(route, own));
            skillDone.run();
            return skill;
        }).sorted(BY_NAME).toList();
        List<Catalog> catalogs = new ArrayList<>();
        addCatalog(catalogs, "categories", skills, s -> optional(s.metadata().category()));
        addCatalog(catalogs, "tools", skills, s -> s.metadata().allowedTools());
        addCatalog(catalogs, "keywords", skills, s -> s.metadata().triggers().keywords());
        return new Site(config, skills, tags(skills), assembler.libraries(skills), catalogs, assembler.missingSkills(skills), license);
    }

    private Skill skill(SkillRoute route, Problems problems) {
        SkillSource source = route.source();
        Page main = page(source.skillDocument(), routes.page(source.folder().skillFile().path()).orElseThrow(), route,
                source.metadata().title(), null, List.of(), source.metadata().name(),
                lastChanged(source.folder().skillFile(), source.metadata().updatedDate()), problems);
        List<Page> pages = new ArrayList<>();
        for (SourceDocument document : source.pages()) {
            String title = document.frontMatter().flatMap(f -> f.text("title", problems)).orElse(null);
            String description = document.frontMatter().flatMap(f -> f.text("description", problems)).map(String::strip)
                    .filter(d -> !d.isEmpty()).orElse(null);
            List<ExtraField> fields = document.frontMatter().map(f -> pageFields(f, problems)).orElse(List.of());
            pages.add(page(document, routes.page(document.source().file().path()).orElseThrow(), route, title, description, fields,
                    fallbackTitle(document, problems), lastChanged(document.source().file(), null), problems));
        }
        pages.sort(READING_ORDER);
        List<SkillFile> files = new ArrayList<>();
        for (SourceFile file : source.folder().files()) {
            routes.file(file.path()).ifPresent(path -> files.add(new SkillFile(file, source.folder().pathInSkill(file), path)));
        }
        return new Skill(route.slug(), source.metadata(), main, pages, files, versions(route, main));
    }

    /**
     * Every version with its page. Older versions are converted as if they stood where SKILL.md
     * stands, so their relative links reach today's pages; their problems are history and not reported.
     */
    private List<Skill.SkillVersion> versions(SkillRoute route, Page main) {
        List<Skill.SkillVersion> versions = new ArrayList<>();
        for (Version version : history.versions().getOrDefault(route.source().folder().skillFile().path(), List.of())) {
            if (version.revision().current()) {
                versions.add(new Skill.SkillVersion(version, main));
                continue;
            }
            String folder = route.folder() + "/v/" + version.slug();
            String title = version.metadata() != null && version.metadata().title() != null ? version.metadata().title() : null;
            Page page = page(version.document(), SitePath.page(folder), route, title, null, List.of(), route.name(),
                    version.revision().day(), new Problems());
            versions.add(new Skill.SkillVersion(version, page.asOlderVersion(SitePath.of(folder + "/SKILL.md"))));
        }
        return versions;
    }

    /** The day a file last changed: its last commit, else the date its front matter gives, if any. */
    private String lastChanged(SourceFile file, java.time.LocalDate updated) {
        java.time.Instant committed = history.lastChanged().get(file.relativePath());
        if (committed != null) {
            return committed.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return updated == null ? null : updated.toString();
    }

    /** A further page's own front-matter fields; those under {@code metadata:} each by itself, as a skill's are shown. */
    private static List<ExtraField> pageFields(YamlMapping yaml, Problems problems) {
        Optional<YamlMapping> metadata = yaml.unread().get("metadata") instanceof Map<?, ?> ? yaml.mapping("metadata", problems) : Optional.empty();
        List<ExtraField> fields = new ArrayList<>(ExtraField.unread("", yaml));
        metadata.ifPresent(nested -> fields.addAll(ExtraField.unread("metadata.", nested)));
        return fields;
    }

    /**
     * @param explicitTitle a title from front matter, which wins; may be null
     * @param description a further page's description from its front matter; may be null
     * @param fields a further page's other front-matter fields
     * @param fallbackTitle the title when there is neither that nor an opening heading
     */
    private Page page(SourceDocument document, SitePath path, SkillRoute skill, String explicitTitle, String description,
                      List<ExtraField> fields, String fallbackTitle, String lastUpdated, Problems problems) {
        SourceFile file = document.source().file();
        Set<LibraryId> declared = skill.source().metadata().context7Libraries().stream().map(LibraryId::parse)
                .flatMap(Optional::stream).map(registry::canonical).collect(Collectors.toSet());
        PageLinks links = new PageLinks(contentRoot, file.path(), path, routes, registry, declared, history.moves(), problems);
        ConvertedMarkdown converted = converter.convert(document.body(), document.bodyLine(), links, explicitTitle, fallbackTitle);
        if (converted.nestedFence() != null) {
            nestedFence(file, converted.nestedFence(), problems);
        } else if (converted.openFence() != null) {
            // Below a nested fence, fences pair wrongly and the last is left open: mending that one mends this.
            problems.warning("unclosed-fence", SourceLocation.of(file.path(), converted.openFence().line()),
                    "This code fence is never closed, so everything after it on the page is shown as code.",
                    "Close the code block with a line of " + converted.openFence().marker() + " where the code ends.");
        }
        if (converted.unevenTable() != null) {
            ConvertedMarkdown.UnevenTable table = converted.unevenTable();
            problems.warning("uneven-table", SourceLocation.of(file.path(), table.line()),
                    "These lines would start a table, but its header row has " + table.headerCells() + " cells and the row of dashes "
                            + "under it " + table.delimiterCells() + ", so it is shown as text, as GitHub shows it.",
                    "Give the row of dashes one cell for each cell of the header row.");
        }
        if (converted.removedHtml() != null) {
            problems.warning("html-removed", SourceLocation.of(file.path(), converted.removedHtml().line()),
                    "The raw HTML here holds <" + converted.removedHtml().tag() + ">, which the page leaves out: the site runs no "
                            + "script, embeds no media or other page and takes no input.",
                    "Link to what it shows instead; a tag's name written in prose goes in back-ticks: `<" + converted.removedHtml().tag() + ">`.");
        }
        if (converted.tooDeepAt() > 0) {
            problems.warning("too-deep", SourceLocation.of(file.path(), converted.tooDeepAt()),
                    "The page nests lists, block quotes or emphasis more than " + MarkdownConverter.MAX_NESTING
                            + " levels deep, too deep to convert, so it is shown as plain text.",
                    "Flatten the nesting, and break up runs of thousands of one character such as * or -.");
        }
        String title = Optional.ofNullable(explicitTitle).or(() -> Optional.ofNullable(converted.title())).orElse(fallbackTitle);
        return new Page(file, skill.source().folder().pathInSkill(file), path, title, converted.titleId(), description,
                converted.opening(), fields,
                converted.html(),
                converted.headings(), links.internalLinks(), document.source().text(), routes.file(file.path()).orElse(null),
                links.libraries(), links.missingSkills(), lastUpdated,
                document.bodyStart(), converted.sections(), converted.openFence() == null ? null : converted.openFence().marker(),
                converted.htmlIds(), converted.relativeUrls());
    }

    /**
     * A fence inside a code block: most often, under a bare fence, a fence meant to close code that
     * nothing opened; under a fence that names a language, an example of Markdown whose own fences
     * close it early.
     */
    private static void nestedFence(SourceFile file, ConvertedMarkdown.NestedFence nested, Problems problems) {
        String marker = nested.outerFence().replaceAll("[^`~].*", "");
        String longer = marker.charAt(0) + marker;
        String after = " Fences further down pair wrongly until this is mended.";
        if (nested.outerIsBare()) {
            problems.warning("nested-fence", SourceLocation.of(file.path(), nested.line()),
                    "This fence, " + nested.fence() + ", opens inside the code block that the bare " + marker + " on line "
                            + nested.outerLine() + " opens, and its closing line ends that block: from line " + nested.outerLine()
                            + " on, code shows as text and text as code." + after,
                    "If the " + marker + " on line " + nested.outerLine() + " was meant to close a block of code, that code has no "
                            + "opening fence: add one above it. If it opens an example that shows fences, open and close it with "
                            + longer + " instead.");
        } else {
            problems.warning("nested-fence", SourceLocation.of(file.path(), nested.line()),
                    "This fence, " + nested.fence() + ", opens inside the code block opened on line " + nested.outerLine() + " ("
                            + nested.outerFence() + "), whose fence is no longer, so its closing line closes that block too: the rest "
                            + "of the block shows as text, and the text after it as code." + after,
                    "Open the block on line " + nested.outerLine() + " with " + marker.charAt(0) + nested.outerFence()
                            + " and close it with " + longer + ", longer than the fences inside it.");
        }
    }

    /** Every library the pages name or the front matter lists, with each use; unknown ids are reported. */
    private List<Library> libraries(List<Skill> skills) {
        Map<String, List<Library.Use>> uses = new TreeMap<>();
        Map<String, LibraryId> ids = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> versions = new LinkedHashMap<>();
        for (Skill skill : skills) {
            List<Page> pages = new ArrayList<>(skill.allPages());
            Map<Page, String> olderVersions = new java.util.IdentityHashMap<>();
            for (Skill.SkillVersion version : skill.versions()) {
                if (!version.current()) {
                    pages.add(version.page());
                    olderVersions.put(version.page(), version.version().label());
                }
            }
            for (Page page : pages) {
                for (LibraryMention mention : page.libraries()) {
                    LibraryId id = registry.canonical(mention.id());
                    ids.putIfAbsent(id.key(), id);
                    uses.computeIfAbsent(id.key(), k -> new ArrayList<>()).add(new Library.Use(skill, page, mention.section(),
                            mention.inCode() ? Library.Kind.CODE : Library.Kind.TEXT, olderVersions.get(page)));
                    if (mention.id().version() != null) {
                        versions.computeIfAbsent(id.key(), k -> new LinkedHashSet<>()).add(mention.id().version());
                    }
                }
            }
            for (String listed : skill.metadata().context7Libraries()) {
                SourceLocation at = frontMatterLocation(skill, "context7-libraries");
                Optional<LibraryId> parsed = LibraryId.parse(listed);
                if (parsed.isEmpty()) {
                    problems.warning("library-id", at, "\"" + listed + "\" in context7-libraries is not a Context7 id.",
                            "Write it as /owner/project, such as /tiangolo/fastapi.");
                    continue;
                }
                registry.reportIfUnknown(parsed.get(), at, problems);
                LibraryId id = registry.canonical(parsed.get());
                ids.putIfAbsent(id.key(), id);
                uses.computeIfAbsent(id.key(), k -> new ArrayList<>()).add(new Library.Use(skill, skill.main(), Section.TOP,
                        Library.Kind.FRONT_MATTER, null));
            }
        }
        List<Library> libraries = new ArrayList<>();
        uses.forEach((key, list) -> {
            LibraryId id = ids.get(key);
            LibraryEntry entry = registry.find(id).orElse(null);
            libraries.add(new Library(id, entry, List.copyOf(versions.getOrDefault(key, new LinkedHashSet<>())), list));
        });
        return libraries;
    }

    /** Every skill named but missing, in pages or in related-skills front matter, by name. */
    private List<SkillReference> missingSkills(List<Skill> skills) {
        List<SkillReference> missing = new ArrayList<>();
        for (Skill skill : skills) {
            skill.allPages().forEach(page -> missing.addAll(page.missingSkills()));
            for (String related : skill.metadata().relatedSkills()) {
                if (!routes.knows(related) && !routes.unreadSkillNamed(related)) {
                    missing.add(new SkillReference(related, frontMatterLocation(skill, "related-skills")));
                }
            }
        }
        missing.sort(Comparator.comparing(SkillReference::name).thenComparing(SkillReference::at));
        return missing;
    }

    /** Where a front-matter field of the skill stands: its own key, at the top or under metadata:. */
    private SourceLocation frontMatterLocation(Skill skill, String key) {
        Optional<YamlMapping> yaml = routes.skillNamed(skill.name()).flatMap(r -> r.source().skillDocument().frontMatter());
        // The reader reported what is wrong with metadata: already.
        return yaml.map(y -> y.has(key) ? y.locationOf(key) : y.mapping("metadata", new Problems()).filter(m -> m.has(key))
                        .map(m -> m.locationOf(key)).orElse(y.locationOf("metadata")))
                .orElse(SourceLocation.of(skill.main().source().path()));
    }

    /**
     * What a further page is called when it gives no title and opens with no heading: a SKILL.md
     * inside another skill's folder by its name, or its folder's; any other page by its file's name.
     */
    private static String fallbackTitle(SourceDocument document, Problems problems) {
        SourceFile file = document.source().file();
        if (!file.fileName().equals(ContentTree.SKILL_FILE)) {
            return fileTitle(file);
        }
        return document.name(problems).orElseGet(() -> file.path().getParent().getFileName().toString());
    }

    /**
     * {@code implementer-prompt.md} reads as "Implementer prompt", {@code REFERENCE.md} as "Reference";
     * a name of three capitals or fewer, {@code API.md}, is an acronym and stays as it is.
     */
    static String fileTitle(SourceFile file) {
        String base = file.fileName().replaceFirst("(?i)\\.(md|markdown)$", "").replace('_', ' ').replace('-', ' ').strip();
        if (base.isEmpty()) {
            return file.fileName();
        }
        boolean shouted = base.equals(base.toUpperCase(Locale.ROOT)) && base.length() > 3;
        String lower = shouted ? base.toLowerCase(Locale.ROOT) : base;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Skills in the order readers look them up: by name whatever its case, so "AgentDB" stands beside "agentic-jujutsu". */
    static final Comparator<Skill> BY_NAME = Comparator.comparing((Skill skill) -> skill.name().toLowerCase(Locale.ROOT))
            .thenComparing(Skill::name);

    /**
     * Reference material first, then examples, then modules, then the rest; a skill's top-level
     * pages before those in folders, a folder's pages together; by title within each.
     */
    static final Comparator<Page> READING_ORDER = Comparator
            .comparingInt((Page p) -> group(p.pathInSkill()))
            .thenComparingInt(p -> p.pathInSkill().contains("/") ? 1 : 0)
            .thenComparing(p -> p.pathInSkill().substring(0, Math.max(0, p.pathInSkill().lastIndexOf('/'))))
            .thenComparing(p -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Page::pathInSkill);

    private static int group(String pathInSkill) {
        String first = pathInSkill.toLowerCase(Locale.ROOT).split("/")[0];
        if (first.startsWith("reference")) {
            return 0;
        }
        if (first.startsWith("example")) {
            return 1;
        }
        if (first.startsWith("module")) {
            return 2;
        }
        return 3;
    }

    private static List<Tag> tags(List<Skill> skills) {
        return group(skills, s -> s.metadata().tags(), name -> Tag.pathFor(name).value()).stream()
                .map(g -> new Tag(g.name(), SitePath.of(g.key()), g.skills())).toList();
    }

    /** Adds a catalog of the values {@code values} gives each skill, if any skill has one. */
    private static void addCatalog(List<Catalog> catalogs, String folder, List<Skill> skills, Function<Skill, List<String>> values) {
        List<Catalog.Entry> entries = group(skills, values, value -> Slugs.of(value, "entry")).stream()
                .map(g -> new Catalog.Entry(g.name(), g.key(), g.skills())).toList();
        if (!entries.isEmpty()) {
            catalogs.add(new Catalog(folder, entries));
        }
    }

    /** Skills grouped by a value they carry; values with the same key meet under the first spelling. */
    private record Group(String name, String key, List<Skill> skills) {
    }

    private static List<Group> group(List<Skill> skills, Function<Skill, List<String>> values, Function<String, String> key) {
        Map<String, List<Skill>> byKey = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Skill skill : skills) {
            for (String value : values.apply(skill)) {
                String k = key.apply(value);
                names.putIfAbsent(k, value);
                List<Skill> carrying = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                // Skills come one at a time: one that carries two spellings of a value is already the last.
                if (carrying.isEmpty() || carrying.get(carrying.size() - 1) != skill) {
                    carrying.add(skill);
                }
            }
        }
        return byKey.entrySet().stream().map(e -> new Group(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(g -> g.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
