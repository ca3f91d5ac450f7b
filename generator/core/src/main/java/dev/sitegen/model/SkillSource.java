package dev.sitegen.model;

import dev.sitegen.content.SkillFolder;

import java.util.List;

/**
 * A skill as read from disk: its folder, its front matter, and every Markdown page decoded and
 * split from its own front matter.
 *
 * @param pages the further pages, in the folder's path order
 */
public record SkillSource(SkillFolder folder, SkillMetadata metadata, SourceDocument skillDocument,
                          List<SourceDocument> pages) {

    public SkillSource {
        pages = List.copyOf(pages);
    }
}
