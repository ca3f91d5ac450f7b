package dev.sitegen;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageFailureTest {

    @Test
    void aFullDiskIsTheMachinesFaultAndLeavesThePublishedSiteAsItWas() {
        StageFailure failure = new StageFailure("render", new IOException("No space left on device"));
        assertTrue(failure.environment());
        assertEquals("site-gen could not read or write a file in its render stage (No space left on device). "
                + "The output folder holds the site last published.", failure.getMessage());
    }

    @Test
    void runningOutOfMemorySaysHowToGiveItMore() {
        StageFailure failure = new StageFailure("assemble", new OutOfMemoryError("Java heap space"));
        assertTrue(failure.environment());
        assertTrue(failure.getMessage().endsWith("Give it more with SITEGEN_JAVA_OPTS=-Xmx4g (MAVEN_OPTS for the plugin)."), failure.getMessage());
    }

    @Test
    void anythingElseIsABugInSiteGen() {
        StageFailure failure = new StageFailure("publish", new IllegalStateException("oops"));
        assertFalse(failure.environment());
        assertEquals("site-gen failed in its publish stage: java.lang.IllegalStateException: oops", failure.getMessage());
    }
}
