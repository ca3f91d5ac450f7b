package dev.sitegen.markdown;

import java.util.Map;

/**
 * The words that pages' Markdown is rendered with, in the site's language.
 *
 * @param sectionLink what a heading's link to itself is called, for screen readers
 * @param missingSkill the title of a skill named but not in the site
 * @param notInSite what follows such a skill's name
 * @param alerts the titles of GitHub's alerts by kind: note, tip, important, warning, caution
 * @param unlinked why a link is shown as text, by reason, its detail as {@code {detail}}
 */
public record Wording(String sectionLink, String missingSkill, String notInSite, Map<String, String> alerts,
                      Map<LinkTarget.Unlinked.Why, String> unlinked) {

    public Wording {
        alerts = Map.copyOf(alerts);
        unlinked = Map.copyOf(unlinked);
    }

    /** Why a link was shown as text, its detail filled in. */
    String reason(LinkTarget.Unlinked link) {
        return unlinked.get(link.why()).replace("{detail}", link.detail());
    }
}
