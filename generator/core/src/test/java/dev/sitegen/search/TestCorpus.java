package dev.sitegen.search;

import dev.sitegen.render.ThemeText;
import dev.sitegen.ContentFixture;
import dev.sitegen.markdown.ConvertedMarkdown;
import dev.sitegen.markdown.LinkPolicy;
import dev.sitegen.markdown.MarkdownConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Search documents from real skills: the public collection kept as test data and this
 * repository's seed skill, every Markdown page cut into sections as the site does.
 */
final class TestCorpus {

    private TestCorpus() {
    }

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        for (Path skills : List.of(ContentFixture.CORPUS, ContentFixture.REPOSITORY_CONTENT.resolve("skills"))) {
            for (Path page : markdownFiles(skills)) {
                documents.addAll(sections(skills, page));
            }
        }
        return documents;
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SearchDocument> sections(Path root, Path page) {
        String relative = root.relativize(page).toString().replace('\\', '/');
        String skill = relative.substring(0, relative.indexOf('/'));
        ConvertedMarkdown converted = new MarkdownConverter(ThemeText.english().wording()).convert(body(page), 1, LinkPolicy.KEEP_ALL);
        String title = converted.title() == null ? skill : converted.title();
        List<String> keywords = List.of(skill.split("-"));
        return SiteSearch.page("skills/" + relative.replaceAll("\\.md$", "/"), title, title, keywords, converted.sections());
    }

    /** The page without its front matter. */
    private static String body(Path page) {
        try {
            String text = Files.readString(page);
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                return end < 0 ? text : text.substring(end + 5);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
