package dev.sitegen.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.SourceText;
import dev.sitegen.text.TextDecoder;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes in a {@code SKILL.md} make a skill or problems, never an exception: decoding, splitting
 * off the front matter and reading it as a skill. Each problem stands on a line of the file, and a
 * file read without errors gives the skill a name and a description.
 *
 * <p>The normal tests run the inputs in {@code FrontMatterFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README's Fuzzing section), and inputs that fail are added there.
 */
class FrontMatterFuzzTest {

    private static final SourceFile FILE = new SourceFile(Path.of("/content/skills/fuzzed/SKILL.md"), "skills/fuzzed/SKILL.md");

    @FuzzTest(maxDuration = "10m")
    void anyBytesMakeASkillOrProblemsAtTheirLines(byte[] bytes) {
        Problems problems = new Problems();
        Optional<SourceText> text = TextDecoder.decode(FILE, bytes, problems);
        Optional<SkillMetadata> skill = text.flatMap(source -> SkillMetadataReader.read(SourceDocument.split(source, problems), problems));

        int lines = text.map(source -> (int) source.text().lines().count()).orElse(0) + 1;
        for (Problem problem : problems.sorted()) {
            assertEquals(FILE.path(), problem.location().file(), problem::toString);
            assertTrue(problem.location().line() <= lines, () -> "beyond the file's " + lines + " lines: " + problem);
            assertFalse(problem.message().isBlank() || problem.fix().isBlank(), problem::toString);
        }
        if (!problems.hasErrors()) {
            SkillMetadata read = skill.orElseThrow(() -> new AssertionError("no skill and no error"));
            assertFalse(read.name().isBlank() || read.description().isBlank(), read::toString);
        }
    }
}
