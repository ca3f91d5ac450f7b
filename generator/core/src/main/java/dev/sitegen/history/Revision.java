package dev.sitegen.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One text of a skill's SKILL.md, and what is known of where it came from. The same text found in
 * several places (a snapshot, the commit that brought it, the working copy) is one revision carrying
 * all of it; a text brought back by a later commit is a revision of its own.
 *
 * @param text the decoded text, front matter included
 * @param date when it was written: the commit's author date, else the snapshot's {@code updated}; may be null
 * @param commit the commit that wrote it, or null
 * @param author the commit's author, or null
 * @param message the first line of the commit's message, why its author says the text changed; or null
 * @param snapshot the label of the {@code versions/LABEL/} snapshot holding it, or null
 * @param current whether it is the text in the content folder now
 */
public record Revision(String text, Instant date, String commit, String author, String message, String snapshot, boolean current) {

    public Revision {
        Objects.requireNonNull(text, "text");
    }

    /** The same text, with what {@code other} knows added where this revision knows nothing. */
    Revision mergedWith(Revision other) {
        return new Revision(text, date != null ? date : other.date, commit != null ? commit : other.commit,
                author != null ? author : other.author, message != null ? message : other.message, snapshot != null ? snapshot : other.snapshot, current || other.current);
    }

    /** The day it was written, as {@code 2026-01-11} (UTC), or null. */
    public String day() {
        return date == null ? null : date.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A short hash of the text: the same for the same text wherever it was found, and so for a text brought back. */
    public String id() {
        return dev.sitegen.text.ContentHash.of(text, 6);
    }

    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
    }
}
