package dev.sitegen.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Severity;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.publish.OutputFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a build leaves in its cache folder for the next one: the fingerprint of what it was built
 * from, the files it published, and what it found, so that a build with nothing changed can say
 * so at once (see {@link BuildFingerprint}); and a folder where stages keep their own reusable
 * work, such as the search index's terms.
 *
 * <p>A cache belongs to one site-gen: opened by another, it is emptied, so that nothing kept by
 * old code is taken for what new code would make. And it is only ever a shortcut: one that is
 * missing or unreadable makes a full build, never a failed one.
 */
public final class BuildCache {

    private static final String LAST_BUILD = "last-build.json";
    private static final String CODE = "site-gen.code";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;

    private BuildCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache in {@code dir}, emptied first if another site-gen wrote it; empty, with a note
     * saying why, if the folder holds files that are not a site-gen cache, which are never touched.
     */
    public static Optional<BuildCache> open(Path dir, Consumer<String> note) {
        Path code = dir.resolve(CODE);
        try {
            // Compared as bytes: a code file garbled into what is not UTF-8 is another site-gen's too, and emptied.
            if (!Files.isRegularFile(code) || !Arrays.equals(Files.readAllBytes(code), BuildFingerprint.code().getBytes(StandardCharsets.UTF_8))) {
                if (!Files.isRegularFile(code) && Files.isDirectory(dir) && !isEmpty(dir)) {
                    note.accept("the cache folder " + dir + " holds files that site-gen did not write, so no cache was used;"
                            + " choose an empty or new folder for it");
                    return Optional.empty();
                }
                empty(dir);
                Files.createDirectories(dir);
                Files.writeString(code, BuildFingerprint.code());
            }
            return Optional.of(new BuildCache(dir));
        } catch (IOException | UncheckedIOException e) {
            note.accept("the cache folder " + dir + " could not be prepared (" + e.getMessage() + "), so no cache was used");
            return Optional.empty();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes what is in {@code dir}, never following a link out of it. */
    private static void empty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** What the last build found and made. */
    public record LastBuild(int skills, int pages, List<Problem> problems, List<String> missingSkills, List<String> notes) {
    }

    /** A folder for a stage's own reusable work. */
    public Path folder(String name) {
        return dir.resolve(name);
    }

    /**
     * The last build, if it was made from inputs with this fingerprint and published into
     * {@code output}, and every file it published is still there as it was.
     */
    public Optional<LastBuild> unchanged(String fingerprint, Path output) {
        Path file = dir.resolve(LAST_BUILD);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (JsonParser json = JSON.createParser(file.toFile())) {
            Recorded recorded = Recorded.read(json);
            boolean same = recorded.fingerprint.equals(fingerprint)
                    && recorded.output.equals(output.toAbsolutePath().normalize().toString())
                    && recorded.files.equals(OutputFolder.siteFiles(output));
            return same ? Optional.of(recorded.build) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a build that published into {@code output}, replacing the record of the one before. */
    public void record(String fingerprint, Path output, LastBuild build) throws IOException {
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, LAST_BUILD, ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); JsonGenerator json = JSON.createGenerator(out)) {
            new Recorded(fingerprint, output.toAbsolutePath().normalize().toString(), OutputFolder.siteFiles(output), build).write(json);
        }
        Files.move(temporary, dir.resolve(LAST_BUILD), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's form: the fingerprint, the output and its files' sizes, then the build. */
    private record Recorded(String fingerprint, String output, Map<String, Long> files, LastBuild build) {

        void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("fingerprint", fingerprint);
            json.writeStringField("output", output);
            json.writeObjectFieldStart("files");
            for (Map.Entry<String, Long> file : files.entrySet()) {
                json.writeNumberField(file.getKey(), file.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("skills", build.skills());
            json.writeNumberField("pages", build.pages());
            strings(json, "missingSkills", build.missingSkills());
            strings(json, "notes", build.notes());
            json.writeArrayFieldStart("problems");
            for (Problem p : build.problems()) {
                json.writeStartObject();
                json.writeStringField("severity", p.severity().name());
                json.writeStringField("code", p.code());
                json.writeStringField("file", p.location().file().toString());
                json.writeNumberField("line", p.location().line());
                json.writeNumberField("column", p.location().column());
                json.writeStringField("message", p.message());
                json.writeStringField("fix", p.fix());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        static Recorded read(JsonParser json) throws IOException {
            expect(json, JsonToken.START_OBJECT);
            String fingerprint = null;
            String output = null;
            Map<String, Long> files = new LinkedHashMap<>();
            int skills = 0;
            int pages = 0;
            List<String> missing = List.of();
            List<String> notes = List.of();
            List<Problem> problems = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "fingerprint" -> fingerprint = json.getText();
                    case "output" -> output = json.getText();
                    case "files" -> {
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String path = json.currentName();
                            json.nextToken();
                            files.put(path, json.getLongValue());
                        }
                    }
                    case "skills" -> skills = json.getIntValue();
                    case "pages" -> pages = json.getIntValue();
                    case "missingSkills" -> missing = strings(json);
                    case "notes" -> notes = strings(json);
                    case "problems" -> {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            problems.add(problem(json));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (fingerprint == null || output == null) {
                throw new IOException("not a record of a build");
            }
            return new Recorded(fingerprint, output, files, new LastBuild(skills, pages, problems, missing, notes));
        }

        private static Problem problem(JsonParser json) throws IOException {
            Map<String, String> fields = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                fields.put(name, json.getText());
            }
            SourceLocation at = new SourceLocation(Path.of(fields.get("file")), Integer.parseInt(fields.get("line")),
                    Integer.parseInt(fields.get("column")));
            return new Problem(Severity.valueOf(fields.get("severity")), fields.get("code"), at, fields.get("message"), fields.get("fix"));
        }

        private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }

        private static List<String> strings(JsonParser json) throws IOException {
            List<String> values = new ArrayList<>();
            while (json.nextToken() == JsonToken.VALUE_STRING) {
                values.add(json.getText());
            }
            return values;
        }

        private static void expect(JsonParser json, JsonToken token) throws IOException {
            if (json.nextToken() != token) {
                throw new IOException("expected " + token);
            }
        }
    }
}
