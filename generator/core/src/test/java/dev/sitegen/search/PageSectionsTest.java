package dev.sitegen.search;

import dev.sitegen.markdown.LinkPolicy;
import dev.sitegen.markdown.MarkdownConverter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageSectionsTest {

    private static List<SearchDocument> sections(String markdown) {
        String html = new MarkdownConverter().convert(markdown, 1, LinkPolicy.KEEP_ALL).html();
        return PageSections.of("skills/python/", "Python", List.of("python", "fastapi"), 1, html);
    }

    @Test
    void makesASectionOfEachHeadingAndOfTheTextBeforeTheFirst() {
        List<SearchDocument> sections = sections("""
                Python skills.

                ## Quick Reference

                Use **FastAPI**.

                - one
                - two

                ### Async patterns

                ```python
                async def main(): pass
                ```
                """);
        assertEquals(List.of(
                new SearchDocument("skills/python/", "Python", "", "Python skills.", List.of("python", "fastapi")),
                new SearchDocument("skills/python/#quick-reference", "Python", "Quick Reference", "Use FastAPI.\none two",
                        List.of("python", "fastapi")),
                new SearchDocument("skills/python/#async-patterns", "Python", "Async patterns", "async def main(): pass",
                        List.of("python", "fastapi"))), sections);
    }

    @Test
    void leavesOutAnEmptyStartButKeepsAPageWithNoText() {
        assertEquals(List.of("skills/python/#usage"), sections("## Usage\n").stream().map(SearchDocument::url).toList());
        assertEquals(List.of(new SearchDocument("skills/python/", "Python", "", "", List.of("python", "fastapi"))), sections(""));
    }

    @Test
    void numbersRepeatedHeadingsAsTheirIdsDo() {
        assertEquals(List.of("skills/python/#example", "skills/python/#example-1"),
                sections("## Example\n\nA.\n\n## Example\n\nB.\n").stream().map(SearchDocument::url).toList());
    }
}
