package dev.sitegen.publish;

import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.ContentHash;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One site-gen at a time writes an output folder: serve for as long as it serves, a build while it
 * builds. Two at once would each publish over the other, and leave a site built from neither's
 * content: a build run beside serve left the page of an edit saved during it out of date.
 *
 * <p>The lock is a file in the temporary folder named for the output folder, so that it is taken
 * before anything in the output folder is touched, even before the folder exists, and the
 * operating system lets it go when the process that held it ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The output folder held for this process, or empty, with the problem saying so, when another holds it. */
    public static Optional<OutputLock> acquire(Path output, Problems problems) {
        Path out = output.toAbsolutePath().normalize();
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "site-gen-" + ContentHash.of(out.toString(), 12) + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // A lock that cannot be made, in a temporary folder that cannot be written, only guards against a second writer.
            return Optional.of(new OutputLock(null));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            close(channel);
            problems.error("output-busy", SourceLocation.of(out),
                    "Another site-gen is writing this output folder, such as a serve still running, so this build wrote nothing.",
                    "Stop it first, or build into another folder with --output / sitegen.output.");
            return Optional.empty();
        }
        return Optional.of(new OutputLock(channel));
    }

    @Override
    public void close() {
        if (channel != null) {
            close(channel);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; a channel that fails to close is released when the process ends.
        }
    }
}
