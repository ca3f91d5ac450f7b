package dev.sitegen.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a page's Markdown body writes a link or image URL relative to the page, as
 * {@code references/api.md} or {@code #setup}, and where the page's HTML has it lead: read
 * anywhere but beside the page, such as in llms-full.txt, the URL must lead there from the
 * site's root.
 *
 * @param start where the URL starts in the body, as written (escapes and all)
 * @param end where it ends
 * @param href where the page's HTML leads, relative to the page: the site's page for a page of
 *     Markdown, which may stand elsewhere in the site than its source in the content
 */
public record RelativeUrl(int start, int end, String href) {

    /** A URL's scheme, such as {@code https:}: a URL with one is absolute. */
    public static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    static boolean isRelative(String url) {
        return !url.isEmpty() && !url.startsWith("/") && !SCHEME.matcher(url).find();
    }

    /**
     * A URL relative to a page, from the site's root; {@code ..} above the root stays at the root,
     * as a browser keeps it.
     *
     * @param page the page's path from the site's root, such as {@code skills/a/index.html}
     */
    public static String fromRoot(String page, String url) {
        if (url.startsWith("#")) {
            return page + url;
        }
        int suffix = suffixAt(url);
        String path = page.substring(0, page.lastIndexOf('/') + 1) + url.substring(0, suffix);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        boolean folder = path.endsWith("/.") || path.endsWith("/..");
        return String.join("/", segments) + (folder ? "/" : "") + url.substring(suffix);
    }

    /** Where a URL's query or fragment starts: its length when it has neither. */
    public static int suffixAt(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }
}
