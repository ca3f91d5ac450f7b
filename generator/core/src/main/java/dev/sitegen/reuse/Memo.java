package dev.sitegen.reuse;

import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one build keeps for the next in the same process, one value per slot (a skill, say), each
 * with the inputs it was made from and the problems found while making it. Asked again with equal
 * inputs, it gives the kept value and reports the kept problems, without the work; with other
 * inputs, the value is made afresh. Inputs are compared with {@code equals}: give values whose
 * equality is cheap, such as strings and digests, and objects a build reused wrapped in
 * {@link #same}.
 *
 * <p>What a build makes is kept only once the build {@linkplain #commit commits} it, when it has
 * published; a build that fails {@linkplain #discard discards} it, and the next one is asked
 * about what the last published build made. Safe for the parallel streams that build skills side
 * by side; a build's commit or discard comes after its stages.
 */
public final class Memo<V> {

    private final boolean keeps;
    private final Map<Object, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Map<Object, Kept<V>> made = new ConcurrentHashMap<>();
    private final Set<Object> asked = ConcurrentHashMap.newKeySet();

    private record Kept<V>(List<?> inputs, V value, List<Problem> problems) {
    }

    /**
     * @param keeps false for a memo of a build that no other build follows, which keeps nothing: what
     *     a site is made of is then let go of as soon as the build is done with it
     */
    public Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** The value this slot holds if it was made from equal inputs, its problems reported; else empty. */
    public Optional<V> reuse(Object slot, List<?> inputs, Problems problems) {
        if (!keeps) {
            return Optional.empty();
        }
        asked.add(slot);
        Kept<V> found = made.getOrDefault(slot, kept.get(slot));
        if (found == null || !found.inputs().equals(inputs)) {
            return Optional.empty();
        }
        problems.addAll(found.problems());
        return Optional.of(found.value());
    }

    /** Holds a value made from these inputs, with the problems found making it, until this build commits. */
    public void keep(Object slot, List<?> inputs, V value, List<Problem> problems) {
        if (keeps) {
            asked.add(slot);
            made.put(slot, new Kept<>(inputs, value, List.copyOf(problems)));
        }
    }

    /**
     * The value for this slot: reused if it was made from equal inputs, else made, its problems
     * reported either way.
     *
     * @param make makes the value, reporting its problems into the collector it is given
     */
    public V get(Object slot, List<?> inputs, Problems problems, Function<Problems, V> make) {
        return reuse(slot, inputs, problems).orElseGet(() -> {
            Problems own = new Problems();
            V value = make.apply(own);
            List<Problem> found = own.sorted();
            keep(slot, inputs, value, found);
            problems.addAll(found);
            return value;
        });
    }

    /** Keeps what this build made, and forgets the slots it did not ask about, such as removed skills. */
    public void commit() {
        kept.putAll(made);
        kept.keySet().retainAll(asked);
        made.clear();
        asked.clear();
    }

    /** Forgets what this build made: the next is asked about what the last committed build made. */
    public void discard() {
        made.clear();
        asked.clear();
    }

    /** Forgets everything, kept and made. */
    public void forget() {
        kept.clear();
        made.clear();
        asked.clear();
    }

    /** An input equal to another only if it is the same object: for values a build reused. */
    public static Object same(Object value) {
        return new Same(value);
    }

    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
