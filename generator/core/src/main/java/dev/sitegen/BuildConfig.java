package dev.sitegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build: the same options on every front (command line, Maven plugin, tests).
 *
 * @param templatesDir a site's own templates, overriding the built-in theme file by file; may be null
 * @param baseUrl the URL the site is published at, overriding {@code site.yaml}; may be null
 * @param repositoryUrl the repository for "edit this page" links, overriding {@code site.yaml}; may be null
 * @param strict whether warnings fail the build
 * @param history whether to read every version of every skill (snapshots and git) and publish them
 * @param mode whether to build the site or only check the content
 * @param cacheDir where a build keeps what the next one can reuse (see {@link dev.sitegen.cache.BuildCache});
 *     null for none
 */
public record BuildConfig(Path contentDir, Path outputDir, Path templatesDir, String baseUrl, String repositoryUrl,
                          boolean strict, boolean history, Mode mode, Path cacheDir) {

    /** {@link #BUILD} writes the site; {@link #CHECK} runs every validation and writes nothing. */
    public enum Mode {
        BUILD, CHECK
    }

    public BuildConfig {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(mode, "mode");
    }

    public static BuildConfig of(Path contentDir, Path outputDir) {
        return new BuildConfig(contentDir, outputDir, null, null, null, false, true, Mode.BUILD, null);
    }

    public BuildConfig withTemplates(Path dir) {
        return new BuildConfig(contentDir, outputDir, dir, baseUrl, repositoryUrl, strict, history, mode, cacheDir);
    }

    public BuildConfig withBaseUrl(String url) {
        return new BuildConfig(contentDir, outputDir, templatesDir, url, repositoryUrl, strict, history, mode, cacheDir);
    }

    public BuildConfig withRepositoryUrl(String url) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, url, strict, history, mode, cacheDir);
    }

    public BuildConfig withStrict(boolean value) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, value, history, mode, cacheDir);
    }

    public BuildConfig withHistory(boolean value) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, strict, value, mode, cacheDir);
    }

    public BuildConfig withCache(Path dir) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, strict, history, mode, dir);
    }

    /** The cache folder the command line uses: inside the output folder, where site-gen keeps its own. */
    public Path cacheInOutput() {
        return outputDir.resolve(dev.sitegen.publish.OutputFolder.CACHE);
    }

    public BuildConfig withMode(Mode value) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, strict, history, value, cacheDir);
    }
}
