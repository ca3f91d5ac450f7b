package dev.sitegen.search;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * lunr 2.3.9 as the browser gets it, running in GraalJS: the lunr.js of the lunr webjar, then the
 * theme's {@code search-lunr.js}, which replaces the trimmer and defines {@code sitegenSearch}.
 */
final class Lunr {

    static final String LUNR_JS = "META-INF/resources/webjars/lunr/2.3.9/lunr.js";
    static final String SETUP_JS = "dev/sitegen/theme/assets/search-lunr.js";

    private Lunr() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Lunr.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the class path lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new context with both scripts run. GraalJS runs interpreted on a stock JDK; the warning
     * that says so on every start is turned off.
     *
     * @throws IllegalStateException if GraalJS cannot start on this JDK
     */
    static Context newContext() {
        Context context;
        try {
            context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        } catch (LinkageError | IllegalStateException e) {
            throw new IllegalStateException(cannotStart(), e);
        }
        try {
            context.eval(source(LUNR_JS, "lunr.js"));
            context.eval(source(SETUP_JS, "search-lunr.js"));
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Why GraalJS did not start, and what to do: the usual cause is a site-gen built on another JDK. */
    private static String cannotStart() {
        return "The search index is built by lunr in GraalJS, which cannot start on Java " + Runtime.version().feature()
                + " in the version site-gen was built with. site-gen picks its GraalJS for the JDK that builds it:"
                + " rebuild site-gen with this JDK, or run it on the JDK it was built with.";
    }

    private static Source source(String resource, String name) {
        return Source.newBuilder("js", new String(resource(resource), StandardCharsets.UTF_8), name).buildLiteral();
    }
}
