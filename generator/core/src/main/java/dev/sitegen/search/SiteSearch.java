package dev.sitegen.search;

import dev.sitegen.markdown.TextSection;
import dev.sitegen.site.Page;
import dev.sitegen.site.Site;
import dev.sitegen.site.Skill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What search finds in a site: every section of every page of every skill, current versions only.
 * A section's title names its skill and page, so a result reads "skill › page › heading", and
 * carries the skill's tags and trigger keywords.
 */
public final class SiteSearch {

    private SiteSearch() {
    }

    public static List<SearchDocument> documents(Site site) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Skill skill : site.skills()) {
            List<String> keywords = new ArrayList<>(skill.metadata().tags());
            keywords.addAll(skill.metadata().triggers().keywords());
            // A further page that shares its title with another, as a README often does SKILL.md's, is named with its file.
            Map<Page, String> labels = Page.labels(skill.allPages(), "");
            for (Page page : skill.allPages()) {
                boolean main = page == skill.main();
                String title = main ? skill.name() : skill.name() + " › " + labels.get(page);
                String lead = main ? skill.metadata().lead() : page.description();
                documents.addAll(page(page.path().href(), title, page.title(), keywords, withLead(page.sections(), lead)));
            }
        }
        return documents;
    }

    /**
     * A page's sections with its lead, the description shown above its text, opening the first:
     * a skill's description says when to use it, in the words readers search by, and is often the
     * only place those words are.
     */
    private static List<TextSection> withLead(List<TextSection> sections, String lead) {
        if (lead == null || lead.isBlank()) {
            return sections;
        }
        List<TextSection> all = new ArrayList<>(sections);
        if (!all.isEmpty() && all.get(0).headingId() == null) {
            all.set(0, new TextSection(null, "", lead.strip() + "\n" + all.get(0).text()));
        } else {
            all.add(0, new TextSection(null, "", lead.strip()));
        }
        return all;
    }

    /**
     * The documents of one page: a section each, and the page's opening always, with no text if the
     * page has none before its first heading, since search finds a page by its title there.
     *
     * @param title what results name the page by
     * @param pageTitle the page's own title, which the text before the first heading goes by
     */
    public static List<SearchDocument> page(String url, String title, String pageTitle, List<String> keywords,
                                            List<TextSection> sections) {
        List<SearchDocument> documents = new ArrayList<>();
        if (sections.isEmpty() || sections.get(0).headingId() != null) {
            documents.add(new SearchDocument(url, title, pageTitle, "", keywords));
        }
        for (TextSection section : sections) {
            boolean opening = section.headingId() == null;
            documents.add(new SearchDocument(opening ? url : url + "#" + section.headingId(), title,
                    opening ? pageTitle : section.heading(), section.text(), keywords));
        }
        return documents;
    }
}
