package dev.sitegen.text;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.SourceLocation;

/**
 * The decoded text of a source file: UTF-8, {@code \n} line ends, repaired where it was
 * double-encoded. Every later stage reads this, never the bytes.
 */
public record SourceText(SourceFile file, String text) {

    public SourceText {
        java.util.Objects.requireNonNull(file, "file");
        java.util.Objects.requireNonNull(text, "text");
    }

    /** The 1-based line and column of a character offset in {@link #text()}. */
    public SourceLocation locationOf(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file.path(), line, end - lineStart + 1);
    }
}
