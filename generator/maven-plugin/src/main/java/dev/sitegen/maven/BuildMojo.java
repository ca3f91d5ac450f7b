package dev.sitegen.maven;

import dev.sitegen.SiteGenerator;
import dev.sitegen.StageFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Renders the content folder into the output folder. Runs once per invocation, for the project it
 * is invoked on, not once per module of a multi-module build.
 */
@Mojo(name = "build", aggregator = true, threadSafe = true)
public class BuildMojo extends WritingMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("site-gen: skipped (sitegen.skip)");
            return;
        }
        try {
            report(SiteGenerator.generate(config()));
        } catch (StageFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
