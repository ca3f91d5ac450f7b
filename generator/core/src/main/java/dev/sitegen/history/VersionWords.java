package dev.sitegen.history;

/**
 * The words versions are called by in the site's language, where their own names do not tell
 * them apart; each a text of the theme with its value in braces.
 *
 * @param revised after a version whose text changed while its number did not: "revised {day}"
 * @param revision for a text with neither date nor commit: "revision {number}"
 * @param draft a text with no version, snapshot or date
 */
public record VersionWords(String revised, String revision, String draft) {

    String revised(String day) {
        return revised.replace("{day}", day);
    }

    String revision(int number) {
        return revision.replace("{number}", String.valueOf(number));
    }
}
