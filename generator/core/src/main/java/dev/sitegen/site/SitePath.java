package dev.sitegen.site;

import java.util.Optional;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A file of the generated site, by its path below the site root: {@code skills/x/index.html}.
 *
 * <p>Links between pages are relative and name {@code index.html} explicitly, so the same output
 * works at a domain root, under {@code /REPO/} on GitHub Pages, and opened from disk, where a link
 * to a folder would show a folder listing.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    public static final SitePath HOME = new SitePath("index.html");

    public SitePath {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.startsWith("/") || value.endsWith("/") || Arrays.asList(value.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a file path below the site root: \"" + value + "\"");
        }
    }

    public static SitePath of(String value) {
        return new SitePath(value);
    }

    /** The page {@code index.html} of a folder given as {@code a/b}; the home page for "". */
    public static SitePath page(String folder) {
        return folder.isEmpty() ? HOME : new SitePath(folder + "/index.html");
    }

    /** This path's folder, "" at the root. */
    public String folder() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash);
    }

    /** How many folders deep the file is: 0 for {@code index.html}, 2 for {@code skills/x/index.html}. */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count();
    }

    /** The relative prefix from this page to the site root: "", "../", "../../". */
    public String rootPrefix() {
        return "../".repeat(depth());
    }

    /** This file's path from the site root, percent-encoded: what a page prefixes with its root to link here. */
    public String href() {
        return encode(value);
    }

    /** The URL path of this file from the site root, percent-encoded, {@code index.html} dropped. */
    public String urlPath() {
        String encoded = encode(value);
        return encoded.equals("index.html") ? "" : encoded.endsWith("/index.html")
                ? encoded.substring(0, encoded.length() - "index.html".length()) : encoded;
    }

    /** A relative, percent-encoded link from the page at {@code from} to this file. */
    public String hrefFrom(SitePath from) {
        List<String> fromDirs = from.folder().isEmpty() ? List.of() : List.of(from.folder().split("/"));
        List<String> to = List.of(value.split("/"));
        int common = 0;
        while (common < fromDirs.size() && common < to.size() - 1 && fromDirs.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder href = new StringBuilder("../".repeat(fromDirs.size() - common));
        for (int i = common; i < to.size(); i++) {
            href.append(encodeSegment(to.get(i)));
            if (i < to.size() - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    public Path resolveIn(Path root) {
        return root.resolve(value.replace('/', java.io.File.separatorChar));
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            out.append(i == 0 ? "" : "/").append(encodeSegment(segments[i]));
        }
        return out.toString();
    }

    /**
     * A path or part of one as a URL writes it, percent-decoded; empty if an escape is malformed. A
     * plus stays a plus: it is a space only in a form's query, not in a path or an anchor.
     */
    public static Optional<String> decode(String written) {
        try {
            return Optional.of(URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters and sub-delimiters. */
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
