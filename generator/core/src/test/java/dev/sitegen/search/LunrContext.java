package dev.sitegen.search;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * lunr.js and search-lunr.js in GraalJS, as a browser loads them, for tests: loads our indexes as
 * the browser does, builds reference indexes with lunr's own Builder, and searches both.
 */
final class LunrContext implements AutoCloseable {

    /** A search result: a document's number and lunr's score. */
    record Result(int ref, double score) {
    }

    private final Context context = Lunr.newContext();

    Value eval(String js) {
        return context.eval("js", js);
    }

    Value function(String js) {
        return eval("(" + js + ")");
    }

    /** Our index, as the browser loads it: expanded from the compact form, then lunr.Index.load. */
    Value load(SearchIndex index) {
        return function("function (json) { return sitegenSearch.load(JSON.parse(json)); }").execute(text(index.index()));
    }

    /** lunr's serialisation of our index, once expanded: what lunr.Index.load is given. */
    String expandedJson(SearchIndex index) {
        return function("function (json) { return JSON.stringify(sitegenSearch.expand(JSON.parse(json))); }")
                .execute(text(index.index())).asString();
    }

    /**
     * The index lunr.Builder makes of the same documents, with the same fields, boosts and
     * pipelines; a document's ref is its number, as in ours.
     */
    Value buildWithLunr(List<SearchDocument> documents) {
        return function("""
                function (json) {
                  var input = JSON.parse(json), builder = new lunr.Builder();
                  builder.pipeline.add.apply(builder.pipeline, sitegenSearch.indexPipeline);
                  builder.searchPipeline.add.apply(builder.searchPipeline, sitegenSearch.searchPipeline);
                  builder.ref('id');
                  input.fields.forEach(function (field) { builder.field(field.name, { boost: field.boost }); });
                  input.documents.forEach(function (document, i) {
                    document.id = String(i);
                    builder.add(document, { boost: document.boost });
                  });
                  return builder.build();
                }""").execute(documentsJson(documents));
    }

    /**
     * The documents for lunr.Builder.add, each field's text under its name, and the fields with
     * their boosts: {@code {"fields": [{name, boost}], "documents": [{title, ..., boost}]}}.
     */
    static String documentsJson(List<SearchDocument> documents) {
        JsonBytes json = new JsonBytes(0).ascii("{\"fields\":[");
        for (SearchField field : SearchField.values()) {
            json.ascii(field.ordinal() == 0 ? "{\"name\":" : ",{\"name\":").string(field.label)
                    .ascii(",\"boost\":").number(field.boost).ascii('}');
        }
        json.ascii("],\"documents\":[");
        for (int i = 0; i < documents.size(); i++) {
            json.ascii(i == 0 ? "{" : ",{");
            for (SearchField field : SearchField.values()) {
                json.string(field.label).ascii(':').string(field.text(documents.get(i))).ascii(',');
            }
            json.ascii("\"boost\":").ascii(Double.toString(documents.get(i).boost())).ascii('}');
        }
        return new String(json.ascii("]}").toBytes(), StandardCharsets.UTF_8);
    }

    String json(Value index) {
        return function("function (index) { return JSON.stringify(index); }").execute(index).asString();
    }

    /** lunr's own search: index.search(query). */
    List<Result> lunrSearch(Value index, String query) {
        return results(index.invokeMember("search", query));
    }

    /** The browser's search: sitegenSearch.search(index, query). */
    List<Result> search(Value index, String query) {
        return results(eval("sitegenSearch").invokeMember("search", index, query));
    }

    private static List<Result> results(Value found) {
        List<Result> results = new ArrayList<>();
        for (long i = 0; i < found.getArraySize(); i++) {
            Value result = found.getArrayElement(i);
            results.add(new Result(Integer.parseInt(result.getMember("ref").asString()), result.getMember("score").asDouble()));
        }
        return results;
    }

    /** A JavaScript array of strings, as a list. */
    static List<String> strings(Value array) {
        List<String> strings = new ArrayList<>();
        for (long i = 0; i < array.getArraySize(); i++) {
            strings.add(array.getArrayElement(i).asString());
        }
        return strings;
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}
