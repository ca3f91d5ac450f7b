package dev.sitegen.model;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.SourceText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file split into its YAML front matter and its Markdown body.
 *
 * @param hasFrontMatter whether the file opens with a front-matter block, even one that failed to parse
 * @param frontMatter the parsed front matter; empty when there is none or it is not valid YAML
 * @param bodyStart where in the file's text the body starts
 * @param bodyLine the line of the file on which the body starts, so that body lines map back to the file
 */
public record SourceDocument(SourceText source, boolean hasFrontMatter, Optional<YamlMapping> frontMatter,
                             int bodyStart, int bodyLine) {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    /** A line a front matter holds: a key, an indented continuation, or a list item. */
    private static final Pattern YAML_LINE = Pattern.compile("[\\w\"'-][^:#]*:(\\s|$)|\\s|- ");

    public static SourceDocument split(SourceText source, Problems problems) {
        String text = source.text();
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return withoutFrontMatter(source);
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            int end = likelyEnd(text.substring(opening.end()));
            problems.error("front-matter-unclosed", new SourceLocation(source.file().path(), 1, 1),
                    "The front matter opened on line 1 is never closed.",
                    "Add a line holding only --- where the front matter ends and the Markdown begins"
                            + (end > 0 ? ", likely above line " + end + "." : "."));
            return new SourceDocument(source, true, Optional.empty(), opening.end(), 2);
        }
        String yaml = text.substring(opening.end(), closing.start());
        int bodyStart = Math.min(text.length(), closing.end() + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        Optional<YamlMapping> frontMatter = YamlMapping.parse(yaml, source.file().path(), 2, problems);
        return new SourceDocument(source, true, frontMatter, bodyStart, bodyLine);
    }

    /** The whole text as Markdown. */
    public static SourceDocument withoutFrontMatter(SourceText source) {
        return new SourceDocument(source, false, Optional.empty(), 0, 1);
    }

    /** The {@code name:} its front matter gives, without surrounding white space; empty when it gives none. */
    public Optional<String> name(Problems problems) {
        return frontMatter.flatMap(yaml -> yaml.text("name", problems)).map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * The line of the file where a front matter left open likely ends: the first line after the
     * opening one that is blank or is neither a key, an indented value nor a list item; 0 if none is.
     */
    private static int likelyEnd(String afterOpening) {
        String[] lines = afterOpening.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || !YAML_LINE.matcher(lines[i]).lookingAt()) {
                return i + 2;
            }
        }
        return 0;
    }

    /**
     * The Markdown after the front matter: cut from the text when asked, since a site holds every
     * page's text, and a second copy of nearly all of it would be a large part of the memory a build takes.
     */
    public String body() {
        return source.text().substring(bodyStart);
    }
}
