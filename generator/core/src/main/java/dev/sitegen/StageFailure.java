package dev.sitegen;

/**
 * A stage broke in a way no input should cause: a bug in site-gen or a broken environment. Content
 * problems never take this path; they are {@link dev.sitegen.problem.Problem}s.
 */
public final class StageFailure extends RuntimeException {

    private final String stage;

    StageFailure(String stage, Throwable cause) {
        super("site-gen failed in its " + stage + " stage: " + cause, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
