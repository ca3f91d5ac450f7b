package dev.sitegen.render;

import dev.sitegen.content.ContentTree;
import dev.sitegen.library.LibraryEntry;
import dev.sitegen.library.LibraryId;
import dev.sitegen.markdown.Heading;
import dev.sitegen.model.ExtraField;
import dev.sitegen.model.Invocation;
import dev.sitegen.model.ProgressiveDisclosure;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.model.SiteConfigReader;
import dev.sitegen.model.SkillMetadata;
import dev.sitegen.problem.Problems;
import dev.sitegen.reuse.Memo;
import dev.sitegen.publish.SiteWriter;
import dev.sitegen.render.Views.CatalogEntry;
import dev.sitegen.render.Views.CatalogGroup;
import dev.sitegen.render.Views.DocView;
import dev.sitegen.render.Views.Fact;
import dev.sitegen.render.Views.LibraryUse;
import dev.sitegen.render.Views.LibraryView;
import dev.sitegen.render.Views.Link;
import dev.sitegen.render.Views.PageView;
import dev.sitegen.render.Views.SkillCard;
import dev.sitegen.render.Views.SkillLink;
import dev.sitegen.render.Views.TagCount;
import dev.sitegen.render.Views.TocEntry;
import dev.sitegen.render.Views.Value;
import dev.sitegen.render.Views.VersionNote;
import dev.sitegen.site.Catalog;
import dev.sitegen.site.Library;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.SiteLicense;
import dev.sitegen.site.SitePath;
import dev.sitegen.site.Skill;
import dev.sitegen.site.SkillReference;
import dev.sitegen.site.SkillFile;
import dev.sitegen.site.Slugs;
import dev.sitegen.site.Tag;
import dev.sitegen.text.ContentHash;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The render stage: every page of the site through the theme's templates, plus the theme's assets
 * and every skill's files, into a {@link SiteWriter}. Pages render in parallel.
 */
public final class SiteRenderer {

    /** How many tags the home page offers to filter by. */
    private static final int HOME_TAGS = 24;

    private final Site site;
    private final Theme theme;
    private final ThemeText text;
    private final SiteWriter writer;
    private final Templates templates;
    private final HistoryRenderer history;
    private final Map<String, Skill> skillsByName;
    /**
     * The related skills named in front matter that the site does not have; a name it has
     * another page by is not one. Part of the surroundings: only these, so that a missing skill
     * mentioned in some page's text does not make every skill's page rendered again.
     */
    private final Set<String> missingRelated;
    private final Set<String> catalogFolders;
    private final Runnable skillDone;
    private final RenderMemo memo;
    /** Everything beyond a skill itself that its pages show: what a kept skill's pages must have been rendered with. */
    private final List<Object> surroundings;
    private final Problems problems;
    private final Queue<HistoryRenderer.FeedEntry> feed = new ConcurrentLinkedQueue<>();

    private SiteRenderer(Site site, Theme theme, ThemeText text, Path templatesDir, SiteWriter writer, Problems problems,
                         RenderMemo memo, Runnable skillDone) {
        this.site = site;
        this.text = text;
        this.skillDone = skillDone;
        this.memo = memo;
        this.problems = problems;
        this.theme = theme;
        this.writer = writer;
        boolean feed = HistoryRenderer.hasFeed(site);
        Link license = site.license().map(l -> new Link(l.title(), SiteLicense.PATH.href())).orElse(null);
        this.templates = new Templates(theme, text, site.config(), sections(site, text), feed, license, templatesDir, writer, problems,
                memo.pages);
        this.history = new HistoryRenderer(templates);
        this.skillsByName = site.skills().stream().collect(Collectors.toMap(Skill::name, s -> s));
        Set<String> related = site.skills().stream().flatMap(skill -> skill.metadata().relatedSkills().stream()).collect(Collectors.toSet());
        this.missingRelated = site.missingSkills().stream().map(SkillReference::name).filter(related::contains).collect(Collectors.toSet());
        this.catalogFolders = site.catalogs().stream().map(Catalog::folder).collect(Collectors.toSet());
        this.surroundings = List.of(Memo.same(theme), text, String.valueOf(templatesDir), site.config(), ContentHash.of(String.join("\n",
                sections(site, text) + " " + feed + " " + license,
                new TreeMap<>(skillsByName.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().path().value()))).toString(),
                new TreeSet<>(catalogFolders).toString(),
                new TreeSet<>(missingRelated).toString(),
                site.libraries().stream().map(l -> l.path().value()).sorted().toList().toString()), 32));
    }

    /**
     * @param templatesDir the site's own templates folder, to name in template errors; may be null
     * @param memo what the last builds rendered, kept where a skill and the site around it are the same
     * @param skillDone told as each skill's pages are written, from the thread that wrote them
     * @return the number of HTML pages written
     */
    public static int render(Site site, Theme theme, ThemeText text, Path templatesDir, SiteWriter writer, Problems problems,
                             RenderMemo memo, Runnable skillDone) {
        SiteRenderer renderer = new SiteRenderer(site, theme, text, templatesDir, writer, problems, memo, skillDone);
        renderer.renderAll();
        return renderer.templates.pages();
    }

    /** The site's sections, for the header: skills always, the others when they have entries. */
    private static List<Link> sections(Site site, ThemeText text) {
        List<Link> sections = new ArrayList<>();
        sections.add(new Link(text.get("skills"), SitePath.HOME.href()));
        if (!site.tags().isEmpty()) {
            sections.add(new Link(text.get("tags"), SitePath.page("tags").href()));
        }
        if (!site.libraries().isEmpty()) {
            sections.add(new Link(text.get("libraries"), SitePath.page("libraries").href()));
        }
        site.catalogs().forEach(c -> sections.add(new Link(text.get(c.folder()), c.path().href())));
        return sections;
    }

    private void renderAll() {
        boolean diagrams = Diagrams.drawnIn(site);
        theme.assets().values().stream().filter(asset -> diagrams || !asset.name().equals(Diagrams.SCRIPT))
                .forEach(asset -> writer.write(SitePath.of(asset.path()), asset.content()));
        home();
        notFound();
        searchPage();
        tags();
        libraries();
        site.catalogs().forEach(this::catalog);
        List<Skill> skills = site.skills();
        IntStream.range(0, skills.size()).parallel().forEach(i -> {
            skill(skills.get(i), i > 0 ? skills.get(i - 1) : null, i + 1 < skills.size() ? skills.get(i + 1) : null);
            skillDone.run();
        });
        movedSkills();
        history.feed(site, feed);
        site.license().ifPresent(license -> writer.write(SiteLicense.PATH, license.text()));
        new MachineFiles(site, writer).writeAll(templates.pagesByKind());
    }

    /**
     * A page at each address a skill had under an earlier name, which sends readers on to its page,
     * so that bookmarks and links from elsewhere outlive a rename; unless a skill now lives there.
     */
    private void movedSkills() {
        Set<String> taken = site.skills().stream().map(Skill::slug).collect(Collectors.toCollection(HashSet::new));
        for (Skill skill : site.skills()) {
            skill.versions().stream().map(v -> v.version().metadata()).filter(Objects::nonNull)
                    .map(m -> Slugs.of(m.name(), "")).filter(slug -> !slug.isEmpty() && taken.add(slug)).forEach(slug -> {
                        Map<String, Object> context = new HashMap<>();
                        context.put("moved", new Link(skill.name(), skill.path().href()));
                        render("moved", SitePath.page("skills/" + slug), text.format("moved-title", Map.of("skill", skill.name())),
                                null, List.of(homeLink(), new Link(skill.name(), skill.path().href())), null, null, context);
                    });
        }
    }

    private void home() {
        Map<String, Object> context = new HashMap<>();
        context.put("skills", site.skills().stream().map(this::card).toList());
        context.put("tags", mostUsedTags());
        context.put("tagTotal", site.tags().size());
        render("home", SitePath.HOME, site.config().title(), site.config().description(), List.of(), null, null, context);
    }

    /**
     * The home page's tags to filter by: the most used, in name order. A collection may have a
     * hundred tags, most of them on one skill, which as a filter would push the skills themselves
     * below the first screen; the tags page lists them all.
     */
    private List<TagCount> mostUsedTags() {
        List<TagCount> all = tagCounts();
        Set<TagCount> most = all.stream().sorted(Comparator.comparingInt(TagCount::count).reversed())
                .limit(HOME_TAGS).collect(Collectors.toSet());
        return all.stream().filter(most::contains).toList();
    }

    /** The search page: results for {@code ?q=}, a link that can be shared; they are found in the browser. */
    private void searchPage() {
        Map<String, Object> context = new HashMap<>();
        context.put("tags", tagCounts());
        render("search", SitePath.page("search"), text.get("search"),
                text.format("search-description", Map.of("site", site.config().title())),
                List.of(homeLink(), new Link(text.get("search"), null)), null, null, context);
    }

    private void notFound() {
        // GitHub Pages serves this page for missing paths at any depth, so its links start at the base path.
        Map<String, Object> context = new HashMap<>();
        context.put("skills", site.skills().stream().map(this::card).toList());
        templates.render("404", SitePath.of("404.html"), new PageView("not-found", text.get("not-found"), site.config().description(),
                site.config().basePath(), null, null, null, List.of()), context);
    }

    private void tags() {
        if (site.tags().isEmpty()) {
            return;
        }
        Map<String, Object> index = new HashMap<>();
        index.put("tags", tagCounts());
        render("tags", SitePath.page("tags"), text.get("tags"), text.format("tags-description", Map.of("site", site.config().title())),
                List.of(homeLink(), new Link(text.get("tags"), null)), null, null, index);
        site.tags().parallelStream().forEach(tag -> {
            Map<String, Object> context = new HashMap<>();
            context.put("tag", tag.name());
            context.put("skills", tag.skills().stream().map(this::card).toList());
            render("tag", tag.path(), text.format("tag-title", Map.of("tag", tag.name())),
                    text.format("tag-description", Map.of("count", tag.skills().size(), "tag", tag.name())),
                    List.of(homeLink(), new Link(text.get("tags"), SitePath.page("tags").href()), new Link(tag.name(), null)),
                    null, null, context);
        });
    }

    private void libraries() {
        if (site.libraries().isEmpty()) {
            return;
        }
        List<LibraryView> views = site.libraries().stream().map(this::library).toList();
        Map<String, Object> index = new HashMap<>();
        index.put("libraries", views);
        render("libraries", SitePath.page("libraries"), text.get("libraries"), text.get("libraries-description"),
                List.of(homeLink(), new Link(text.get("libraries"), null)), null, null, index);
        for (LibraryView view : views) {
            Map<String, Object> context = new HashMap<>();
            context.put("library", view);
            render("library", SitePath.of(view.href()), view.title(),
                    view.description() != null ? view.description() : text.format("library-description", Map.of("id", view.id())),
                    List.of(homeLink(), new Link(text.get("libraries"), SitePath.page("libraries").href()), new Link(view.title(), null)),
                    null, null, context);
        }
    }

    private LibraryView library(Library library) {
        LibraryId id = library.id();
        LibraryEntry entry = library.entry();
        Map<Skill, List<Link>> places = new LinkedHashMap<>();
        for (Library.Use use : library.uses()) {
            String anchor = use.section().id();
            Link place = new Link(placeLabel(use), use.page().path().href() + (anchor == null ? "" : "#" + anchor));
            List<Link> list = places.computeIfAbsent(use.skill(), s -> new ArrayList<>());
            if (!list.contains(place)) {
                list.add(place);
            }
        }
        List<LibraryUse> uses = places.entrySet().stream()
                .map(e -> new LibraryUse(skillLink(e.getKey()), e.getValue())).toList();
        String github = entry != null && entry.github() != null ? entry.github() : id.githubUrl().orElse(null);
        return new LibraryView(id.toString(), library.title(), entry == null ? null : entry.description(), library.path().href(),
                entry != null, id.context7Url(), id.llmsTxtUrl(), github, entry == null ? null : entry.docs(),
                entry == null ? List.of() : entry.aliases().stream().map(LibraryId::toString).toList(), library.versions(), uses);
    }

    /** "front matter", "Reference › Setup", "Context7 Library Mappings (code)". */
    private String placeLabel(Library.Use use) {
        if (use.kind() == Library.Kind.FRONT_MATTER) {
            return text.get("used-in-front-matter");
        }
        List<String> parts = new ArrayList<>();
        if (use.page() != use.skill().main() || use.section().title() == null) {
            parts.add(use.page().title());
        }
        if (use.section().title() != null) {
            parts.add(use.section().title());
        }
        String place = String.join(" › ", parts);
        if (use.kind() == Library.Kind.CODE) {
            place = text.format("used-in-code", Map.of("place", place));
        }
        return use.olderVersion() == null ? place : text.format("used-in-version", Map.of("version", use.olderVersion(), "place", place));
    }

    /**
     * A catalog's page: an index of its values, then its values with their skills, where values
     * that bring up the same skills share one section, as the dozens of trigger phrases one skill
     * lists would otherwise repeat it and its description once each.
     */
    private void catalog(Catalog catalog) {
        Map<List<String>, List<Catalog.Entry>> bySkills = new LinkedHashMap<>();
        catalog.entries().forEach(entry -> bySkills.computeIfAbsent(entry.skills().stream().map(Skill::name).toList(),
                skills -> new ArrayList<>()).add(entry));
        Map<String, Object> context = new HashMap<>();
        String title = text.get(catalog.folder());
        context.put("title", title);
        context.put("entries", catalog.entries().stream().map(SiteRenderer::catalogEntry).toList());
        context.put("groups", bySkills.values().stream().map(entries -> new CatalogGroup(
                entries.stream().map(SiteRenderer::catalogEntry).toList(),
                entries.get(0).skills().stream().map(this::skillLink).toList())).toList());
        render("catalog", catalog.path(), title, text.get(catalog.folder() + "-description"),
                List.of(homeLink(), new Link(title, null)), null, null, context);
    }

    private static CatalogEntry catalogEntry(Catalog.Entry entry) {
        return new CatalogEntry(entry.name(), entry.anchor(), entry.skills().size());
    }

    /**
     * Renders a skill's pages, or keeps those the last build rendered from the same skill in the same
     * surroundings, which hold every skill's name and path, and so the skills before and after it.
     *
     * @param before the skill before it in the site's order, which its first page leads back to; null for the first
     * @param after the skill after it, which its last page leads on to; null for the last
     */
    private void skill(Skill skill, Skill before, Skill after) {
        List<Object> inputs = List.of(Memo.same(skill), surroundings);
        Optional<RenderMemo.Rendered> kept = memo.skills.reuse(skill.name(), inputs, problems);
        if (kept.isPresent()) {
            kept.get().files().forEach(writer::keep);
            templates.kept(kept.get().pages());
            feed.addAll(kept.get().feed());
            return;
        }
        Recording recording = new Recording(writer);
        List<HistoryRenderer.FeedEntry> versions = new ArrayList<>();
        render(skill, before, after, templates.writingTo(recording), versions::add);
        feed.addAll(versions);
        memo.skills.keep(skill.name(), inputs, new RenderMemo.Rendered(List.copyOf(recording.paths),
                templates.kindsOf(recording.paths), versions), List.of());
    }

    /** Passes writes on, and remembers what it wrote. */
    private static final class Recording implements SiteWriter {
        private final SiteWriter writer;
        private final Queue<SitePath> paths = new ConcurrentLinkedQueue<>();

        Recording(SiteWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(SitePath path, byte[] content) {
            paths.add(path);
            writer.write(path, content);
        }

        @Override
        public void copy(SitePath path, Path source) {
            paths.add(path);
            writer.copy(path, source);
        }

        @Override
        public void keep(SitePath path) {
            paths.add(path);
            writer.keep(path);
        }
    }

    private void render(Skill skill, Skill before, Skill after, Templates templates, Consumer<HistoryRenderer.FeedEntry> versions) {
        SkillCard card = card(skill);
        List<Page> all = skill.allPages();
        Map<Page, String> labels = Page.labels(all, "");
        VersionNote version = new HistoryRenderer(templates).skill(skill, card, versions);
        for (int i = 0; i < all.size(); i++) {
            Page page = all.get(i);
            boolean main = i == 0;
            DocView doc = new DocView(card, page.title(), page.titleId(), main ? skill.metadata().lead() : page.description(),
                    new SafeString(page.html()), toc(page.headings()), SkillNav.of(all, page, page.path().href()),
                    main ? facts(skill, version != null) : extraFacts(page.fields()),
                    main ? files(skill.files()) : List.of(),
                    i > 0 ? new Link(labels.get(all.get(i - 1)), all.get(i - 1).path().href()) : neighbour(before),
                    i + 1 < all.size() ? new Link(labels.get(all.get(i + 1)), all.get(i + 1).path().href()) : neighbour(after),
                    main ? version : null, page.lastUpdated());
            List<Link> crumbs = main ? List.of(homeLink(), new Link(skill.name(), null))
                    : List.of(homeLink(), new Link(skill.name(), skill.path().href()), new Link(labels.get(page), null));
            Map<String, Object> context = new HashMap<>();
            context.put("doc", doc);
            String description = main ? skill.metadata().description() : Optional.ofNullable(page.description())
                    .or(() -> Optional.ofNullable(page.opening()))
                    .orElse(page.title() + " — " + skill.name() + ": " + skill.metadata().description());
            String template = main ? "skill" : "page";
            templates.render(template, page.path(), templates.page(template, page.path(), main ? skill.name() : labels.get(page) + " · " + skill.name(),
                    description, crumbs, page.markdownPath() == null ? null : page.markdownPath().href(), editUrl(page)), context);
            if (page.markdownPath() != null) {
                templates.writer().write(page.markdownPath(), page.markdown());
            }
        }
        skill.files().forEach(file -> templates.writer().copy(file.path(), file.source().path()));
    }

    private void render(String template, SitePath path, String title, String description, List<Link> breadcrumbs,
                        String sourceHref, String editUrl, Map<String, Object> context) {
        templates.render(template, path, templates.page(template, path, title, description, breadcrumbs, sourceHref, editUrl), context);
    }

    private String editUrl(Page page) {
        SiteConfig config = site.config();
        if (config.repositoryUrl() == null) {
            return null;
        }
        return config.repositoryUrl() + "/edit/" + config.editBranch() + "/"
                + (config.contentPath().isEmpty() ? "" : config.contentPath() + "/") + page.source().relativePath();
    }

    private Link homeLink() {
        return new Link(site.config().title(), SitePath.HOME.href());
    }

    private SkillCard card(Skill skill) {
        SkillMetadata m = skill.metadata();
        return new SkillCard(m.name(), skill.main().title(), m.description(), m.version(), m.status(), m.updated(),
                skill.path().href(), m.tags().stream().map(this::tagLink).toList());
    }

    private SkillLink skillLink(Skill skill) {
        return new SkillLink(skill.name(), skill.path().href(), skill.metadata().description());
    }

    private Link tagLink(String tag) {
        return new Link(tag, Tag.pathFor(tag).href());
    }

    private List<TagCount> tagCounts() {
        return site.tags().stream().map(t -> new TagCount(t.name(), t.path().href(), t.skills().size())).toList();
    }

    /**
     * The page's contents: its two outermost levels of heading, whatever they are, as most pages
     * part at level 2 and some, written as sections, at level 1.
     */
    static List<TocEntry> toc(List<Heading> headings) {
        int top = headings.stream().mapToInt(Heading::level).min().orElse(1);
        return headings.stream().filter(h -> h.level() <= top + 1).map(h -> new TocEntry(h.level() - top + 1, h.id(), h.text())).toList();
    }

    /** A link to the skill before or after a skill, or null for none. */
    private static Link neighbour(Skill skill) {
        return skill == null ? null : new Link(skill.name(), skill.path().href());
    }

    private static List<Link> files(List<SkillFile> files) {
        return files.stream().map(f -> new Link(f.pathInSkill(), f.path().href())).toList();
    }

    /** @param versionShown whether the page's header says the version, which the panel then does not repeat */
    private List<Fact> facts(Skill skill, boolean versionShown) {
        SkillMetadata m = skill.metadata();
        List<Fact> facts = new ArrayList<>();
        if (!versionShown) {
            text(facts, text.get("fact-version"), m.version());
        }
        text(facts, text.get("fact-updated"), m.updated());
        text(facts, text.get("fact-status"), m.status());
        if (m.category() != null) {
            facts.add(new Fact(text.get("fact-category"), List.of(catalogValue("categories", m.category())), false));
        }
        license(facts, skill);
        text(facts, text.get("fact-compatibility"), m.compatibility());
        values(facts, text.get("fact-tags"), m.tags(), false, tag -> Value.entry(tag, Tag.pathFor(tag).href()));
        values(facts, text.get("fact-allowed-tools"), m.allowedTools(), true, tool -> catalogValue("tools", tool));
        invocation(facts, m.name(), m.invocation());
        values(facts, text.get("fact-trigger-keywords"), m.triggers().keywords(), true, keyword -> catalogValue("keywords", keyword));
        values(facts, text.get("fact-languages"), m.triggers().languages(), false, Value::new);
        values(facts, text.get("fact-agents"), m.triggers().agents(), false, Value::new);
        values(facts, text.get("fact-phases"), m.triggers().phases(), false, Value::new);
        values(facts, text.get("fact-related-skills"), m.relatedSkills(), true, name -> {
            Skill related = skillsByName.get(name);
            return related != null ? Value.link(name, related.path().href()) : missingRelated.contains(name) ? Value.missing(name) : new Value(name);
        });
        values(facts, text.get("fact-context7-libraries"), m.context7Libraries(), true, id -> Value.link(id,
                LibraryId.parse(id).map(parsed -> libraryHref(parsed)).orElse(null)));
        if (m.progressiveDisclosure() != null) {
            text(facts, text.get("fact-progressive-disclosure"), disclosure(m.progressiveDisclosure()));
        }
        facts.addAll(extraFacts(m.extras()));
        return facts;
    }

    /** "enabled · level 1: 100 tokens · level 2: 5,000 tokens", leaving out what is not declared. */
    private String disclosure(ProgressiveDisclosure budget) {
        List<String> parts = new ArrayList<>();
        if (budget.enabled() != null) {
            parts.add(text.get(budget.enabled() ? "disclosure-enabled" : "disclosure-disabled"));
        }
        if (budget.level1Tokens() != null) {
            parts.add(text.format("disclosure-level", Map.of("level", 1, "count", budget.level1Tokens())));
        }
        if (budget.level2Tokens() != null) {
            parts.add(text.format("disclosure-level", Map.of("level", 2, "count", budget.level2Tokens())));
        }
        return String.join(" · ", parts);
    }

    /**
     * The license as the skill writes it, linked to the file of the skill it names, as Anthropic's
     * skills write "Complete terms in LICENSE.txt"; where it writes none, the skill's own license
     * file. The collection's license is in every page's footer.
     */
    private void license(List<Fact> facts, Skill skill) {
        String written = Optional.ofNullable(skill.metadata().license()).filter(text -> !text.isBlank()).orElse(null);
        Map<String, String> files = new LinkedHashMap<>();
        skill.pages().forEach(page -> files.put(page.pathInSkill(), page.path().href()));
        skill.files().forEach(file -> files.put(file.pathInSkill(), file.path().href()));
        Optional<Map.Entry<String, String>> file = files.entrySet().stream()
                .filter(f -> written == null ? ContentTree.isLicense(f.getKey()) : names(written, f.getKey())).findFirst();
        if (written != null) {
            facts.add(new Fact(text.get("fact-license"), List.of(Value.link(written, file.map(Map.Entry::getValue).orElse(null))), false));
        } else {
            file.ifPresent(f -> facts.add(new Fact(text.get("fact-license"), List.of(Value.link(f.getKey(), f.getValue())), false)));
        }
    }

    /** Whether {@code text} names the file {@code path} as a word of its own, not as part of a longer name. */
    private static boolean names(String text, String path) {
        return Pattern.compile("(?<![\\w./-])" + Pattern.quote(path) + "(?![\\w/-])").matcher(text).find();
    }

    /**
     * Fields site-gen does not read, as written; a web address, such as homepage:, as a link; a
     * mapping, or a list of lists or mappings, as the YAML it is, which one line would run together.
     */
    private static List<Fact> extraFacts(List<ExtraField> extras) {
        List<Fact> facts = new ArrayList<>();
        for (ExtraField extra : extras) {
            if (!saysAnything(extra.value())) {
                continue;
            }
            // Only http(s), as no other scheme is safe to follow.
            if (extra.value() instanceof String url && SiteConfigReader.isWebAddress(url)) {
                facts.add(new Fact(extra.key(), List.of(Value.link(url.strip(), url.strip())), false));
            } else if (extra.value() instanceof Map<?, ?> || extra.value() instanceof List<?> list
                    && list.stream().anyMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>)) {
                StringBuilder yaml = new StringBuilder();
                yaml(extra.value(), "", yaml);
                facts.add(new Fact(extra.key(), List.of(new Value(yaml.toString().stripTrailing())), true, true));
            } else {
                text(facts, extra.key(), display(extra.value()));
            }
        }
        return facts;
    }

    /** What Claude Code's own fields say, in words: how the skill is invoked, and what it runs with. */
    private void invocation(List<Fact> facts, String name, Invocation invocation) {
        if (invocation.commandMatters()) {
            String hint = invocation.argumentHint() == null ? "" : " " + invocation.argumentHint();
            facts.add(new Fact(text.get("fact-command"), List.of(new Value("/" + name + hint)), true));
        }
        boolean byUser = !Boolean.FALSE.equals(invocation.userInvocable());
        boolean byModel = !Boolean.FALSE.equals(invocation.modelInvocable());
        if (!byUser || !byModel) {
            text(facts, text.get("fact-invoked-by"),
                    text.get(byUser ? "invoked-by-user" : byModel ? "invoked-by-model" : "invoked-by-no-one"));
        }
        text(facts, text.get("fact-model"), invocation.model());
        text(facts, text.get("fact-effort"), invocation.effort());
        if ("fork".equals(invocation.context())) {
            text(facts, text.get("fact-runs-in"), invocation.agent() == null ? text.get("runs-in-subagent")
                    : text.format("runs-in-named-subagent", Map.of("agent", invocation.agent())));
        } else {
            text(facts, text.get("fact-context"), invocation.context());
            text(facts, text.get("fact-agent"), invocation.agent());
        }
    }

    private Value catalogValue(String folder, String value) {
        return Value.entry(value, catalogFolders.contains(folder) ? Catalog.href(folder, value) : null);
    }

    /** The page of a library the site has, or null. */
    private String libraryHref(LibraryId id) {
        SitePath path = Library.pathFor(id);
        return site.libraries().stream().anyMatch(l -> l.path().equals(path)) ? path.href() : null;
    }

    private static void text(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, List.of(new Value(value)), false));
        }
    }

    private static void values(List<Fact> facts, String label, List<String> values, boolean code, Function<String, Value> toValue) {
        if (!values.isEmpty()) {
            facts.add(new Fact(label, values.stream().map(toValue).toList(), code));
        }
    }

    /** Whether a value holds any text: {@code emoji: ""}, or a mapping of such, says nothing. */
    private static boolean saysAnything(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(SiteRenderer::saysAnything);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(SiteRenderer::saysAnything);
        }
        return value != null && !value.toString().isBlank();
    }

    /**
     * A nested value as block YAML, each level indented two spaces, a mapping in a list begun on
     * the item's line, and every scalar as written (a library would quote {@code 3} or
     * {@code 1.0}, read as text, and wrap long lines); entries that say nothing are left out.
     */
    private static void yaml(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (saysAnything(item)) {
                    out.append(indent).append(key).append(':');
                    yamlItem(item, indent, out);
                }
            });
        } else if (value instanceof List<?> list) {
            for (Object item : list.stream().filter(SiteRenderer::saysAnything).toList()) {
                if (item instanceof Map<?, ?>) {
                    StringBuilder entries = new StringBuilder();
                    yaml(item, indent + "  ", entries);
                    out.append(indent).append("- ").append(entries, indent.length() + 2, entries.length());
                } else {
                    out.append(indent).append('-');
                    yamlItem(item, indent, out);
                }
            }
        }
    }

    /** What follows a key's colon or a list's dash: a scalar on its line, text of several lines as a block, else the nested value below. */
    private static void yamlItem(Object item, String indent, StringBuilder out) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
            out.append('\n');
            yaml(item, indent + "  ", out);
        } else if (item.toString().contains("\n")) {
            out.append(" |\n");
            item.toString().strip().lines().forEach(line -> out.append(indent).append("  ").append(line).append('\n'));
        } else {
            out.append(' ').append(item).append('\n');
        }
    }

    /** A front-matter value as one line of text. */
    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SiteRenderer::display).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
