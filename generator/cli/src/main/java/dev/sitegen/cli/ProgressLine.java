package dev.sitegen.cli;

import dev.sitegen.Progress;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build's progress on one line of a terminal: the stage, and in the stages that go skill by
 * skill, how many are done. Redrawn at most ten times a second, and erased when the build ends,
 * so that only the summary stays.
 */
final class ProgressLine implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    /** Back to the start of the line, and clear it. */
    private static final String ERASE = "\r\033[K";

    private final PrintWriter terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int skills;
    private long drawn;

    ProgressLine(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** On a terminal, a progress line; elsewhere, such as in CI logs, nothing. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() != null ? new ProgressLine(err) : Progress.NONE;
    }

    @Override
    public void stage(String name, int skills) {
        this.stage = name;
        this.skills = skills;
        done.set(0);
        draw(true);
    }

    @Override
    public void skillDone() {
        done.incrementAndGet();
        draw(false);
    }

    @Override
    public synchronized void finished() {
        terminal.print(ERASE);
        terminal.flush();
    }

    private synchronized void draw(boolean now) {
        long time = System.nanoTime();
        if (!now && time - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = time;
        terminal.print(ERASE + "site-gen: " + stage + (skills > 0 ? " " + done.get() + "/" + skills + " skills" : "") + "…");
        terminal.flush();
    }
}
