package dev.sitegen;

import dev.sitegen.HostileCases.Case;
import dev.sitegen.HostileCases.Expected;
import dev.sitegen.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken input, one case per row of {@code hostile/expected-outcomes.txt}: each problem
 * is reported at its file and line with what to do, never as a stack trace, and one bad skill does
 * not stop its neighbour from being read, assembled, rendered and checked.
 */
class HostileInputTest {

    /** The name of a Java exception or error, which a problem should never show the author. */
    private static final Pattern JAVA_THROWABLE = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\tat ");

    @TempDir
    Path dir;

    static List<Case> cases() {
        return HostileCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemAtItsFileAndLine(Case hostile) {
        Path content = dir.resolve("content");
        hostile.writeInto(content);

        BuildResult result = SiteGenerator.generate(BuildConfig.of(content, dir.resolve("out")).withMode(BuildConfig.Mode.CHECK));

        List<String> expected = Stream.concat(hostile.problems().stream(), Stream.of(HostileCases.NEIGHBOUR_PROBLEM))
                .map(Expected::toString).sorted().toList();
        List<String> actual = result.problems().stream().map(p -> Expected.of(p, content).toString()).sorted().toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), () -> "the problems of " + hostile + ":\n"
                + result.problems().stream().map(p -> p.format(content)).collect(Collectors.joining("\n")));
        assertEquals(hostile.skills(), result.skills(), "the skills read and assembled, the neighbour included");
        assertEquals(hostile.builds(), result.success());
        for (Problem problem : result.problems()) {
            String shown = problem.format(content);
            assertFalse(shown.contains("\n"), "one line: " + shown);
            assertFalse(JAVA_THROWABLE.matcher(shown).find(), "no Java exception in what the author reads: " + shown);
        }
    }

    @Test
    void everyCaseIsInTheTableAndTheTableIsLongEnough() throws IOException {
        List<Case> cases = HostileCases.all();
        Set<String> inTable = cases.stream().map(Case::name).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(HostileCases.FOLDER)) {
            List<String> missing = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> !inTable.contains(name)).toList();
            assertEquals(List.of(), missing, "case folders without a row in " + HostileCases.TABLE);
        }
        assertEquals(List.of(), HostileCases.GENERATED.keySet().stream().filter(name -> !inTable.contains(name)).toList(),
                "generated cases without a row");
        assertTrue(cases.size() >= 40, "at least 40 hostile inputs: " + cases.size());
    }
}
