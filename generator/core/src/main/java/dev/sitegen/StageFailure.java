package dev.sitegen;

import java.io.IOException;

/**
 * A stage broke in a way no input should cause: a broken environment, such as a full disk or too
 * little memory, or a bug in site-gen. Content problems never take this path; they are
 * {@link dev.sitegen.problem.Problem}s. Either way the output folder holds the site last published,
 * unless publishing it was what broke.
 */
public final class StageFailure extends RuntimeException {

    StageFailure(String stage, Throwable cause) {
        super(describe(stage, cause), cause);
    }

    /** Whether the machine, not site-gen, is at fault: a file that could not be read or written, or memory run out. */
    public boolean environment() {
        return getCause() instanceof IOException || getCause() instanceof OutOfMemoryError;
    }

    private static String describe(String stage, Throwable cause) {
        // serve publishes pages before their search index: what the folder holds is the last site published, whole or pages first.
        String kept = stage.startsWith("publish") ? "" : " The output folder holds the site last published.";
        if (cause instanceof IOException) {
            return "site-gen could not read or write a file in its " + stage + " stage (" + cause.getMessage() + ")." + kept;
        }
        if (cause instanceof OutOfMemoryError) {
            return "site-gen ran out of memory in its " + stage + " stage (" + cause.getMessage() + ")." + kept
                    + " Give it more with SITEGEN_JAVA_OPTS=-Xmx4g (MAVEN_OPTS for the plugin).";
        }
        return "site-gen failed in its " + stage + " stage: " + cause;
    }
}
