package dev.sitegen.search;

import dev.sitegen.render.ThemeText;
import dev.sitegen.markdown.ConvertedMarkdown;
import dev.sitegen.markdown.LinkPolicy;
import dev.sitegen.markdown.MarkdownConverter;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Our index against lunr's own in node, on the same section documents of a synthetic corpus:
 * build time, bytes raw and gzipped, and query time in node as a stand-in for a browser. Not a
 * test; see README.md, "Benchmarks", for how to run it.
 *
 * <p>Arguments: corpus sizes (default 1000 5000). System properties: {@code sitegen.bench.generator},
 * the corpus generator (default /work/shared/bench/gen_corpus.py); {@code sitegen.bench.work}, the
 * work folder (default target/search-benchmark).
 */
public final class SearchIndexBenchmark {

    private static final Pattern NODE_TIMES = Pattern.compile("node lunr build\\+stringify ms: (\\d+) .* median (\\d+)");
    /** Words of the synthetic corpus, common to absent, in the ways a reader searches. */
    private static final List<String> QUERIES = List.of("python", "search index", "cache*", "pyd", "title:deploy",
            "+build -test", "throughput latency metric", "configure the server", "nosuchword", "sh", "thro", "con");

    public static void main(String[] args) throws Exception {
        Path generator = Path.of(System.getProperty("sitegen.bench.generator", "/work/shared/bench/gen_corpus.py"));
        Path work = Path.of(System.getProperty("sitegen.bench.work", "target/search-benchmark")).toAbsolutePath();
        List<Integer> sizes = args.length == 0 ? List.of(1000, 5000) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf("java %s, %s, node %s%n", Runtime.version(), graalVersion(), run(work, "node", "--version").strip());
        for (int size : sizes) {
            benchmark(generator, work.resolve("corpus-" + size), size);
        }
    }

    private static void benchmark(Path generator, Path dir, int size) throws Exception {
        run(dir.getParent(), "python3", generator.toString(), String.valueOf(size), dir.resolve("corpus").toString(), "--tools", "raw");
        List<SearchDocument> documents = documents(dir.resolve("corpus/raw"));
        long tokens = documents.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        System.out.printf("%n== %d docs: %d sections, about %d words%n", size, documents.size(), tokens);

        long[] times = new long[3];
        SearchIndex index = null;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            index = SearchIndex.build(documents);
            times[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long ours = median(times);
        System.out.printf("site-gen build (GraalJS start included) ms: %d %d %d median %d; %d terms%n",
                times[0], times[1], times[2], ours, index.termCount());

        Files.write(dir.resolve("our-index.json"), index.index());
        Files.write(dir.resolve("our-store.json"), index.store());
        Files.write(dir.resolve("lunr.js"), SearchIndex.lunrScript());
        Files.write(dir.resolve("search-lunr.js"), Lunr.resource(Lunr.SETUP_JS));
        Files.write(dir.resolve("lunr-benchmark.js"), Lunr.resource("dev/sitegen/search/lunr-benchmark.js"));
        Files.writeString(dir.resolve("documents.json"), LunrContext.documentsJson(documents));
        Files.writeString(dir.resolve("queries.txt"), String.join("\n", QUERIES));
        String node = run(dir, "node", "--max-old-space-size=8192", "lunr-benchmark.js", dir.toString());
        System.out.print(node);
        queryInGraalJs(index);

        Matcher lunrTimes = NODE_TIMES.matcher(node);
        if (!lunrTimes.find()) {
            throw new IllegalStateException("no build times from node");
        }
        long lunrFirst = Long.parseLong(lunrTimes.group(1));
        long lunrMedian = Long.parseLong(lunrTimes.group(2));
        byte[] lunrIndex = Files.readAllBytes(dir.resolve("lunr-index.json"));
        System.out.printf("build time: site-gen %d ms, node+lunr %d ms, ratio %.2f (target <= 1); first runs: %d ms, %d ms, ratio %.2f%n",
                ours, lunrMedian, (double) ours / lunrMedian, times[0], lunrFirst, (double) times[0] / lunrFirst);
        report("index", index.index(), lunrIndex);
        System.out.printf("store (site-gen only, fetched with the index): %,d bytes, %,d gzipped%n", index.store().length, gzip(index.store()));
        System.out.printf("index + store gzipped vs lunr's index gzipped: ratio %.2f%n",
                (double) (gzip(index.index()) + gzip(index.store())) / gzip(lunrIndex));
    }

    /** Not a browser: GraalJS interprets, where a browser compiles. */
    private static void queryInGraalJs(SearchIndex index) {
        try (LunrContext lunr = new LunrContext()) {
            long start = System.nanoTime();
            Value loaded = lunr.load(index);
            System.out.printf("GraalJS load of our index: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            for (String query : QUERIES) {
                long[] times = new long[2];
                int found = 0;
                for (int run = 0; run < times.length; run++) {
                    long queryStart = System.nanoTime();
                    found = lunr.search(loaded, query).size();
                    times[run] = (System.nanoTime() - queryStart) / 1_000_000;
                }
                System.out.printf("GraalJS query \"%s\": %d results, %d ms, again %d ms%n", query, found, times[0], times[1]);
            }
        }
    }

    private static void report(String what, byte[] ours, byte[] lunr) {
        System.out.printf("%s bytes: site-gen %,d raw, %,d gzipped; lunr %,d raw, %,d gzipped; ratio raw %.2f, gzipped %.2f (target <= 0.5)%n",
                what, ours.length, gzip(ours), lunr.length, gzip(lunr), (double) ours.length / lunr.length, (double) gzip(ours) / gzip(lunr));
    }

    /** The corpus's pages cut into sections as the site cuts them; tags as keywords. */
    private static List<SearchDocument> documents(Path raw) throws IOException {
        MarkdownConverter converter = new MarkdownConverter(ThemeText.english().wording());
        List<SearchDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(raw)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("index.md")).sorted().toList()) {
                String text = Files.readString(file);
                int end = text.indexOf("\n---\n", 4);
                List<String> tags = Pattern.compile("(?m)^  - (.+)$").matcher(text.substring(0, end)).results().map(m -> m.group(1)).toList();
                ConvertedMarkdown page = converter.convert(text.substring(end + 5), 1, LinkPolicy.KEEP_ALL);
                String slug = file.getFileName().toString().replaceAll("\\.md$", "");
                documents.addAll(SiteSearch.page("skills/" + slug + "/", page.title(), page.title(), tags, page.sections()));
            }
        }
        return documents;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static String graalVersion() {
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            return "GraalJS " + engine.getVersion();
        }
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
