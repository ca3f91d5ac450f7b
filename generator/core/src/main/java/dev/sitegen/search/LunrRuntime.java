package dev.sitegen.search;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * lunr in GraalJS, as an index builder needs it: the index pipeline (trimmer, stop word filter,
 * stemmer: {@code sitegenSearch.indexPipeline}), where each distinct token goes once, since
 * interpreted JavaScript costs tens of microseconds a token and a corpus has millions of tokens
 * but tens of thousands of distinct ones; and the version and search pipeline an index names.
 * Remembers every token's terms for as long as it lives. Not thread-safe.
 */
final class LunrRuntime implements AutoCloseable {

    private static final String[] NO_TERMS = {};

    private final Context context;
    private final Value terms;
    private final Map<String, String[]> known = new HashMap<>();

    private final String version;
    private final List<String> searchPipeline;

    LunrRuntime(Context context) {
        this.context = context;
        Value bindings = context.getBindings("js");
        Value sitegenSearch = bindings.getMember("sitegenSearch");
        this.terms = sitegenSearch.getMember("terms");
        this.version = bindings.getMember("lunr").getMember("version").asString();
        Value functions = sitegenSearch.getMember("searchPipeline");
        List<String> labels = new ArrayList<>();
        for (long i = 0; i < functions.getArraySize(); i++) {
            labels.add(functions.getArrayElement(i).getMember("label").asString());
        }
        this.searchPipeline = List.copyOf(labels);
    }

    String version() {
        return version;
    }

    /** The names of the functions lunr runs a query's terms through, as an index names them. */
    List<String> searchPipeline() {
        return searchPipeline;
    }

    /** Runs the pipeline over the tokens it has not seen yet, all in one call. */
    void learn(Collection<String> tokens) {
        List<String> unknown = new ArrayList<>();
        for (String token : tokens) {
            if (!known.containsKey(token)) {
                unknown.add(token);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        String answer = terms.execute(String.join("\n", unknown)).asString();
        String[] lines = answer.split("\n", -1);
        if (lines.length != unknown.size()) {
            throw new IllegalStateException("sitegenSearch.terms answered " + lines.length + " lines for " + unknown.size() + " tokens");
        }
        for (int i = 0; i < lines.length; i++) {
            known.put(unknown.get(i), lines[i].isEmpty() ? NO_TERMS : lines[i].substring(1).split("\t", -1));
        }
    }

    /** The terms of a token {@link #learn learnt} before: most often one, none for a stop word. */
    String[] terms(String token) {
        String[] found = known.get(token);
        if (found == null) {
            throw new IllegalArgumentException("the pipeline has not seen the token " + token);
        }
        return found;
    }

    @Override
    public void close() {
        context.close();
    }
}
