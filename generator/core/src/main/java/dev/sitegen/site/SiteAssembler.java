package dev.sitegen.site;

import dev.sitegen.content.SourceFile;
import dev.sitegen.markdown.ConvertedMarkdown;
import dev.sitegen.markdown.MarkdownConverter;
import dev.sitegen.model.SiteConfig;
import dev.sitegen.model.SkillSource;
import dev.sitegen.model.SourceDocument;
import dev.sitegen.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The assemble stage: converts every page of every skill (in parallel, each once) with links
 * resolved through {@link Routes}, orders each skill's pages for reading, and gathers tags.
 */
public final class SiteAssembler {

    private final Path contentRoot;
    private final Routes routes;
    private final MarkdownConverter converter;
    private final Problems problems;

    private SiteAssembler(Path contentRoot, Routes routes, MarkdownConverter converter, Problems problems) {
        this.contentRoot = contentRoot;
        this.routes = routes;
        this.converter = converter;
        this.problems = problems;
    }

    public static Site assemble(SiteConfig config, Path contentRoot, Routes routes, MarkdownConverter converter,
                                Problems problems) {
        SiteAssembler assembler = new SiteAssembler(contentRoot, routes, converter, problems);
        List<Skill> skills = routes.skills().parallelStream().map(assembler::skill)
                .sorted(Comparator.comparing(Skill::name)).toList();
        return new Site(config, skills, tags(skills));
    }

    private Skill skill(SkillRoute route) {
        SkillSource source = route.source();
        Page main = page(source.skillDocument(), route, source.metadata().title(), source.metadata().name());
        List<Page> pages = new ArrayList<>();
        for (SourceDocument document : source.pages()) {
            String title = document.frontMatter().flatMap(f -> f.text("title", problems)).orElse(null);
            pages.add(page(document, route, title, fileTitle(document.source().file())));
        }
        pages.sort(READING_ORDER);
        List<SkillFile> files = new ArrayList<>();
        for (SourceFile file : source.folder().files()) {
            routes.file(file.path()).ifPresent(path -> files.add(new SkillFile(file, source.folder().pathInSkill(file), path)));
        }
        return new Skill(route.slug(), source.metadata(), main, pages, files);
    }

    /**
     * @param explicitTitle a title from front matter, which wins; may be null
     * @param fallbackTitle the title when there is neither that nor an opening heading
     */
    private Page page(SourceDocument document, SkillRoute skill, String explicitTitle, String fallbackTitle) {
        SourceFile file = document.source().file();
        SitePath path = routes.page(file.path()).orElseThrow();
        PageLinks links = new PageLinks(contentRoot, file.path(), path, routes, problems);
        ConvertedMarkdown converted = converter.convert(document.body(), document.bodyLine(), links);
        String title = Optional.ofNullable(explicitTitle).or(() -> Optional.ofNullable(converted.title())).orElse(fallbackTitle);
        return new Page(file, skill.source().folder().pathInSkill(file), path, title, converted.html(),
                converted.headings(), links.internalLinks(), document.source().text(), routes.file(file.path()).orElse(null));
    }

    /** {@code implementer-prompt.md} reads as "Implementer prompt". */
    static String fileTitle(SourceFile file) {
        String base = file.fileName().replaceFirst("(?i)\\.(md|markdown)$", "").replace('_', ' ').replace('-', ' ').strip();
        if (base.isEmpty()) {
            return file.fileName();
        }
        String lower = base.equals(base.toUpperCase(Locale.ROOT)) ? base.toLowerCase(Locale.ROOT) : base;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * Reference material first, then examples, then modules, then the rest; a skill's top-level
     * pages before those in folders; by title within each.
     */
    static final Comparator<Page> READING_ORDER = Comparator
            .comparingInt((Page p) -> group(p.pathInSkill()))
            .thenComparingInt(p -> p.pathInSkill().contains("/") ? 1 : 0)
            .thenComparing(p -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Page::pathInSkill);

    private static int group(String pathInSkill) {
        String first = pathInSkill.toLowerCase(Locale.ROOT).split("/")[0];
        if (first.startsWith("reference")) {
            return 0;
        }
        if (first.startsWith("example")) {
            return 1;
        }
        if (first.startsWith("module")) {
            return 2;
        }
        return 3;
    }

    private static List<Tag> tags(List<Skill> skills) {
        Map<SitePath, List<Skill>> byPath = new LinkedHashMap<>();
        Map<SitePath, String> names = new LinkedHashMap<>();
        for (Skill skill : skills) {
            for (String tag : skill.metadata().tags()) {
                SitePath path = Tag.pathFor(tag);
                names.putIfAbsent(path, tag);
                List<Skill> tagged = byPath.computeIfAbsent(path, p -> new ArrayList<>());
                if (!tagged.contains(skill)) {
                    tagged.add(skill);
                }
            }
        }
        return byPath.entrySet().stream()
                .map(e -> new Tag(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
