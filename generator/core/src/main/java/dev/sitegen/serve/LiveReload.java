package dev.sitegen.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.ProblemReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What serve adds to the site it serves: a script in every page that listens for builds, reloads
 * the page when one publishes, and shows a failed build's problems over the page until one
 * succeeds. The pages and script learn of builds by server-sent events on {@value #EVENTS}: on
 * connecting, and after each build, the state {@code {"ok", "build", "problems"}}, where build
 * counts the builds published and each problem is as {@link ProblemReport#json} writes it.
 */
public final class LiveReload {

    static final String SCRIPT = "/__site-gen/live.js";
    static final String EVENTS = "/__site-gen/events";

    private static final byte[] SCRIPT_BYTES = script();
    private static final JsonFactory JSON = new JsonFactory();

    private final Set<OutputStream> clients = ConcurrentHashMap.newKeySet();
    private final Path base;
    private volatile String state = "{\"ok\":true,\"build\":0,\"problems\":[]}";
    private int build;

    /** @param base the folder problems' files are shown relative to */
    public LiveReload(Path base) {
        this.base = base;
    }

    /** A build published: every open page reloads. */
    public synchronized void published() {
        build++;
        broadcast(state(true, List.of()));
    }

    /** A build failed: every open page shows its problems, until a build publishes. */
    public synchronized void failed(List<Problem> problems) {
        // The errors are why nothing was published: they come first, before warnings that sort earlier by file.
        broadcast(state(false, problems.stream().sorted(Comparator.comparing((Problem p) -> !p.isError())).toList()));
    }

    /** What a served page must hold to take part: the script, with the build the page comes from. */
    synchronized String tag() {
        return "<script src=\"" + SCRIPT + "?build=" + build + "\" defer></script>";
    }

    /** Answers the script and the event stream; whether the request was one of them. */
    boolean handle(HttpExchange exchange, String path) throws IOException {
        if (path.equals(SCRIPT)) {
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, SCRIPT_BYTES.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(SCRIPT_BYTES);
            }
            exchange.close();
            return true;
        }
        if (path.equals(EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream stream = exchange.getResponseBody();
            // The exchange stays open: the stream is this client's until it goes away.
            if (send(stream, state)) {
                clients.add(stream);
            }
            return true;
        }
        return false;
    }

    /** Ends every event stream: the server is stopping. */
    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // Gone already.
            }
        }
        clients.clear();
    }

    private void broadcast(String newState) {
        state = newState;
        clients.removeIf(client -> !send(client, newState));
    }

    /** Sends a state; false if the client has gone. */
    private static boolean send(OutputStream client, String state) {
        try {
            synchronized (client) {
                client.write(("event: state\ndata: " + state + "\n\n").getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
            return true;
        } catch (IOException e) {
            try {
                client.close();
            } catch (IOException ignored) {
                // The client is gone either way.
            }
            return false;
        }
    }

    private String state(boolean ok, List<Problem> problems) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeBooleanField("ok", ok);
            json.writeNumberField("build", build);
            json.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                ProblemReport.write(json, p, base);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] script() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
