package dev.sitegen.search;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one build's search index leaves for the next, in a folder of the build cache: the terms
 * lunr's pipeline made of each token the index held, and the index itself with a digest of the
 * documents it was made from. A rebuild then runs GraalJS only for tokens it has not met, and
 * not at all when no document changed. The build cache is emptied whenever site-gen itself
 * changes, lunr and its pipeline with it, so nothing here outlives the code that made it.
 *
 * <p>The terms file is text: a line naming lunr's version and search pipeline, then a line per
 * token, the token and its terms separated by tabs. Tokens hold neither tabs nor line breaks,
 * which split them.
 */
final class SearchCache {

    private static final String TERMS = "terms.tsv";
    private static final String INDEX = "index.json";
    private static final String STORE = "store.json";
    private static final String DOCUMENTS = "documents.sha256";
    private static final String[] NO_TERMS = {};

    private final Path dir;

    SearchCache(Path dir) {
        this.dir = dir;
    }

    /** What lunr said: its version, its search pipeline, and the terms of each token it was given. */
    record Learnt(String version, List<String> searchPipeline, Map<String, String[]> terms) {
    }

    /** The terms the last build learnt; empty when there are none or they cannot be read. */
    Optional<Learnt> terms() {
        Path file = dir.resolve(TERMS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] lunr = in.readLine().split("\t", -1);
            if (!lunr[0].equals("lunr") || lunr.length < 2) {
                return Optional.empty();
            }
            Map<String, String[]> terms = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                terms.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? NO_TERMS : line.substring(tab + 1).split("\t", -1));
            }
            return Optional.of(new Learnt(lunr[1], List.of(lunr).subList(2, lunr.length), terms));
        } catch (IOException | UncheckedIOException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Keeps the terms of {@code tokens}, those an index holds, for the next build. */
    void saveTerms(String version, List<String> searchPipeline, Collection<String> tokens, Map<String, String[]> terms) {
        write(TERMS, file -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("lunr\t" + version + (searchPipeline.isEmpty() ? "" : "\t" + String.join("\t", searchPipeline)) + "\n");
                for (String token : tokens) {
                    out.write(token);
                    for (String term : terms.get(token)) {
                        out.write('\t');
                        out.write(term);
                    }
                    out.write('\n');
                }
            }
        });
    }

    /** The index the last build made, if it was made from documents with this digest. */
    Optional<SearchIndex> index(String documentsDigest, int documentCount) {
        try {
            Path made = dir.resolve(DOCUMENTS);
            List<String> lines = Files.isRegularFile(made) ? Files.readAllLines(made) : List.of();
            if (lines.size() != 2 || !lines.get(0).equals(documentsDigest)) {
                return Optional.empty();
            }
            return Optional.of(new SearchIndex(Files.readAllBytes(dir.resolve(INDEX)), Files.readAllBytes(dir.resolve(STORE)),
                    documentCount, Integer.parseInt(lines.get(1))));
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void saveIndex(String documentsDigest, SearchIndex index) {
        // What it was made from goes first and comes back last: an index and store without it are never read.
        write(DOCUMENTS, Files::deleteIfExists);
        write(INDEX, file -> Files.write(file, index.index));
        write(STORE, file -> Files.write(file, index.store));
        write(DOCUMENTS, file -> Files.writeString(file, documentsDigest + "\n" + index.termCount() + "\n"));
    }

    /** Everything an index is made from, as a SHA-256: each document's fields, in order. */
    static String digest(List<SearchDocument> documents) {
        MessageDigest sha = sha256();
        for (SearchDocument document : documents) {
            for (String field : List.of(document.url(), document.title(), document.heading(), document.text(),
                    String.join("\t", document.keywords()), Double.toString(document.boost()))) {
                sha.update(field.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private interface Writing {
        void to(Path file) throws IOException;
    }

    /** Writes a file whole or not at all; a cache that cannot be written is only a slower next build. */
    private void write(String name, Writing writing) {
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, name, ".tmp");
            try {
                writing.to(temporary);
                Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException e) {
            // Nothing to do: the next build learns again what this one could not keep.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
