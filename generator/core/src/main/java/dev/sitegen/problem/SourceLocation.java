package dev.sitegen.problem;

import dev.sitegen.text.FileNames;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source file. Lines and columns count from 1; 0 means "not known", for problems
 * that concern a whole file.
 */
public record SourceLocation(Path file, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(Path file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** {@code file:line:column}, the form editors and CI annotations understand. */
    public String display(Path base) {
        String shown = displayPath(base);
        if (line == 0) {
            return shown;
        }
        return column == 0 ? shown + ":" + line : shown + ":" + line + ":" + column;
    }

    /** The file relative to {@code base} when it lies below it ("." when it is {@code base}), else as given. */
    public String displayPath(Path base) {
        return FileNames.shown(base, file);
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
