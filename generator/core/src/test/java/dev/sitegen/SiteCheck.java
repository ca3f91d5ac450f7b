package dev.sitegen;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a built site from disk the way a browser opening it from disk would follow its links. */
public final class SiteCheck {

    private final Path root;
    private final Map<Path, Document> parsed = new HashMap<>();

    public SiteCheck(Path root) {
        this.root = root;
    }

    public Document page(String path) {
        return parsed.computeIfAbsent(root.resolve(path).normalize(), file -> {
            try {
                return Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).filter(p -> !root.relativize(p).toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every relative link, script, stylesheet and image of every page except the 404 page (whose
     * links start at the base path), described where it leads nowhere: a missing file, a missing
     * anchor, or a link to the site root outside the site.
     */
    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (Path file : files(".html")) {
            String name = root.relativize(file).toString();
            if (name.equals("404.html")) {
                continue;
            }
            Document doc = page(name);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                    continue;
                }
                if (url.startsWith("/")) {
                    broken.add(name + ": " + url + " leads to the site root");
                    continue;
                }
                String path = url.replaceFirst("[?#].*$", "");
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
                Path target = path.isEmpty() ? file : file.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                    broken.add(name + ": " + url + " (no file " + target + ")");
                } else if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".html")
                        && page(root.relativize(target).toString()).getElementById(URLDecoder.decode(anchor, StandardCharsets.UTF_8)) == null) {
                    broken.add(name + ": " + url + " (no id " + anchor + ")");
                }
            }
        }
        return broken;
    }

    public String text(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
