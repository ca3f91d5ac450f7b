package dev.sitegen.history;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.FileNames;
import dev.sitegen.text.TextDecoder;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the git repository holding the content folder knows: the commits that changed each skill's
 * SKILL.md, followed across renames, when each file of the content folder last changed, and where
 * its renamed files went.
 *
 * <p>One first-parent walk visits every commit once and diffs it against its parent, keeping only
 * files below the content folder, so the cost grows with the number of commits, not with commits
 * times skills. Walking from the newest commit back, a rename moves the path being followed to its
 * old name; a deletion and a later re-adding at the same path stay one history.
 *
 * @param revisions each skill's SKILL.md revisions, newest first, by the file's path on disk
 * @param lastChanged when each file was last committed, by its path below the content folder
 * @param moves the files of the content folder that git saw renamed
 */
public record GitHistory(Map<Path, List<Revision>> revisions, Map<String, Instant> lastChanged, Moves moves) {

    public static final GitHistory NONE = new GitHistory(Map.of(), Map.of(), Moves.NONE);

    /**
     * The history of the repository holding {@code contentDir}; {@link #NONE}, with one note saying
     * why, when there is no usable history (no repository, no commits, a shallow clone).
     */
    public static GitHistory read(Path contentDir, Collection<Path> skillFiles, Consumer<String> note) {
        try (Repository repository = repositoryAround(contentDir)) {
            if (repository.isBare() || repository.getDirectory() == null) {
                note.accept("no git work tree holds " + contentDir + ", so versions come from snapshots only");
                return NONE;
            }
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                note.accept("the git repository has no commits yet, so versions come from snapshots only");
                return NONE;
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                note.accept("the git clone is shallow, so its history is incomplete and versions come from snapshots only;"
                        + " clone with full history (actions/checkout: fetch-depth: 0) for the whole history");
                return NONE;
            }
            return walk(repository, head, contentDir, skillFiles);
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            note.accept("the content folder is not in a git repository, so versions come from snapshots only");
            return NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the git history of " + contentDir, e);
        }
    }

    /** The commit the repository holding {@code contentDir} is at, if it is in one that has commits. */
    public static Optional<String> head(Path contentDir) {
        try (Repository repository = repositoryAround(contentDir)) {
            return Optional.ofNullable(repository.resolve("HEAD")).map(ObjectId::name);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Where a content folder sits in the git repository checked out around it, if it is in one.
     *
     * @param contentPath its path from the repository's root, "" at the root
     * @param branch the branch checked out, empty when none is (a detached HEAD, as CI checks out pull requests)
     */
    public record Checkout(String contentPath, Optional<String> branch) {
    }

    public static Optional<Checkout> checkout(Path contentDir) {
        try (Repository repository = repositoryAround(contentDir)) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String path = FileNames.relative(workTree, contentDir.toRealPath());
            String head = repository.getFullBranch();
            Optional<String> branch = head != null && head.startsWith(Constants.R_HEADS)
                    ? Optional.of(Repository.shortenRefName(head)) : Optional.empty();
            return Optional.of(new Checkout(path, branch));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The repository whose work tree holds the folder. The search starts from its absolute path:
     * from a relative one such as {@code skills}, JGit would look no higher than the folder itself.
     */
    private static Repository repositoryAround(Path folder) throws IOException {
        return new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile()).setMustExist(true).build();
    }

    private static GitHistory walk(Repository repository, ObjectId head, Path contentDir, Collection<Path> skillFiles)
            throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path content = contentDir.toRealPath();
        String prefix = FileNames.relative(workTree, content);
        Map<String, Path> followed = new HashMap<>();
        for (Path file : skillFiles) {
            followed.put(FileNames.relative(workTree, file.toRealPath()), file);
        }
        Map<Path, List<Revision>> revisions = new HashMap<>();
        Map<String, Instant> lastChanged = new HashMap<>();
        Map<String, String> renamedTo = new HashMap<>();
        TreeFilter contentOnly = prefix.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF);
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                for (DiffEntry change : changes(repository, walk, commit, contentOnly)) {
                    if (change.getChangeType() == DiffEntry.ChangeType.DELETE) {
                        continue;
                    }
                    lastChanged.putIfAbsent(inContent(prefix, change.getNewPath()), commit.getAuthorIdent().getWhenAsInstant());
                    // Both sides of a rename are below the content folder: the walk sees nothing else to pair.
                    if (change.getChangeType() == DiffEntry.ChangeType.RENAME) {
                        renamedTo.putIfAbsent(inContent(prefix, change.getOldPath()), inContent(prefix, change.getNewPath()));
                    }
                    Path skill = followed.get(change.getNewPath());
                    if (skill == null) {
                        continue;
                    }
                    revisions.computeIfAbsent(skill, s -> new ArrayList<>()).add(revision(repository, commit, change));
                    if (change.getChangeType() == DiffEntry.ChangeType.RENAME) {
                        followed.remove(change.getNewPath());
                        followed.put(change.getOldPath(), skill);
                    }
                }
            }
        }
        return new GitHistory(revisions, lastChanged, new Moves(renamedTo));
    }

    /** A path of the repository as a path below the content folder, which is at {@code prefix} in it. */
    private static String inContent(String prefix, String repositoryPath) {
        return prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
    }

    private static List<DiffEntry> changes(Repository repository, RevWalk walk, RevCommit commit, TreeFilter filter) throws IOException {
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.setRecursive(true);
            tree.setFilter(filter);
            if (commit.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            } else {
                tree.addTree(new EmptyTreeIterator());
            }
            tree.addTree(commit.getTree());
            RenameDetector renames = new RenameDetector(repository);
            renames.addAll(DiffEntry.scan(tree));
            return renames.compute();
        }
    }

    private static Revision revision(Repository repository, RevCommit commit, DiffEntry change) throws IOException {
        byte[] bytes = repository.open(change.getNewId().toObjectId()).getBytes();
        SourceFile blob = new SourceFile(Path.of(change.getNewPath()), change.getNewPath());
        // Old texts are shown as they were; their problems are history, not something to fix now.
        String text = TextDecoder.decode(blob, bytes, new Problems()).map(t -> t.text()).orElse("");
        PersonIdent author = commit.getAuthorIdent();
        String message = commit.getShortMessage().strip();
        return new Revision(text, author.getWhenAsInstant(), commit.getName(), author.getName(), message.isEmpty() ? null : message,
                null, false);
    }
}
