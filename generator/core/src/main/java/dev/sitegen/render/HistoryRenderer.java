package dev.sitegen.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sitegen.history.Comparison;
import dev.sitegen.history.Revision;
import dev.sitegen.history.Version;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.render.Views.ChangesView;
import dev.sitegen.render.Views.DiffLine;
import dev.sitegen.render.Views.DocView;
import dev.sitegen.render.Views.HistoryView;
import dev.sitegen.render.Views.HunkView;
import dev.sitegen.render.Views.Link;
import dev.sitegen.render.Views.NavGroup;
import dev.sitegen.render.Views.SkillCard;
import dev.sitegen.render.Views.VersionNote;
import dev.sitegen.render.Views.VersionSummary;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.SitePath;
import dev.sitegen.site.Skill;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A skill's history in the site: the history page listing every version, a page of what changed
 * in each, each older version rendered in full, the texts for comparing any two, and the Atom feed
 * of skill updates.
 */
final class HistoryRenderer {

    /** The feed lists this many of the newest versions, across skills. */
    private static final int FEED_ENTRIES = 100;

    private final Templates templates;
    private final ThemeText text;

    HistoryRenderer(Templates templates) {
        this.templates = templates;
        this.text = templates.text();
    }

    /** A version, as the feed lists it: its page, and an id that stays the same from build to build. */
    record FeedEntry(Skill skill, VersionSummary version, SitePath page, Instant date, String id) {

        /**
         * Its id is a valid IRI, part of a URN or a fragment: the skill's address, not its name, which
         * may hold spaces, and its text's; a text brought back, as by a revert, adds its commit, or
         * "current" until it is committed, when its entry comes again with the commit's id.
         *
         * @param again whether an earlier version of the skill had the same text
         */
        FeedEntry(Skill skill, Skill.SkillVersion version, VersionSummary summary, boolean again) {
            this(skill, summary, version.page().path(), version.version().revision().date(),
                    SitePath.encodeSegment(skill.slug()) + ":" + SitePath.encodeSegment(version.version().revision().id()
                            + (again ? "-" + Objects.requireNonNullElse(version.version().revision().shortCommit(), "current") : "")));
        }
    }

    /**
     * Renders the skill's history pages, when it has more than one version to show.
     *
     * @param feed where the skill's versions go, for the feed
     * @return what the skill's main page says of its version, or null when history is off or nothing is known of it
     */
    VersionNote skill(Skill skill, SkillCard card, Consumer<FeedEntry> feed) {
        List<Skill.SkillVersion> versions = skill.versions();
        if (versions.isEmpty()) {
            return null;
        }
        if (versions.size() == 1) {
            Version only = versions.get(0).version();
            feed.accept(new FeedEntry(skill, versions.get(0), summary(skill, versions.get(0), null), false));
            // Nothing to say of a text with no version, no snapshot and no date, as from a package without git.
            boolean known = only.revision().date() != null || only.revision().snapshot() != null
                    || only.metadata() != null && only.metadata().version() != null;
            return known ? new VersionNote(only.label(), only.revision().day(), null, null, null, 1) : null;
        }
        SitePath historyPath = SitePath.page(skill.historyFolder());
        List<VersionSummary> summaries = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Comparison comparison = i == 0 ? null : compare(versions.get(i - 1), versions.get(i));
            comparisons.add(comparison);
            summaries.add(summary(skill, versions.get(i), comparison));
        }
        VersionSummary latest = summaries.get(summaries.size() - 1);
        Set<String> fed = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            Skill.SkillVersion version = versions.get(i);
            if (!version.current()) {
                olderVersion(skill, card, version, summaries.get(i), latest, versions.size());
            }
            if (comparisons.get(i) != null) {
                changes(skill, card, summaries.get(i - 1), summaries.get(i), comparisons.get(i));
            }
            feed.accept(new FeedEntry(skill, version, summaries.get(i), !fed.add(version.version().revision().text())));
        }
        List<VersionSummary> newestFirst = new ArrayList<>(summaries);
        java.util.Collections.reverse(newestFirst);
        SitePath texts = SitePath.of(skill.historyFolder() + "/versions.json");
        Map<String, Object> context = new HashMap<>();
        context.put("history", new HistoryView(card, newestFirst, texts.href()));
        Map<String, String> named = Map.of("skill", skill.name());
        templates.render("history", historyPath, templates.page("history", historyPath, text.format("history-title", named),
                text.format("history-description", named),
                List.of(home(), new Link(skill.name(), skill.path().href()), new Link(text.get("history"), null)), null, null), context);
        templates.writer().write(texts, texts(versions, summaries));
        return new VersionNote(latest.label(), latest.date(), null, null, historyPath.href(), versions.size());
    }

    private static Comparison compare(Skill.SkillVersion older, Skill.SkillVersion newer) {
        return Comparison.between(older.version(), older.page().headings(), newer.version(), newer.page().headings());
    }

    private VersionSummary summary(Skill skill, Skill.SkillVersion version, Comparison comparison) {
        Revision revision = version.version().revision();
        String slug = version.version().slug();
        SiteConfig config = templates.config();
        String commitUrl = revision.commit() == null || config.repositoryUrl() == null ? null
                : config.repositoryUrl() + "/commit/" + revision.commit();
        return new VersionSummary(version.version().label(), slug, revision.day(),
                revision.shortCommit(), commitUrl, revision.author(), revision.message(), revision.snapshot(), version.page().path().href(),
                comparison == null ? null : changesPath(skill, slug).href(),
                comparison == null ? text.get("first-version") : summary(comparison),
                version.current());
    }

    private static SitePath changesPath(Skill skill, String slug) {
        return SitePath.page(skill.historyFolder() + "/" + slug);
    }

    private void olderVersion(Skill skill, SkillCard card, Skill.SkillVersion version, VersionSummary summary,
                              VersionSummary latest, int count) {
        Page page = version.page();
        VersionNote note = new VersionNote(summary.label(), summary.date(), skill.path().href(), latest.label(),
                SitePath.page(skill.historyFolder()).href(), count);
        // The version read stands where the skill's main page does, marked as the page being read.
        List<NavGroup> versionNav = SkillNav.of(skill.allPages(), skill.main(), page.path().href());
        // The description as that version wrote it: what the skill said it was for then.
        String description = version.version().metadata() == null ? null : version.version().metadata().lead();
        DocView doc = new DocView(card, page.title(), page.titleId(), description, new SafeString(page.html()),
                SiteRenderer.toc(page.headings()), versionNav, List.of(), List.of(), null, null, note, page.lastUpdated());
        Map<String, Object> context = new HashMap<>();
        context.put("doc", doc);
        Map<String, String> named = Map.of("skill", skill.name(), "version", summary.label());
        templates.render("version", page.path(), templates.page("version", page.path(), text.format("version-title", named),
                text.format("version-description", named),
                List.of(home(), new Link(skill.name(), skill.path().href()), historyLink(skill), new Link(summary.label(), null)),
                page.markdownPath().href(), null), context);
        templates.writer().write(page.markdownPath(), page.markdown());
    }

    /**
     * A front-matter field as the metadata panel labels it, in the site's language; one the panel
     * does not label, such as {@code argument-hint} or a collection's own, by its key.
     */
    private String fieldLabel(String field) {
        String label = "fact-" + field;
        return text.has(label) ? text.get(label) : field;
    }

    private void changes(Skill skill, SkillCard card, VersionSummary from, VersionSummary to, Comparison comparison) {
        SitePath path = changesPath(skill, to.slug());
        ChangesView view = new ChangesView(card, from, to, summary(comparison),
                comparison.fields().stream().map(f -> new Views.FieldChange(fieldLabel(f.field()), f.before(), f.after())).toList(),
                comparison.sections().stream().map(s -> new Views.SectionChange(s.heading(), s.change().name().toLowerCase(Locale.ROOT), s.from())).toList(),
                comparison.hunks().stream().map(h -> new HunkView(h.lines().stream().map(l -> new DiffLine(l.kind().name().toLowerCase(Locale.ROOT),
                        l.oldNumber(), l.newNumber(), new SafeString(l.html()))).toList())).toList(),
                SitePath.page(skill.historyFolder()).href());
        Map<String, Object> context = new HashMap<>();
        context.put("changes", view);
        String title = text.format("changes-title", Map.of("version", to.label()));
        templates.render("changes", path, templates.page("changes", path, title + " · " + skill.name(),
                text.format("changes-description", Map.of("skill", skill.name(), "from", from.label(), "to", to.label(),
                        "summary", view.summary())),
                List.of(home(), new Link(skill.name(), skill.path().href()), historyLink(skill), new Link(title, null)), null, null), context);
    }

    private Link historyLink(Skill skill) {
        return new Link(text.get("history"), SitePath.page(skill.historyFolder()).href());
    }

    /** "1 section added, 1 section changed; +40 −12 lines; 2 fields changed", or that the text did not change. */
    private String summary(Comparison comparison) {
        if (comparison.isEmpty()) {
            return text.get("no-change");
        }
        Map<Comparison.Change, Long> counts = comparison.sections().stream()
                .collect(Collectors.groupingBy(Comparison.SectionChange::change, Collectors.counting()));
        List<String> sections = new ArrayList<>();
        for (Comparison.Change change : Comparison.Change.values()) {
            long n = counts.getOrDefault(change, 0L);
            if (n > 0) {
                sections.add(text.format("sections-" + change.name().toLowerCase(Locale.ROOT), Map.of("count", n)));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!sections.isEmpty()) {
            parts.add(String.join(text.get("summary-list"), sections));
        }
        parts.add(text.format("lines-changed", Map.of("added", comparison.linesAdded(), "removed", comparison.linesRemoved())));
        if (!comparison.fields().isEmpty()) {
            parts.add(text.format("fields-changed", Map.of("count", comparison.fields().size())));
        }
        return String.join(text.get("summary-parts"), parts);
    }

    /** Every version's text, for the history page's "compare any two", which runs in the browser. */
    private static byte[] texts(List<Skill.SkillVersion> versions, List<VersionSummary> summaries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartArray();
            for (int i = 0; i < versions.size(); i++) {
                json.writeStartObject();
                json.writeStringField("slug", summaries.get(i).slug());
                json.writeStringField("label", summaries.get(i).label());
                json.writeStringField("text", versions.get(i).version().revision().text());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** To the second: a file's time carries nanoseconds, which no reader of a feed needs. */
    private static String atomDate(Instant date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Whether the site has a feed: a version with a date to list. A version without one (a snapshot
     * with no {@code updated:}, a file with a packager's time) is no news to anyone.
     */
    static boolean hasFeed(Site site) {
        return site.skills().stream().flatMap(skill -> skill.versions().stream()).anyMatch(v -> v.version().revision().date() != null);
    }

    /** {@code feed.xml}: the newest dated versions of all skills, as Atom. */
    void feed(Site site, Collection<FeedEntry> versions) {
        List<FeedEntry> entries = new ArrayList<>(versions.stream().filter(e -> e.date() != null).toList());
        if (entries.isEmpty()) {
            return;
        }
        entries.sort(Comparator.comparing(FeedEntry::date, Comparator.reverseOrder())
                .thenComparing(e -> e.skill().name()).thenComparing(e -> e.version().label()));
        List<Map<String, String>> items = new ArrayList<>();
        String base = site.config().baseUrl() == null ? "" : site.config().baseUrl();
        String newest = atomDate(entries.get(0).date());
        for (FeedEntry entry : entries.subList(0, Math.min(FEED_ENTRIES, entries.size()))) {
            Map<String, String> item = new HashMap<>();
            item.put("title", entry.skill().name() + " " + entry.version().label());
            item.put("href", base + entry.page().urlPath());
            item.put("id", site.config().baseUrl() == null ? "urn:site-gen:" + entry.id() : base + entry.skill().path().urlPath() + "#" + entry.id());
            item.put("updated", atomDate(entry.date()));
            // Why the version changed, in its author's words, before what the skill is.
            String message = entry.version().message() == null ? "" : entry.version().message() + " — ";
            item.put("summary", message + entry.skill().metadata().description() + " (" + entry.version().summary() + ")");
            item.put("author", entry.version().author());
            items.add(item);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("entries", items);
        context.put("updated", newest);
        context.put("feedUrl", base + "feed.xml");
        context.put("feedId", base.isEmpty() ? "urn:site-gen:feed:" + dev.sitegen.text.ContentHash.of(site.config().title(), 6) : base + "feed.xml");
        context.put("homeUrl", base.isEmpty() ? "index.html" : base);
        SitePath path = SitePath.of("feed.xml");
        templates.render("feed", path, templates.page("feed", path, site.config().title(), site.config().description(), List.of(), null, null),
                context);
    }

    private Link home() {
        return new Link(templates.config().title(), SitePath.HOME.href());
    }
}
