package dev.sitegen.history;

import dev.sitegen.ContentFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real git repository in a temporary folder, committed to with fixed dates and authors. */
final class GitRepository implements AutoCloseable {

    private final Git git;
    final ContentFixture files;

    GitRepository(Path dir) {
        try {
            git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        files = new ContentFixture(dir);
    }

    Path root() {
        return files.root();
    }

    /** Stages every change in the work tree, deletions included, and commits it. */
    String commit(String message, String author, String isoDate) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com",
                    Instant.parse(isoDate), ZoneOffset.UTC);
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    void move(String from, String to) {
        try {
            Files.createDirectories(root().resolve(to).getParent());
            Files.move(root().resolve(from), root().resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String path) {
        try {
            Files.delete(root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
