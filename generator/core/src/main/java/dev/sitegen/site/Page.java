package dev.sitegen.site;

import dev.sitegen.content.SourceFile;
import dev.sitegen.markdown.Heading;
import dev.sitegen.markdown.RelativeUrl;
import dev.sitegen.markdown.TextSection;
import dev.sitegen.model.ExtraField;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of a skill, converted: its SKILL.md or one of its further Markdown pages.
 *
 * @param pathInSkill the source's path inside the skill folder, {@code SKILL.md} or {@code modules/x.md}
 * @param titleId the id of the heading its title was taken from, which links may point at; null if none
 * @param description a further page's own, from its front matter; null if it has none, and for SKILL.md,
 *     which the skill's description describes
 * @param opening the text of its first paragraph, which describes it where nothing else does; null if none
 * @param fields a further page's other front-matter fields, in source order; none for SKILL.md, whose
 *     fields are the skill's metadata
 * @param html the body, sanitised
 * @param links the page's links to pages and files of the site
 * @param markdown the decoded, repaired source text, published beside the page for agents
 * @param markdownPath where that text is published
 * @param libraries the Context7 libraries the page names
 * @param missingSkills the skills it names that the site does not have
 * @param lastUpdated the day its source last changed (its last commit, else its front matter's
 *     {@code updated:}), or null when neither is known
 * @param bodyStart where the Markdown body starts in {@code markdown}, after the front matter
 * @param sections its plain text cut at its headings, for search
 * @param openFence the marker of a code fence its body opens and never closes, which must close
 *     it where the body is joined to others; null if none
 * @param htmlIds the ids its raw HTML gives, which links may point at as they may at its headings
 * @param relativeUrls where its body writes URLs relative to the page
 */
public record Page(SourceFile source, String pathInSkill, SitePath path, String title, String titleId, String description,
                   String opening, List<ExtraField> fields, String html, List<Heading> headings, List<InternalLink> links, String markdown, SitePath markdownPath,
                   List<LibraryMention> libraries, List<SkillReference> missingSkills, String lastUpdated, int bodyStart,
                   List<TextSection> sections, String openFence, List<String> htmlIds,
                   List<RelativeUrl> relativeUrls) {

    public Page {
        fields = List.copyOf(fields);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        libraries = List.copyOf(libraries);
        missingSkills = List.copyOf(missingSkills);
        sections = List.copyOf(sections);
        htmlIds = List.copyOf(htmlIds);
        relativeUrls = List.copyOf(relativeUrls);
    }

    /**
     * This page as an older version of a skill's main page: it links to nothing the site checks and
     * names no skill missing, since its problems are history, and its Markdown is at {@code markdownPath}.
     */
    public Page asOlderVersion(SitePath markdownPath) {
        return new Page(source, pathInSkill, path, title, titleId, description, opening, fields, html, headings, List.of(), markdown,
                markdownPath, libraries, List.of(), lastUpdated, bodyStart, sections, openFence, htmlIds, relativeUrls);
    }

    /**
     * What names each page where pages are listed: its title, followed by its file when another of
     * them has the same title, as a README.md and an AGENTS.md often do.
     *
     * @param folder the folder all of them are in, which the file's path is given from; "" for the skill's
     */
    public static Map<Page, String> labels(List<Page> pages, String folder) {
        Map<String, Long> titles = pages.stream().collect(Collectors.groupingBy(Page::title, Collectors.counting()));
        Function<Page, String> file = folder.isEmpty() ? Page::pathInSkill : p -> p.pathInSkill().substring(folder.length() + 1);
        Map<Page, String> labels = new IdentityHashMap<>();
        pages.forEach(p -> labels.put(p, titles.get(p.title()) > 1 ? p.title() + " (" + file.apply(p) + ")" : p.title()));
        return labels;
    }

    /** The Markdown body, front matter removed: what {@link #headings()} offsets point into. */
    public String body() {
        return markdown.substring(bodyStart);
    }
}
