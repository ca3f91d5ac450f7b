package dev.sitegen.reuse;

import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class MemoTest {

    private final Memo<String> memo = new Memo<>(true);
    private final AtomicInteger made = new AtomicInteger();

    private String get(Object slot, List<?> inputs, Problems problems) {
        return get(memo, slot, inputs, problems);
    }

    private String get(Memo<String> from, Object slot, List<?> inputs, Problems problems) {
        return from.get(slot, inputs, problems, own -> {
            own.warning("w", SourceLocation.of(Path.of("a.md"), 1), "made " + inputs, "Nothing.");
            return "value " + made.incrementAndGet();
        });
    }

    @Test
    void givesTheValueMadeFromEqualInputsWithItsProblems() {
        Problems first = new Problems();
        String value = get("a", List.of("x"), first);
        memo.commit();
        Problems second = new Problems();

        assertSame(value, get("a", List.of("x"), second));
        assertEquals(1, made.get());
        assertEquals(first.sorted(), second.sorted());
        assertEquals(List.of("w"), second.sorted().stream().map(Problem::code).toList());
    }

    @Test
    void aMemoThatKeepsNothingMakesEveryValueAndStillReportsItsProblems() {
        Memo<String> keepsNothing = new Memo<>(false);
        Problems problems = new Problems();
        for (int build = 0; build < 2; build++) {
            get(keepsNothing, "a", List.of("x"), problems);
            keepsNothing.commit();
        }
        assertEquals(2, made.get());
        assertEquals(List.of("w", "w"), problems.sorted().stream().map(Problem::code).toList());
    }

    @Test
    void makesTheValueAgainFromOtherInputs() {
        get("a", List.of("x"), new Problems());
        memo.commit();
        assertEquals("value 2", get("a", List.of("y"), new Problems()));
    }

    @Test
    void keepsOnlyWhatACommittedBuildMade() {
        get("a", List.of("x"), new Problems());
        memo.discard();
        get("a", List.of("x"), new Problems());
        assertEquals(2, made.get(), "a discarded build's values are gone");
        memo.commit();
        get("b", List.of("x"), new Problems());
        memo.commit();
        get("a", List.of("x"), new Problems());
        assertEquals(4, made.get(), "a slot the last committed build did not ask about is forgotten");
    }

    @Test
    void comparesReusedObjectsByIdentity() {
        String one = new String("same text");
        String other = new String("same text");
        get("a", List.of(Memo.same(one)), new Problems());
        memo.commit();
        get("a", List.of(Memo.same(one)), new Problems());
        assertEquals(1, made.get());
        get("a", List.of(Memo.same(other)), new Problems());
        assertEquals(2, made.get());
        assertNotSame(one, other);
    }
}
