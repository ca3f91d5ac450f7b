package dev.sitegen.model;

import dev.sitegen.content.SkillFolder;
import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.TextDecoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parse stage for one skill: decodes its Markdown files and reads its front matter. */
public final class SkillReader {

    private SkillReader() {
    }

    /** The skill, or empty when its SKILL.md cannot be used (the reasons are reported). */
    public static Optional<SkillSource> read(SkillFolder folder, Problems problems) {
        Optional<SourceDocument> skill = document(folder.skillFile(), problems);
        if (skill.isEmpty()) {
            return Optional.empty();
        }
        Optional<SkillMetadata> metadata = SkillMetadataReader.read(skill.get(), problems);
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        List<SourceDocument> pages = new ArrayList<>();
        for (SourceFile page : folder.pages()) {
            page(page, problems).ifPresent(pages::add);
        }
        return Optional.of(new SkillSource(folder, metadata.get(), skill.get(), pages));
    }

    private static Optional<SourceDocument> document(SourceFile file, Problems problems) {
        return TextDecoder.read(file, problems).map(text -> SourceDocument.split(text, problems));
    }

    /**
     * A further page. Agents read only SKILL.md's front matter, so a fault in a page's own is a
     * warning, and the page is shown without it rather than the whole site held back. What YAML
     * reads as no keys at all was never front matter: the page opens with a rule (---), and all
     * of it is Markdown.
     */
    private static Optional<SourceDocument> page(SourceFile file, Problems problems) {
        return TextDecoder.read(file, problems).map(text -> {
            Problems frontMatter = new Problems();
            SourceDocument document = SourceDocument.split(text, frontMatter);
            if (frontMatter.sorted().stream().anyMatch(problem -> problem.code().equals(YamlMapping.NOT_A_MAPPING))) {
                return SourceDocument.withoutFrontMatter(text);
            }
            frontMatter.sorted().forEach(problem -> problems.add(problem.asWarning()));
            return document;
        });
    }
}
