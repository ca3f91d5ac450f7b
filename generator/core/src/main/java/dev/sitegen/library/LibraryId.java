package dev.sitegen.library;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Context7 library id: {@code /owner/project}, optionally with a version
 * ({@code /vercel/next.js/v14.3.0}). Skills also write it without the leading slash.
 */
public record LibraryId(String owner, String project, String version) {

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern ID = Pattern.compile("/?(" + SEGMENT + ")/(" + SEGMENT + ")(?:/(" + SEGMENT + "))?/?");
    /** Owners under which Context7 keeps documentation sites and llms.txt files, not GitHub repositories. */
    private static final Set<String> NOT_GITHUB = Set.of("websites", "llmstxt", "context7");

    /** The id {@code text} spells, whole, or empty. */
    public static Optional<LibraryId> parse(String text) {
        Matcher m = ID.matcher(text.strip());
        if (!m.matches() || m.group(2).endsWith(".") || m.group(1).endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new LibraryId(m.group(1), m.group(2), m.group(3)));
    }

    /** The id without its version: what a library page is for. */
    public LibraryId base() {
        return version == null ? this : new LibraryId(owner, project, null);
    }

    public String key() {
        return base().toString().toLowerCase(Locale.ROOT);
    }

    public String context7Url() {
        return "https://context7.com" + this;
    }

    public String llmsTxtUrl() {
        return context7Url() + "/llms.txt";
    }

    /** The GitHub repository the id names, unless its owner is one of Context7's own collections. */
    public Optional<String> githubUrl() {
        return NOT_GITHUB.contains(owner.toLowerCase(Locale.ROOT)) ? Optional.empty()
                : Optional.of("https://github.com/" + owner + "/" + project);
    }

    @Override
    public String toString() {
        return "/" + owner + "/" + project + (version == null ? "" : "/" + version);
    }
}
