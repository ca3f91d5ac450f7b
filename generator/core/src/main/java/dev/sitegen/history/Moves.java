package dev.sitegen.history;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where files of the content folder went when git saw them renamed, by their paths below the
 * content folder. An older version's link to {@code reference.md} was right when it was written;
 * once git saw the file renamed {@code api.md}, the link still has a page to reach.
 *
 * @param renamedTo each path a file was renamed from, to the path it was renamed to; the latest
 *     such rename where a path was renamed from more than once
 */
public record Moves(Map<String, String> renamedTo) {

    public static final Moves NONE = new Moves(Map.of());

    /**
     * The first path that {@code exists}, following the renames of the file once at {@code path};
     * empty if it was never renamed or no name it was given exists now.
     */
    public Optional<String> current(String path, Predicate<String> exists) {
        Set<String> seen = new HashSet<>();
        // A file renamed back to a name it had would otherwise be followed round for ever.
        for (String name = renamedTo.get(path); name != null && seen.add(name); name = renamedTo.get(name)) {
            if (exists.test(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
