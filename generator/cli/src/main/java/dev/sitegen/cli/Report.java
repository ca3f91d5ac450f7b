package dev.sitegen.cli;

import dev.sitegen.BuildResult;
import dev.sitegen.problem.Problem;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a run's problems, one per line in file:line:column form, then its summary line. */
final class Report {

    private Report() {
    }

    static void print(BuildResult result, PrintWriter out, PrintWriter err) {
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            err.println(problem.format(base));
        }
        (result.success() ? out : err).println("site-gen: " + result.summary());
        result.notes().forEach(line -> out.println("site-gen: " + line));
        out.flush();
        err.flush();
    }
}
