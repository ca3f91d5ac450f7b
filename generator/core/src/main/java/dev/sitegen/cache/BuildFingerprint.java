package dev.sitegen.cache;

import dev.sitegen.BuildConfig;
import dev.sitegen.content.CollectionReadme;
import dev.sitegen.history.GitHistory;
import dev.sitegen.text.FileNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What a site is built from, as one SHA-256: site-gen's own code, the build's options, every file
 * of the content and templates folders by path, size, time and a checksum of its content, and the
 * commit whose history the versions come from. Builds with the same fingerprint write the same site.
 *
 * <p>Files are summed with CRC-32, which the JVM computes at memory speed from its first call:
 * a fingerprint is taken before every build, of every file, and SHA-256 over all of them would be
 * most of the time a build with nothing to do takes. Paired with size and time it tells edits
 * apart; it guards against mistakes, not attacks.
 */
public final class BuildFingerprint {

    private static volatile String code;

    private BuildFingerprint() {
    }

    public static String of(BuildConfig config) {
        MessageDigest sha = sha256();
        field(sha, "site-gen " + code());
        field(sha, config.mode() + " " + config.strict() + " " + config.history());
        field(sha, String.valueOf(config.baseUrl()));
        field(sha, String.valueOf(config.repositoryUrl()));
        folder(sha, "content", config.contentDir());
        if (config.templatesDir() != null && Files.isDirectory(config.templatesDir())) {
            folder(sha, "templates", config.templatesDir());
        }
        if (config.history()) {
            field(sha, "git " + GitHistory.head(config.contentDir()).orElse("none"));
        }
        // Above the content folder, the README that may title the site.
        CollectionReadme.find(config.contentDir()).ifPresent(readme -> file(sha, readme.toString(), readme));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Every regular file below {@code root}, in path order: its path, size, modification time (a
     * skill's working copy is dated by it) and content checksum.
     */
    private static void folder(MessageDigest sha, String name, Path root) {
        field(sha, name);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                file(sha, FileNames.relative(root, file), file);
            }
        } catch (IOException | UncheckedIOException e) {
            field(sha, "unreadable " + e.getMessage());
        }
    }

    /** A file by its name, size, modification time and content checksum. */
    private static void file(MessageDigest sha, String name, Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            field(sha, name + " " + content.length + " " + Files.getLastModifiedTime(file).toMillis() + " " + checksum(content));
        } catch (IOException e) {
            // What cannot be read now is reported by the build; the fingerprint only needs to differ.
            field(sha, name + " unreadable " + e.getMessage());
        }
    }

    /** The jar (or class folder) site-gen runs from, read once: a new site-gen is new code even at the same version. */
    static String code() {
        if (code == null) {
            MessageDigest sha = sha256();
            try {
                CodeSource source = BuildFingerprint.class.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    field(sha, unknownCode());
                } else {
                    Path location = Path.of(source.getLocation().toURI());
                    if (Files.isDirectory(location)) {
                        folder(sha, "classes", location);
                    } else {
                        field(sha, Long.toString(checksum(Files.readAllBytes(location))));
                    }
                }
            } catch (IOException | URISyntaxException | SecurityException e) {
                field(sha, unknownCode());
            }
            code = HexFormat.of().formatHex(sha.digest());
        }
        return code;
    }

    /** Code that cannot be read: a fingerprint no later run can match, so nothing is ever reused wrongly. */
    private static String unknownCode() {
        return "unknown " + System.nanoTime();
    }

    private static long checksum(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static void field(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
