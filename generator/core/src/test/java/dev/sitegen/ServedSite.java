package dev.sitegen;

import dev.sitegen.serve.SiteServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A built site served over real HTTP, on a free port of this machine, for tests that read it as readers do. */
public final class ServedSite {

    private ServedSite() {
    }

    /** Serves the folder {@code site} at {@code basePath}. */
    public static SiteServer serve(Path site, String basePath) throws IOException {
        return SiteServer.start(site, basePath, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** Builds the site, which must succeed, and serves it at /repo/, as GitHub Pages serves a project's site. */
    public static SiteServer build(BuildConfig config) throws IOException {
        BuildResult result = SiteGenerator.generate(config);
        assertTrue(result.success(), () -> result.problems().toString());
        return serve(config.outputDir(), "/repo/");
    }
}
