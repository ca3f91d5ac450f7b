package dev.sitegen.library;

import java.util.List;

/**
 * What the site's authors say about a library in {@code libraries.yaml}. Fields they left out are null.
 *
 * @param aliases other ids of the same library, such as {@code /fastapi/fastapi} for {@code /tiangolo/fastapi}
 */
public record LibraryEntry(LibraryId id, String title, String description, String github, String docs,
                           List<LibraryId> aliases) {

    public LibraryEntry {
        aliases = List.copyOf(aliases);
    }
}
