package dev.sitegen.maven;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.problem.Problem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * The parameters every goal shares, mirroring the command line's options, and the reporting of a
 * run's problems: errors fail the build with BUILD FAILURE; a broken environment is an execution
 * error. The goals that write the site take {@link WritingMojo}'s too.
 */
abstract class SiteGenMojo extends AbstractMojo {

    /** The content folder: one folder per skill, site.yaml beside them. */
    @Parameter(property = "sitegen.content", defaultValue = "${project.basedir}/content")
    File content;

    /** Your own templates and assets, overriding the built-in theme file by file, if the folder exists. */
    @Parameter(property = "sitegen.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** The URL the site is published at, such as https://owner.github.io/repo/; overrides site.yaml. */
    @Parameter(property = "sitegen.baseUrl")
    String baseUrl;

    /** The repository holding the content, for "edit this page" links; overrides site.yaml. */
    @Parameter(property = "sitegen.repository")
    String repository;

    /** Fail on warnings too. */
    @Parameter(property = "sitegen.strict", defaultValue = "false")
    boolean strict;

    /** Read every version of every skill (snapshots and git history) and publish them. */
    @Parameter(property = "sitegen.history", defaultValue = "true")
    boolean history;

    /** Skip this goal. */
    @Parameter(property = "sitegen.skip", defaultValue = "false")
    boolean skip;

    /** @param output where the site is written; check, which writes nothing, names the default one */
    BuildConfig config(File output) {
        return BuildConfig.of(contentDir(), output.toPath().normalize()).withTemplates(templates.toPath().normalize())
                .withBaseUrl(baseUrl).withRepositoryUrl(repository).withStrict(strict).withHistory(history);
    }

    void report(BuildResult result) throws MojoFailureException {
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(base));
            } else {
                getLog().warn(problem.format(base));
            }
        }
        if (!result.success()) {
            getLog().error("site-gen: " + result.summary());
        } else {
            getLog().info("site-gen: " + result.summary());
        }
        result.notes().forEach(line -> getLog().info("site-gen: " + line));
        failOnErrors(result);
    }

    /** Content errors are a BUILD FAILURE, not an execution error: the build ran, the content is wrong. */
    void failOnErrors(BuildResult result) throws MojoFailureException {
        if (!result.success()) {
            throw new MojoFailureException("site-gen found " + result.errors() + " error(s) in " + contentDir()
                    + "; each is listed with its file and line.");
        }
    }

    /** Without the ../ a path such as ${project.basedir}/../../content has, in what the author reads. */
    private Path contentDir() {
        return content.toPath().normalize();
    }
}
