package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sitegen.site.SitePath;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site over HTTP as GitHub Pages does: under a base path such as {@code /repo/}, a
 * folder answers with its {@code index.html} (a folder asked for without its trailing slash is
 * redirected to it), and anything missing answers 404 with the site's {@code 404.html}.
 *
 * <p>Nothing outside the site is served: a path with {@code ..} or a NUL in any encoding, or
 * one that leads out of the site through a symbolic link, is not found.
 *
 * <p>Given a {@link LiveReload}, as serve gives it, pages get its script, which reloads them as
 * builds publish; a built site never holds it.
 */
public final class SiteServer implements AutoCloseable {

    /** What serve answers before any build has made a site: the live-reload script shows the first build's problems over it. */
    private static final byte[] NO_SITE_YET = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>No site yet · site-gen serve</title></head>"
            + "<body><h1>No site yet</h1><p>No build has made this site yet. When one fails, its problems show over this page; "
            + "once one succeeds, the page reloads by itself.</p></body></html>").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("sh", "text/plain; charset=utf-8"),
            Map.entry("py", "text/plain; charset=utf-8"), Map.entry("ts", "text/plain; charset=utf-8"),
            Map.entry("yaml", "text/plain; charset=utf-8"), Map.entry("yml", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final String basePath;
    private final LiveReload live;

    /** Whether a build has made a site in {@code root} yet: serve's one test of it, for its log and for what it answers. */
    static boolean hasSite(Path root) {
        return Files.isRegularFile(root.resolve("index.html"));
    }

    private SiteServer(HttpServer server, ExecutorService threads, Path root, String basePath, LiveReload live) {
        this.server = server;
        this.threads = threads;
        this.root = root;
        this.basePath = basePath;
        this.live = live;
    }

    /**
     * Starts serving {@code root} at {@code basePath} ("/" or "/repo/") on {@code address}; port 0
     * picks a free port.
     */
    public static SiteServer start(Path root, String basePath, InetSocketAddress address) throws IOException {
        return start(root, basePath, address, null);
    }

    /**
     * Serves the site with live reload: its pages reload as {@code live} is told of builds.
     * The site folder need not exist yet; until a build makes it, every page is not found.
     */
    public static SiteServer start(Path root, String basePath, InetSocketAddress address, LiveReload live) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /: " + basePath);
        }
        HttpServer http = HttpServer.create(address, 128);
        ExecutorService threads = Executors.newFixedThreadPool(32, DaemonThreads.named("site-gen-http"));
        SiteServer server = new SiteServer(http, threads, root.toAbsolutePath().normalize(), basePath, live);
        http.createContext("/", server::handle);
        http.setExecutor(threads);
        http.start();
        return server;
    }

    /**
     * The site's URL, such as {@code http://127.0.0.1:8080/repo/}: one a browser on this machine can
     * open, so served on every address ({@code --host 0.0.0.0}) it names localhost.
     */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        InetAddress host = address.getAddress();
        String name = host.isAnyLocalAddress() ? "localhost"
                : host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + address.getPort() + basePath);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (live != null) {
            live.closeAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        if (live != null && method.equals("GET") && live.handle(exchange, rawPath)) {
            return;
        }
        try (exchange) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (rawPath.equals(basePath.substring(0, basePath.length() - 1)) || rawPath.equals("/") && !basePath.equals("/")) {
                redirect(exchange, basePath);
                return;
            }
            Optional<Path> file = resolve(rawPath);
            if (file.isPresent() && Files.isDirectory(file.get())) {
                if (!rawPath.endsWith("/")) {
                    redirect(exchange, rawPath + "/");
                    return;
                }
                file = Optional.of(file.get().resolve("index.html")).filter(Files::isRegularFile);
            }
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                send(exchange, 200, file.get());
            } else {
                Path notFound = root.resolve("404.html");
                if (Files.isRegularFile(notFound)) {
                    send(exchange, 404, notFound);
                } else if (live != null && !hasSite(root)) {
                    sendLive(exchange, 404, NO_SITE_YET);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        } catch (IOException e) {
            // The client went away mid-response: nothing to do but let the exchange close.
        }
    }

    /** The file a request path names, if it lies inside the site. */
    private Optional<Path> resolve(String rawPath) {
        if (!rawPath.startsWith(basePath)) {
            return Optional.empty();
        }
        Optional<String> path = SitePath.decode(rawPath.substring(basePath.length()));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String decoded = path.get();
        if (decoded.contains("\0") || decoded.contains("\\")) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        try {
            Path file = root.resolve(decoded).normalize();
            if (!file.startsWith(root) || !Files.exists(file)) {
                return Optional.empty();
            }
            return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    /** Temporary: a browser keeps a permanent redirect, and would still send the next project served on this port to this one's path. */
    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (live != null && extension.equals("html")) {
            sendLive(exchange, status, Files.readAllBytes(file));
            return;
        }
        headers(exchange, TYPES.getOrDefault(extension, "application/octet-stream"));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // One open file for both its length and its bytes: serve's rebuilds replace files as they are
        // read, and a length taken from the path could belong to another file than the bytes sent.
        try (FileChannel open = FileChannel.open(file)) {
            long length = open.size();
            exchange.sendResponseHeaders(status, head ? -1 : (length == 0 ? -1 : length));
            if (!head && length > 0) {
                try (OutputStream body = exchange.getResponseBody()) {
                    Channels.newInputStream(open).transferTo(body);
                }
            }
        }
    }

    /** A page with the live-reload script before its closing body tag, or at its end if it has none. */
    private void sendLive(HttpExchange exchange, int status, byte[] page) throws IOException {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = live.tag();
        byte[] bytes = (end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
        headers(exchange, TYPES.get("html"));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    private static void headers(HttpExchange exchange, String contentType) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    }
}
