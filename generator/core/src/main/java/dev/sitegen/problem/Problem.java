package dev.sitegen.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something wrong with the input, found by a stage: where it is, what it is, and what the author
 * should do about it. Problems are values; stages collect them and the run reports them together.
 *
 * @param code a stable, short identifier such as {@code yaml-syntax}, for filtering and for tests
 * @param message what is wrong, in one sentence
 * @param fix what to do about it, in one sentence
 */
public record Problem(Severity severity, String code, SourceLocation location, String message, String fix) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.?!:)\"'»」。？！]");

    public static final Comparator<Problem> BY_LOCATION =
            Comparator.comparing(Problem::location).thenComparing(Problem::code).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        requireText(code, "code");
        requireText(message, "message");
        requireText(fix, "fix");
        // Messages that end with what the system said ("...: Not a directory") read on into their fix without a stop.
        message = sentence(message);
        fix = sentence(fix);
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return SENTENCE_END.matcher(stripped).matches() ? stripped : stripped + ".";
    }

    public static Problem error(String code, SourceLocation location, String message, String fix) {
        return new Problem(Severity.ERROR, code, location, message, fix);
    }

    public static Problem warning(String code, SourceLocation location, String message, String fix) {
        return new Problem(Severity.WARNING, code, location, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem, as an error: what strict mode does to warnings. */
    public Problem asError() {
        return new Problem(Severity.ERROR, code, location, message, fix);
    }

    /** The same problem, as a warning: for a fault the build can go on without. */
    public Problem asWarning() {
        return new Problem(Severity.WARNING, code, location, message, fix);
    }

    /** One line: {@code file:line:column: severity [code] message Fix: fix}. */
    public String format(Path base) {
        return location.display(base) + ": " + severity.label() + " [" + code + "] " + message + " " + fix;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
