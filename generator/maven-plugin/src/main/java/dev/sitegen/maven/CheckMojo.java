package dev.sitegen.maven;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.SiteGenerator;
import dev.sitegen.StageFailure;
import dev.sitegen.problem.ProblemReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Runs every validation of the content without writing the site: errors fail the build, warnings
 * only with {@code sitegen.strict}.
 */
@Mojo(name = "check", aggregator = true, threadSafe = true)
public class CheckMojo extends SiteGenMojo {

    /**
     * How to list problems: {@code text} (through Maven's log), {@code json}, or {@code github}
     * (workflow commands, written straight to standard output so that GitHub Actions marks each
     * problem on its line in a pull request).
     */
    @Parameter(property = "sitegen.format", defaultValue = "text")
    String format;

    /** A check writes no site, but a configuration names an output folder: this one, never opened. */
    private static final File NOTHING_WRITTEN = new File("site-output");

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("site-gen: skipped (sitegen.skip)");
            return;
        }
        BuildResult result;
        try {
            result = SiteGenerator.generate(config(NOTHING_WRITTEN).withMode(BuildConfig.Mode.CHECK));
        } catch (StageFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path base = Path.of("").toAbsolutePath();
        switch (format) {
            case "text" -> report(result);
            case "json" -> {
                System.out.print(ProblemReport.json(result.problems(), base));
                failOnErrors(result);
            }
            case "github" -> {
                System.out.print(ProblemReport.github(result.problems(), base));
                failOnErrors(result);
            }
            default -> throw new MojoExecutionException("sitegen.format must be text, json or github, not \"" + format + "\".");
        }
    }
}
