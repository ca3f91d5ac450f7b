package dev.sitegen.cli;

import dev.sitegen.BuildConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The options every command shares, and, in {@link Output}, the output folder and the cache kept in
 * it, which build and serve write and check does not; the Maven plugin's sitegen.* properties
 * mirror them one to one.
 */
final class SiteOptions {

    /** The output folder and the cache in it: build and serve write them; check, which writes nothing, has neither. */
    static final class Output {
        @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output",
                description = "Where the site is written; replaced whole by each successful build. Default: ${DEFAULT-VALUE}.")
        Path folder;

        // serve's first build reads the cache too: the search index's terms of earlier builds.
        @Option(names = "--cache", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Keep what the next build can reuse in the output folder, so that a build with nothing changed"
                        + " finishes at once (on by default; --no-cache builds from scratch and keeps nothing).")
        boolean cache;

        /** The build's configuration, writing here. */
        BuildConfig config(SiteOptions options) {
            BuildConfig config = options.toConfig(folder);
            return cache ? config.withCache(config.cacheInOutput()) : config;
        }
    }

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: one folder per skill, site.yaml beside them. Default: ${DEFAULT-VALUE}.")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Your own templates and assets, overriding the built-in theme file by file, if the folder exists. Default: ${DEFAULT-VALUE}.")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site is published, overriding site.yaml; such as https://owner.github.io/repo/")
    String baseUrl;

    @Option(names = "--repository", paramLabel = "URL",
            description = "The repository holding the content, for \"edit this page\" links; overrides site.yaml.")
    String repository;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--history", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Publish every version of every skill, from snapshots and git (on by default; --no-history leaves it out).")
    boolean history;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** @param output where the site is written; check, which writes nothing, names none */
    BuildConfig toConfig(Path output) {
        // The default folder is used if it exists; one named on the command line must, or a typo would go unnoticed.
        if (command.commandLine().getParseResult().hasMatchedOption("--templates") && !Files.isDirectory(templates)) {
            throw new ParameterException(command.commandLine(), "--templates: " + templates + " is not a folder."
                    + " Name a folder of your templates, or leave the option out for the built-in theme.");
        }
        return BuildConfig.of(content, output).withTemplates(templates).withBaseUrl(baseUrl)
                .withRepositoryUrl(repository).withStrict(strict).withHistory(history);
    }
}
