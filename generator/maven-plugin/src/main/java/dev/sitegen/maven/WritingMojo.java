package dev.sitegen.maven;

import dev.sitegen.BuildConfig;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** The parameters of the goals that write the site, build and serve: the output folder and the cache. */
abstract class WritingMojo extends SiteGenMojo {

    /** Where the site is written; replaced whole by each successful build. */
    @Parameter(property = "sitegen.output", defaultValue = "${project.basedir}/site-output")
    File output;

    /**
     * Keep what the next build can reuse (a fingerprint of the inputs, the search index's terms)
     * in {@code cacheDirectory}: a build with nothing changed then finishes at once, and serve's
     * first build reuses the search index's terms.
     */
    @Parameter(property = "sitegen.cache", defaultValue = "true")
    boolean cache;

    /** Where the build cache is kept. */
    @Parameter(property = "sitegen.cacheDirectory", defaultValue = "${project.build.directory}/site-gen-cache")
    File cacheDirectory;

    BuildConfig config() {
        return config(output).withCache(cache ? cacheDirectory.toPath() : null);
    }
}
