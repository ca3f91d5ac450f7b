package dev.sitegen.markdown;

import java.util.Optional;

/**
 * Decides where the references of one page go. The Markdown stage knows syntax, not the site: it
 * asks this for every link, image and raw-HTML {@code href}/{@code src}, and for the references
 * skills write as plain text (page names, skill names, Context7 library ids); the site stage
 * answers, records what it needs and reports what is broken, with the line.
 */
public interface LinkPolicy {

    /**
     * A link or image URL.
     *
     * @param image whether it is an image source rather than a link
     * @param line the 1-based line of the source file it stands on
     */
    LinkTarget resolve(String url, boolean image, int line);

    /**
     * A page named in plain text, such as "reference.md for complete reference documentation";
     * empty, and no problem, when there is no such page.
     *
     * @return the href of the page
     */
    default Optional<String> mentionedPage(String path, int line) {
        return Optional.empty();
    }

    /**
     * A skill or page named in a list of related skills ("Works Well With"), or in code.
     *
     * @return the href of its page, or empty when the site does not have it or it is the page the name is on
     */
    default Optional<String> skill(String name, int line) {
        return Optional.empty();
    }

    /**
     * A skill named in a list of related skills that the site has no page for by that name.
     *
     * @return whether the site lacks it, and it is shown as missing; false when some pages share
     *     the name, which then names none of them
     */
    default boolean missingSkill(String name, int line) {
        return true;
    }

    /**
     * A Context7 library id.
     *
     * @param expected whether it stands where ids are expected (under a Context7 heading), so that
     *     an id the registry does not know is still taken as one
     * @return the href of the library's page, or empty when it is not taken as a library
     */
    default Optional<String> library(String id, Section section, boolean expected, int line) {
        return Optional.empty();
    }

    /** A library id inside a code block: shown as code, recorded as a use. */
    default void libraryInCode(String id, Section section, int line) {
    }

    /** Keeps every URL: for pages whose links need no rewriting. */
    LinkPolicy KEEP_ALL = (url, image, line) -> LinkTarget.KEEP;
}
