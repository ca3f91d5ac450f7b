package dev.sitegen;

import dev.sitegen.problem.Problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did: the problems it found, in file order, and what it built.
 *
 * @param stageTimes how long each stage took, in execution order; a stage that runs in the background
 *     beside others (the search index) counts its own time, so they may add up to more than {@code total}
 * @param total how long the run took
 * @param published whether the new site replaced the output folder
 * @param missingSkills skills that pages or front matter name but the site does not have: in real
 *     collections, mostly renamed or removed ones, so a build lists them in a note rather than warn
 *     of each (check and a strict build warn of each)
 * @param notes what the run wants the author to know that is not a problem in the content, such as
 *     "the git clone is shallow", to show after its summary
 */
public record BuildResult(List<Problem> problems, int skills, int pages, Map<String, Duration> stageTimes, Duration total,
                          boolean published, List<String> missingSkills, List<String> notes) {

    public BuildResult {
        problems = List.copyOf(problems);
        missingSkills = List.copyOf(missingSkills);
        notes = List.copyOf(notes);
        stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }

    public boolean success() {
        return errors() == 0;
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    public BuildResult withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new BuildResult(problems, skills, pages, stageTimes, total, published, missingSkills, more);
    }

    /** One line: skills, pages rendered if any were, warnings, errors, and the time of each stage. */
    public String summary() {
        String stages = stageTimes.entrySet().stream()
                .map(e -> e.getKey() + " " + millis(e.getValue()))
                .collect(Collectors.joining(", "));
        return plural(skills, "skill") + ", " + (pages > 0 ? plural(pages, "page") + ", " : "") + plural((int) warnings(), "warning")
                + ", " + plural((int) errors(), "error") + " in " + millis(total()) + (stages.isEmpty() ? "" : " (" + stages + ")");
    }

    private static String millis(Duration d) {
        long ms = d.toMillis();
        return ms >= 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
