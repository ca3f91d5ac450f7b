package dev.sitegen.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void endsAMessageThatEndsWithWhatTheSystemSaidWithAStop() {
        Problem problem = Problem.error("output-unwritable", SourceLocation.of(Path.of("out")),
                "Cannot prepare the output folder: out: Not a directory", "Check that it can be written");
        assertEquals("Cannot prepare the output folder: out: Not a directory.", problem.message());
        assertEquals("Check that it can be written.", problem.fix());
        assertEquals("Did you mean #usage?", Problem.warning("broken-anchor", SourceLocation.of(Path.of("a")), "Broken.",
                "Did you mean #usage?").fix(), "a sentence that ends is left as it is");
    }
}
