package dev.sitegen.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems written out for people and machines: a readable list grouped by file, JSON, or GitHub
 * Actions workflow commands that mark each problem on its line in a pull request.
 */
public final class ProblemReport {

    private ProblemReport() {
    }

    /** Grouped by file, in file order: each file's path, then each problem under it as line:column. */
    public static String text(List<Problem> problems, Path base) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.location().displayPath(base), f -> new java.util.ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder();
        byFile.forEach((file, list) -> {
            out.append(file).append('\n');
            for (Problem p : list) {
                String at = p.location().line() == 0 ? "-" : p.location().line() + (p.location().column() == 0 ? "" : ":" + p.location().column());
                out.append(String.format("  %-7s %-7s %-22s %s%n", at, p.severity().label(), p.code(), p.message()))
                        .append("  ").append(" ".repeat(38)).append(p.fix()).append('\n');
            }
            out.append('\n');
        });
        return out.toString();
    }

    public static String json(List<Problem> problems, Path base) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("errors", problems.stream().filter(Problem::isError).count());
            json.writeNumberField("warnings", problems.stream().filter(p -> !p.isError()).count());
            json.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                write(json, p, base);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** One problem as a JSON object: severity, code, file (relative to {@code base}), line, column, message, fix. */
    public static void write(JsonGenerator json, Problem p, Path base) throws IOException {
        json.writeStartObject();
        json.writeStringField("severity", p.severity().label());
        json.writeStringField("code", p.code());
        json.writeStringField("file", p.location().displayPath(base));
        json.writeNumberField("line", p.location().line());
        json.writeNumberField("column", p.location().column());
        json.writeStringField("message", p.message());
        json.writeStringField("fix", p.fix());
        json.writeEndObject();
    }

    /** {@code ::warning file=…,line=…,col=…,title=…::message}, escaped as GitHub Actions requires. */
    public static String github(List<Problem> problems, Path base) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append("::").append(p.isError() ? "error" : "warning")
                    .append(" file=").append(property(p.location().displayPath(base)));
            if (p.location().line() > 0) {
                out.append(",line=").append(p.location().line());
            }
            if (p.location().column() > 0) {
                out.append(",col=").append(p.location().column());
            }
            out.append(",title=").append(property("site-gen " + p.code()))
                    .append("::").append(data(p.message() + " " + p.fix())).append('\n');
        }
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
