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
 */
public record BuildConfig(Path contentDir, Path outputDir, Path templatesDir, String baseUrl, String repositoryUrl,
                          boolean strict, boolean history) {

    public BuildConfig {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(outputDir, "outputDir");
    }

    public static BuildConfig of(Path contentDir, Path outputDir) {
        return new BuildConfig(contentDir, outputDir, null, null, null, false, true);
    }

    public BuildConfig withTemplates(Path dir) {
        return new BuildConfig(contentDir, outputDir, dir, baseUrl, repositoryUrl, strict, history);
    }

    public BuildConfig withBaseUrl(String url) {
        return new BuildConfig(contentDir, outputDir, templatesDir, url, repositoryUrl, strict, history);
    }

    public BuildConfig withRepositoryUrl(String url) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, url, strict, history);
    }

    public BuildConfig withStrict(boolean value) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, value, history);
    }

    public BuildConfig withHistory(boolean value) {
        return new BuildConfig(contentDir, outputDir, templatesDir, baseUrl, repositoryUrl, strict, value);
    }
}
