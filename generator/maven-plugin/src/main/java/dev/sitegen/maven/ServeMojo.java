package dev.sitegen.maven;

import dev.sitegen.StageFailure;
import dev.sitegen.serve.DevServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Builds the site, serves it on this machine, and rebuilds it as the content or templates change:
 * open pages reload, and show a build's errors until they are fixed. Runs until Ctrl+C.
 */
@Mojo(name = "serve", aggregator = true, threadSafe = true)
public class ServeMojo extends WritingMojo {

    /** The port to serve on; if it is taken, the next free one. */
    @Parameter(property = "sitegen.port", defaultValue = "8000")
    int port;

    /** Where to listen: this machine only by default; 0.0.0.0 to let other machines see the site too. */
    @Parameter(property = "sitegen.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("site-gen: skipped (sitegen.skip)");
            return;
        }
        DevServer server;
        try {
            server = DevServer.start(config(), InetAddress.getByName(host), port, new DevServer.Log() {
                @Override
                public void info(String line) {
                    getLog().info(line);
                }

                @Override
                public void warning(String line) {
                    getLog().warn(line);
                }

                @Override
                public void error(String line) {
                    getLog().error(line);
                }
            });
        } catch (DevServer.Refused e) {
            throw new MojoFailureException("site-gen cannot serve: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen cannot serve: " + e.getMessage(), e);
        } catch (StageFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            server.serveUntilStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
