package dev.sitegen.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page into what search finds: a section for each heading, from the heading to the next
 * one, and one for the text before the first heading. A reader who searches for a topic lands on
 * the heading that treats it, not at the top of a long page.
 */
public final class PageSections {

    private PageSections() {
    }

    /**
     * @param url the page's URL relative to the site root; a section's adds {@code #} and its heading's id
     * @param title the page's title, searched in every section: a section is about its page's topic too
     * @param keywords the skill's tags and trigger keywords, searched in every section likewise
     * @param boost see {@link SearchDocument#boost()}
     * @param html the page's body as the Markdown stage made it, headings carrying their ids
     */
    public static List<SearchDocument> of(String url, String title, List<String> keywords, double boost, String html) {
        List<SearchDocument> sections = new ArrayList<>();
        String sectionUrl = url;
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (isHeading(node)) {
                if (!heading.isEmpty() || !text.isEmpty()) {
                    sections.add(new SearchDocument(sectionUrl, title, heading, text.toString(), keywords, boost));
                }
                Element element = (Element) node;
                sectionUrl = element.id().isEmpty() ? url : url + "#" + element.id();
                heading = element.text();
                text.setLength(0);
            } else {
                String nodeText = node instanceof Element element ? element.text()
                        : node instanceof TextNode textNode ? textNode.text().strip() : "";
                if (!nodeText.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n").append(nodeText);
                }
            }
        }
        if (!heading.isEmpty() || !text.isEmpty() || sections.isEmpty()) {
            sections.add(new SearchDocument(sectionUrl, title, heading, text.toString(), keywords, boost));
        }
        return sections;
    }

    private static boolean isHeading(Node node) {
        return node instanceof Element element && element.tagName().matches("h[1-6]");
    }
}
