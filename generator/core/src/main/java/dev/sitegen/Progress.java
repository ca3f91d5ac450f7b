package dev.sitegen;

/**
 * Told how a build advances, so that a terminal can show it: each stage as it starts, and in the
 * stages that go skill by skill, each skill done, and the end. Called from any thread.
 */
public interface Progress {

    /** Shows nothing: each method does nothing unless overridden. */
    Progress NONE = new Progress() {
    };

    /** @param skills how many skills the stage will report done; 0 when it does not go skill by skill */
    default void stage(String name, int skills) {
    }

    default void skillDone() {
    }

    /** The site's pages are published; when a build updates a site in place, its search index follows. */
    default void published() {
    }

    /** The build is over, however it ended. */
    default void finished() {
    }
}
