package dev.sitegen.search;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * lunr in GraalJS, as an index builder needs it: the index pipeline (trimmer, stop word filter,
 * stemmer: {@code sitegenSearch.indexPipeline}), to which a builder gives each distinct token
 * once, since interpreted JavaScript costs tens of microseconds a token and a corpus has millions
 * of tokens but tens of thousands of distinct ones; and the version and search pipeline an index
 * names. Not thread-safe.
 */
final class LunrRuntime implements AutoCloseable {

    private static final String[] NO_TERMS = {};

    private final Context context;
    private final Value terms;

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

    /** The terms the index pipeline makes of each token, all in one call: most often one, none for a stop word. */
    String[][] terms(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new String[0][];
        }
        String[] lines = terms.execute(String.join("\n", tokens)).asString().split("\n", -1);
        if (lines.length != tokens.size()) {
            throw new IllegalStateException("sitegenSearch.terms answered " + lines.length + " lines for " + tokens.size() + " tokens");
        }
        String[][] terms = new String[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            terms[i] = lines[i].isEmpty() ? NO_TERMS : lines[i].substring(1).split("\t", -1);
        }
        return terms;
    }

    @Override
    public void close() {
        context.close();
    }
}
