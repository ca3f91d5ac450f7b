package dev.sitegen.history;

import dev.sitegen.content.Snapshot;
import dev.sitegen.model.SkillMetadata;
import dev.sitegen.model.SkillMetadataReader;
import dev.sitegen.model.SkillSource;
import dev.sitegen.model.SourceDocument;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.FileNames;
import dev.sitegen.text.SourceText;
import dev.sitegen.text.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A skill's versions, oldest first and the current one last: each text of its SKILL.md from its
 * snapshots, its git history and the content folder, each labelled for readers.
 *
 * <p>A revision is made by a change of text, not of the version field: real skills keep the same
 * version while the text changes, let it go backwards, move it under {@code metadata:} or have
 * none. The version only labels a revision.
 */
public final class SkillHistory {

    private SkillHistory() {
    }

    /**
     * @param git the skill's revisions from git, newest first
     * @param words what versions are called where their names do not tell them apart
     * @param problems where the snapshots' own problems go (double-encoded text, say): they are files
     *     authors can fix; the problems of old texts from git are not reported
     */
    public static List<Version> of(SkillSource skill, List<Revision> git, VersionWords words, Problems problems) {
        List<Revision> revisions = introduced(git);
        String latestCommit = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).commit();
        for (Snapshot snapshot : skill.folder().snapshots()) {
            TextDecoder.read(snapshot.skillFile(), problems).ifPresent(text -> {
                Instant date = snapshotMetadata(text, problems).map(SkillMetadata::updatedDate).map(SkillHistory::startOfDay).orElse(null);
                mergeByText(revisions, new Revision(text.text(), date, null, null, null, snapshot.label(), false));
            });
        }
        // Commits a script makes in one second share their date: git's own order, oldest first, decides.
        Map<String, Integer> newer = new HashMap<>();
        for (int i = 0; i < git.size(); i++) {
            newer.putIfAbsent(git.get(i).commit(), git.size() - i);
        }
        Revision current = current(skill, revisions, latestCommit);
        revisions.sort(Comparator.comparing(Revision::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(revision -> revision.commit() == null ? 0 : newer.get(revision.commit())));
        revisions.add(current);
        return label(revisions, skill, words);
    }

    /**
     * A revision for each text git holds, oldest first, written by the commit that brought it: a
     * commit that leaves the text as it was (a rename, new line ends) makes none, and a commit that
     * brings back an earlier text (a revert) makes a new one.
     */
    private static List<Revision> introduced(List<Revision> newestFirst) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Revision revision = newestFirst.get(i);
            if (revisions.isEmpty() || !revisions.get(revisions.size() - 1).text().equals(revision.text())) {
                revisions.add(revision);
            }
        }
        return revisions;
    }

    /** A snapshot holding a text git holds too is the first revision of that text; else a revision of its own. */
    private static void mergeByText(List<Revision> revisions, Revision snapshot) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).text().equals(snapshot.text())) {
                revisions.set(i, revisions.get(i).mergedWith(snapshot));
                return;
            }
        }
        revisions.add(snapshot);
    }

    /**
     * The text in the content folder, taken out of {@code older} when it is there: as the text the
     * latest commits hold, or a snapshot no commit holds. A text that only an older commit held was
     * brought back and not yet committed, and is a revision of its own.
     *
     * @param latestCommit the commit that brought the text the latest commits hold, or null
     */
    private static Revision current(SkillSource skill, List<Revision> older, String latestCommit) {
        String text = skill.skillDocument().source().text();
        Revision committed = null;
        for (int i = 0; i < older.size() && committed == null; i++) {
            Revision revision = older.get(i);
            if (revision.text().equals(text) && (revision.commit() == null || revision.commit().equals(latestCommit))) {
                committed = older.remove(i);
            }
        }
        Revision current = new Revision(text, committed == null ? uncommittedDate(skill) : committed.date(), null, null, null, null, true);
        return committed == null ? current : current.mergedWith(committed);
    }

    /**
     * A revision is called by its version, else its snapshot's label, else its day. When the version
     * stayed the same while the text changed, later texts are "VERSION · revised DAY"; when a day
     * is all there is, the day's later texts add their commit. The first keeps the plain name, so
     * that a version's address stays the same as later ones come. Addresses are made of the same
     * parts in English, whatever the site's language.
     */
    private static List<Version> label(List<Revision> revisions, SkillSource skill, VersionWords words) {
        List<Read> reads = revisions.stream().map(revision -> Read.of(revision, skill)).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            Revision revision = read.revision();
            String name = read.base() == null ? "draft" : read.base();
            String label = read.base() == null ? words.draft() : read.base();
            String slug = slug(name);
            if (seen.merge(name, 1, Integer::sum) > 1) {
                String known = read.dated() ? revision.shortCommit() : revision.day();
                if (known == null) {
                    label += " · " + words.revision(i + 1);
                    slug += "-" + slug("revision " + (i + 1));
                } else {
                    label += " · " + (read.dated() ? known : words.revised(known));
                    slug += "-" + slug(known);
                }
            }
            versions.add(new Version(revision, read.document(), read.metadata(), label, slug));
        }
        return disambiguate(versions);
    }

    /**
     * A revision parsed, with what it is called before any two are told apart: its version, else
     * its snapshot's label, else ({@code dated}) its day, null (a draft) if it has no date either.
     */
    private record Read(Revision revision, SourceDocument document, SkillMetadata metadata, String base, boolean dated) {

        static Read of(Revision revision, SkillSource skill) {
            SourceDocument document = revision.current() ? skill.skillDocument()
                    : SourceDocument.split(new SourceText(skill.folder().skillFile(), revision.text()), new Problems());
            SkillMetadata metadata = revision.current() ? skill.metadata() : SkillMetadataReader.read(document, new Problems()).orElse(null);
            String named = metadata != null && metadata.version() != null ? metadata.version() : revision.snapshot();
            return named != null ? new Read(revision, document, metadata, named, false)
                    : new Read(revision, document, metadata, revision.day(), true);
        }
    }

    /** Two revisions revised on the same day would share a slug; number the later ones. */
    private static List<Version> disambiguate(List<Version> versions) {
        Map<String, Integer> slugs = new HashMap<>();
        List<Version> unique = new ArrayList<>();
        for (Version v : versions) {
            int n = slugs.merge(v.slug(), 1, Integer::sum);
            unique.add(n == 1 ? v : new Version(v.revision(), v.document(), v.metadata(), v.label() + " (" + n + ")", v.slug() + "-" + n));
        }
        return unique;
    }

    /**
     * A snapshot's metadata. What would stop a skill's own SKILL.md (its front matter unreadable, or
     * none) is a warning here, as the version is still published, from its text. Its lesser
     * problems are the old text's; and its name may be one the skill had before it was renamed.
     */
    private static Optional<SkillMetadata> snapshotMetadata(SourceText text, Problems problems) {
        Problems own = new Problems();
        Optional<SkillMetadata> metadata = SkillMetadataReader.read(SourceDocument.split(text, own), own);
        own.sorted().stream().filter(Problem::isError).forEach(problem -> problems.add(problem.asWarning()));
        return metadata;
    }

    /**
     * Packaging tools set every file to a fixed time so that their archives come out the same:
     * npm to 1985-10-26, zip to 1980-01-01, Nix to 1970-01-01. No one wrote a skill before this.
     */
    private static final Instant PLACEHOLDER_TIMES_BEFORE = Instant.parse("1990-01-01T00:00:00Z");

    /**
     * When a text no commit holds was written: the day its front matter says it was updated, as for
     * snapshots, else the file's time, unless that is a packager's placeholder: then it has no date.
     * A copied or checked-out folder gives every file the time of the copy, which would date every
     * skill that day and disagree with its own "updated".
     */
    private static Instant uncommittedDate(SkillSource skill) {
        LocalDate updated = skill.metadata().updatedDate();
        if (updated != null) {
            return startOfDay(updated);
        }
        try {
            Instant modified = Files.getLastModifiedTime(skill.folder().skillFile().path()).toInstant();
            return modified.isBefore(PLACEHOLDER_TIMES_BEFORE) ? null : modified;
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** A URL segment that keeps version numbers readable: {@code 1.0.0}, {@code 2.1.0-beta}. */
    static String slug(String text) {
        String slug = FileNames.shortened(text.replaceAll("[^A-Za-z0-9._-]+", "-")).replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "version" : slug;
    }
}
