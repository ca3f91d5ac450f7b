package dev.sitegen.render;

import dev.sitegen.model.SiteConfigReader;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/**
 * What templates see. Links are paths from the site root, percent-encoded, that templates prefix
 * with {@code page.root}, but for a {@link Value#external()} web address; HTML is typed
 * {@link SafeString} only where the generator produced and sanitised it. Everything else is
 * escaped by the templates.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page's layout needs.
     *
     * @param kind which template rendered it: home, skill, page, tag, tags, not-found
     * @param root the prefix from this page to the site root: "../../", or the base path on the 404 page
     * @param canonicalUrl the page's absolute URL, or null when the base URL is not configured
     * @param sourceHref the page's Markdown source, or null
     * @param editUrl where to edit the page in the repository, or null
     */
    public record PageView(String kind, String title, String description, String root, String canonicalUrl,
                           String sourceHref, String editUrl, List<Link> breadcrumbs) {
    }

    /** A link or a label; {@code href} is null for a label. */
    public record Link(String text, String href) {
    }

    /**
     * One row of a skill's metadata panel; {@code code} values are names of tools, ids or keywords;
     * a {@code block} is one value of several lines, YAML whose indents show what belongs to what.
     */
    public record Fact(String label, List<Value> values, boolean code, boolean block) {
        Fact(String label, List<Value> values, boolean code) {
            this(label, values, code, false);
        }
    }

    /**
     * A value of the metadata panel: a link when {@code href} is set, shown as a tag when it is an
     * entry of a list of the site (a tag, a category), and {@code missing} when it names a skill the
     * site does not have.
     */
    public record Value(String text, String href, boolean tag, boolean missing) {
        Value(String text) {
            this(text, null, false, false);
        }

        static Value link(String text, String href) {
            return new Value(text, href, false, false);
        }

        /** An entry of a list of the site, linked to that list's page when it has one. */
        static Value entry(String text, String href) {
            return new Value(text, href, href != null, false);
        }

        static Value missing(String text) {
            return new Value(text, null, false, true);
        }

        /** Whether {@code href} is a web address of its own, not a path in the site. */
        public boolean external() {
            return href != null && SiteConfigReader.isWebAddress(href);
        }
    }

    /** A skill as the catalog and tag pages list it. */
    public record SkillCard(String name, String title, String description, String version, String status,
                            String updated, String href, List<Link> tags) {
    }

    /** An entry of a skill's page list. */
    public record NavItem(String title, String href, boolean current) {
    }

    /**
     * The pages of one folder of a skill, in its page list.
     *
     * @param folder the folder's path in the skill; null for the pages beside SKILL.md
     * @param open whether the group shows its pages or only its folder
     */
    public record NavGroup(String folder, boolean open, List<NavItem> pages) {
    }

    /** A heading in a page's contents list; {@code depth} 1 for the outermost level, 2 for the one inside it. */
    public record TocEntry(int depth, String id, String text) {
    }

    /**
     * A page of a skill: its main page, a further one, or an older version of its main page.
     *
     * @param titleId the id of the heading the title was taken from, for the title to keep; null if none
     * @param nav the skill's pages, folder by folder
     * @param facts the metadata panel, on the main page only
     * @param files the skill's other files (scripts, data), on the main page only
     * @param version which version the page shows, on the main page and older versions; else null
     * @param lastUpdated the day the page's source last changed, or null
     */
    public record DocView(SkillCard skill, String title, String titleId, String lead, SafeString html, List<TocEntry> toc,
                          List<NavGroup> nav, List<Fact> facts, List<Link> files, Link previous, Link next, VersionNote version,
                          String lastUpdated) {

        /** The skill's pages in one list, folders aside: how many there are, and for templates that list them flat. */
        public List<NavItem> pages() {
            return nav.stream().flatMap(group -> group.pages().stream()).toList();
        }
    }

    /**
     * Which version a page shows.
     *
     * @param latestHref on an older version's page, the skill's page, which shows the latest; else null
     * @param historyHref the skill's history page, or null when it has a single version
     * @param count how many versions the skill has
     */
    public record VersionNote(String label, String date, String latestHref, String latestLabel,
                              String historyHref, int count) {
    }

    /**
     * A version in a skill's history.
     *
     * @param href its page: the skill's page for the current version
     * @param changesHref what changed from the version before it; null for the first
     * @param summary that change in one line ("2 sections changed; +10 −3 lines"), or "first version"
     * @param commitUrl the commit in the repository, when the repository is configured
     * @param message the first line of the commit's message, or null
     */
    public record VersionSummary(String label, String slug, String date, String commit, String commitUrl, String author,
                                 String message, String snapshot, String href, String changesHref, String summary, boolean current) {
    }

    /** A skill's history page: its versions, newest first, and where the compare form loads their texts. */
    public record HistoryView(SkillCard skill, List<VersionSummary> versions, String textsHref) {
    }

    /** What changed between two versions. */
    public record ChangesView(SkillCard skill, VersionSummary from, VersionSummary to, String summary,
                              List<FieldChange> fields, List<SectionChange> sections, List<HunkView> hunks,
                              String historyHref) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    /**
     * @param change "added", "removed", "changed" or "renamed"
     * @param from a renamed section's heading before, else null
     */
    public record SectionChange(String heading, String change, String from) {
    }

    public record HunkView(List<DiffLine> lines) {
    }

    /** @param kind "same", "removed" or "added"; {@code html} is escaped text with {@code <del>}/{@code <ins>} marks */
    public record DiffLine(String kind, int oldNumber, int newNumber, SafeString html) {
    }

    /** A tag with the number of skills that carry it. */
    public record TagCount(String name, String href, int count) {
    }

    /** A skill in a list: its name, page and description. */
    public record SkillLink(String name, String href, String description) {
    }

    /** A value of a catalog (a category, a tool, a keyword) in its page's index, with how many skills carry it. */
    public record CatalogEntry(String name, String anchor, int skills) {
    }

    /** Values of a catalog that the same skills carry, and those skills. */
    public record CatalogGroup(List<CatalogEntry> entries, List<SkillLink> skills) {
    }

    /**
     * A Context7 library.
     *
     * @param known whether the site's registry describes it
     * @param githubUrl its repository, or null for ids that are not GitHub repositories
     * @param uses each skill that uses it, with links to the sections that do
     */
    public record LibraryView(String id, String title, String description, String href, boolean known, String context7Url,
                              String llmsTxtUrl, String githubUrl, String docsUrl, List<String> aliases, List<String> versions,
                              List<LibraryUse> uses) {
    }

    /** A skill's uses of a library: the places, each a link to a page or section. */
    public record LibraryUse(SkillLink skill, List<Link> places) {
    }
}
