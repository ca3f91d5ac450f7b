package dev.sitegen.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a run has found so far. Stages running pages in parallel report into the same
 * collector, so it is thread-safe; {@link #sorted()} gives a stable order for reporting.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(java.util.Objects.requireNonNull(problem, "problem"));
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(this::add);
    }

    public void error(String code, SourceLocation location, String message, String fix) {
        add(Problem.error(code, location, message, fix));
    }

    public void warning(String code, SourceLocation location, String message, String fix) {
        add(Problem.warning(code, location, message, fix));
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Problem.BY_LOCATION);
        return List.copyOf(copy);
    }
}
