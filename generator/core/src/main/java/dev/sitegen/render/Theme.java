package dev.sitegen.render;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.ContentHash;
import dev.sitegen.text.FileNames;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates and assets pages are rendered with: the default theme packaged in this jar (the
 * repository's {@code templates/} folder), overridden file by file by a site's own templates
 * folder. Templates autoescape; only values typed as safe HTML by the views skip escaping.
 */
public final class Theme {

    static final String PACKAGED = "dev/sitegen/theme";
    /** The default theme's assets, below {@code assets/}; a site may add its own beside them. */
    private static final List<String> PACKAGED_ASSETS = List.of("site.css", "site.js", "search.js", "history.js", "favicon.svg",
            "search-lunr.js", "search-worker.js", Diagrams.SCRIPT);

    private final PebbleEngine engine;
    private final Map<String, Asset> assets;

    /** A file under {@code assets/}, with a short content hash for cache-busting URLs. */
    public record Asset(String name, byte[] content, String hash) {
        public String path() {
            return "assets/" + name;
        }
    }

    private Theme(PebbleEngine engine, Map<String, Asset> assets) {
        this.engine = engine;
        this.assets = assets;
    }

    /**
     * @param overrides a site's own templates folder; may be null or missing
     * @param problems told of a layout of the site's own that the theme's scripts cannot work with
     */
    public static Theme load(Path overrides, Problems problems) {
        Optional<Path> dir = Optional.ofNullable(overrides).filter(Files::isDirectory);
        dir.map(d -> d.resolve("layout.peb")).filter(Files::isRegularFile).ifPresent(layout -> checkLayout(layout, problems));
        List<Loader<?>> loaders = new ArrayList<>();
        dir.ifPresent(d -> loaders.add(new FileLoader(d.toAbsolutePath().toString())));
        ClasspathLoader packaged = new ClasspathLoader(Theme.class.getClassLoader());
        packaged.setPrefix(PACKAGED);
        loaders.add(packaged);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .extension(CodeSpans.EXTENSION)
                .extension(ThemeText.EXTENSION)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        return new Theme(engine, assets(dir));
    }

    /**
     * A layout copied from the theme before its scripts took their texts from the page: they would
     * show the texts' keys (loading-search) where words belong.
     */
    private static void checkLayout(Path layout, Problems problems) {
        try {
            if (!Files.readString(layout, StandardCharsets.ISO_8859_1).contains("textForScripts")) {
                problems.warning("template-outdated", SourceLocation.of(layout), "This layout gives the theme's scripts no texts, "
                        + "so the search box and copy buttons show keys such as loading-search instead of words.",
                        "Add <script type=\"application/json\" id=\"sg-theme-texts\">{{ textForScripts }}</script> before the "
                                + "site.js script, as the built-in layout.peb does.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PebbleEngine engine() {
        return engine;
    }

    public Map<String, Asset> assets() {
        return assets;
    }

    private static Map<String, Asset> assets(Optional<Path> overrides) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String name : PACKAGED_ASSETS) {
            assets.put(name, asset(name, packaged("assets/" + name)
                    .orElseThrow(() -> new IllegalStateException("the packaged theme lacks assets/" + name))));
        }
        overrides.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = FileNames.relative(dir, file);
                    assets.put(name, asset(name, Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return assets;
    }

    /** A file of the default theme packaged in this jar, by its path in the repository's templates folder. */
    static Optional<byte[]> packaged(String path) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(PACKAGED + "/" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Asset asset(String name, byte[] content) {
        return new Asset(name, content, ContentHash.of(content, 4));
    }
}
