package dev.sitegen.site;

import dev.sitegen.library.LibraryId;
import dev.sitegen.markdown.Section;
import dev.sitegen.problem.SourceLocation;

/**
 * A place a page names a Context7 library.
 *
 * @param inCode whether the id stands inside a code block, where it stays code
 */
public record LibraryMention(LibraryId id, Section section, SourceLocation at, boolean inCode) {
}
