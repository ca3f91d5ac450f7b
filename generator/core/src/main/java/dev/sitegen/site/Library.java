package dev.sitegen.site;

import dev.sitegen.library.LibraryEntry;
import dev.sitegen.library.LibraryId;
import dev.sitegen.markdown.Section;
import dev.sitegen.text.FileNames;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Context7 library as the site shows it, on its own page: what the registry says of it (or only
 * its id, when the registry does not know it), the versions skills name, and every use.
 *
 * @param entry the registry's entry, or null
 */
public record Library(LibraryId id, LibraryEntry entry, List<String> versions, List<Use> uses) {

    public Library {
        versions = List.copyOf(versions);
        uses = List.copyOf(uses);
    }

    /**
     * A skill's use of the library.
     *
     * @param page the page naming it, or the skill's page when its front matter does
     * @param section the heading it stands under ({@link Section#TOP} before the first one)
     * @param olderVersion the label of the older version of the skill that uses it, or null for the current one
     */
    public record Use(Skill skill, Page page, Section section, Kind kind, String olderVersion) {
    }

    /** Where a use stands: in the text, in a code block, or in the skill's front matter. */
    public enum Kind {
        TEXT, CODE, FRONT_MATTER
    }

    public String title() {
        return entry != null && entry.title() != null ? entry.title() : id.project();
    }

    public SitePath path() {
        return pathFor(id);
    }

    public List<Skill> skills() {
        // By identity: a skill's equals compares every page it holds.
        Set<Skill> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return uses.stream().map(Use::skill).filter(seen::add).toList();
    }

    /** The page of a library, by its id without version, in lowercase so that spellings meet. */
    public static SitePath pathFor(LibraryId id) {
        LibraryId base = id.base();
        return SitePath.page("libraries/" + FileNames.shortened(base.owner().toLowerCase(Locale.ROOT)) + "/"
                + FileNames.shortened(base.project().toLowerCase(Locale.ROOT)));
    }
}
