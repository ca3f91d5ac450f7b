package dev.sitegen.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A serve log kept for a test to read: each line with its level, in the order said. */
public final class RecordedLog implements DevServer.Log {

    public record Line(String level, String text) {
        @Override
        public String toString() {
            return level + ": " + text;
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String line) {
        lines.add(new Line("info", line));
    }

    @Override
    public void warning(String line) {
        lines.add(new Line("warning", line));
    }

    @Override
    public void error(String line) {
        lines.add(new Line("error", line));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The texts of every line, whatever its level. */
    public List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
