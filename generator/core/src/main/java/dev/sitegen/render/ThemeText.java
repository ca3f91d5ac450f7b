package dev.sitegen.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sitegen.content.SourceFile;
import dev.sitegen.history.VersionWords;
import dev.sitegen.markdown.LinkTarget;
import dev.sitegen.markdown.Wording;
import dev.sitegen.model.YamlMapping;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.EditDistance;
import dev.sitegen.text.HtmlText;
import dev.sitegen.text.TextDecoder;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words the theme puts around a site's content, in the site's language: the header, the page
 * list, the metadata panel, history pages, what the scripts say. English ({@code i18n/en.yaml})
 * has every text; the theme's files of the site's language, from the most general tag to the most
 * specific ({@code zh}, then {@code zh-Hant} for {@code zh-TW}), and then the site's own templates
 * folder's, in the same order, replace texts key by key: a site may add a language or reword a
 * few texts of one, under any tag that leads to it.
 *
 * <p>A text names the values it is given in braces ({@code Pages of {skill}}); one that counts has
 * a form for one and for other numbers, chosen by its {@code count}.
 */
public final class ThemeText {

    public static final String FOLDER = "i18n";
    private static final String ENGLISH = "en";
    /** The texts the scripts show in the browser, given to them on every page. */
    private static final List<String> SCRIPT_KEYS = List.of("copy", "copied", "copy-by-keys", "loading-search", "searching",
            "no-match", "all-results", "matches", "similar-matches", "similar-words", "skill-count", "search-from-disk", "search-failed", "compared", "lines-changed", "texts-same", "versions-failed");
    private static final Pattern VALUE = Pattern.compile("\\{([a-z]+)}");
    /** The packaged English texts, read once: every build's texts start from them. */
    private static final Map<String, Message> ENGLISH_TEXTS = englishMessages();

    private final Map<String, Message> messages;
    /** The language numbers are written in: 5,000 in English, 5.000 in German. */
    private final Locale locale;
    private final boolean translated;
    private final String forScripts;

    /** A text, or a text by count: {@code one} for a count of one, {@code other} for the rest. */
    private record Message(String one, String other) {

        static Message of(String text) {
            return new Message(text, text);
        }

        String form(Object count) {
            return count instanceof Number n && n.longValue() == 1 && n.doubleValue() == 1 ? one : other;
        }

        boolean counts() {
            return !one.equals(other);
        }

        Set<String> values() {
            Set<String> names = new LinkedHashSet<>();
            for (String form : List.of(one, other)) {
                Matcher value = VALUE.matcher(form);
                while (value.find()) {
                    names.add(value.group(1));
                }
            }
            return names;
        }
    }

    private ThemeText(Map<String, Message> messages, Locale locale, boolean translated) {
        this.messages = Collections.unmodifiableMap(messages);
        this.locale = locale;
        this.translated = translated;
        this.forScripts = scriptJson(messages);
    }

    /** The theme's English texts, which every language falls back on. */
    public static ThemeText english() {
        return new ThemeText(ENGLISH_TEXTS, Locale.ENGLISH, true);
    }

    /**
     * The texts for a site in {@code language}, reporting what a site's own text files get wrong.
     *
     * @param overrides the site's own templates folder; may be null or missing
     */
    public static ThemeText load(String language, Path overrides, Problems problems) {
        Map<String, Message> english = ENGLISH_TEXTS;
        Map<String, Message> messages = new LinkedHashMap<>(english);
        boolean translated = false;
        List<Locale> candidates = new ArrayList<>(ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT)
                .getCandidateLocales("", Locale.forLanguageTag(language)));
        candidates.remove(Locale.ROOT);
        Collections.reverse(candidates);
        List<String> files = candidates.stream().map(candidate -> FOLDER + "/" + candidate.toLanguageTag() + ".yaml").toList();
        for (String file : files) {
            Optional<String> packaged = packaged(file);
            packaged.ifPresent(yaml -> messages.putAll(read(yaml, Path.of(file), english, new Problems())));
            translated |= packaged.isPresent();
        }
        Optional.ofNullable(overrides).ifPresent(dir -> misnamed(dir, problems));
        for (String file : files) {
            Optional<Path> own = Optional.ofNullable(overrides).map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
            own.flatMap(path -> TextDecoder.read(new SourceFile(path, file), problems))
                    .ifPresent(text -> messages.putAll(read(text.text(), own.get(), english, problems)));
            translated |= own.isPresent();
        }
        return new ThemeText(messages, Locale.forLanguageTag(language), translated || candidates.stream().anyMatch(c -> c.getLanguage().equals(ENGLISH)));
    }

    /** Whether a file of the site's language said anything: if not, the theme speaks English. */
    public boolean translated() {
        return translated;
    }

    /** Whether the theme has a text of {@code key}. */
    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /** The text of {@code key}. */
    public String get(String key) {
        return format(key, Map.of());
    }

    /** The text of {@code key} with the values it names filled in, in the form for their {@code count}. */
    public String format(String key, Map<String, ?> values) {
        return fill(key, values, String::valueOf, UnaryOperator.identity());
    }

    /** The words the Markdown of pages is rendered with. */
    public Wording wording() {
        return new Wording(get("section-link"), get("missing-skill"), get("not-in-site"), Map.of("note", get("note"), "tip", get("tip"),
                "important", get("important"), "warning", get("warning"), "caution", get("caution")),
                Arrays.stream(LinkTarget.Unlinked.Why.values()).collect(Collectors.toMap(why -> why, why -> get("unlinked-" + why.name().toLowerCase(Locale.ROOT)))));
    }

    /** The words versions are called by where their names do not tell them apart. */
    public VersionWords versionWords() {
        return new VersionWords(get("version-revised"), get("version-revision"), get("version-draft"));
    }

    /** The texts the scripts show, as JSON that may stand inside a script element. */
    String forScripts() {
        return forScripts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThemeText text && messages.equals(text.messages);
    }

    @Override
    public int hashCode() {
        return messages.hashCode();
    }

    /**
     * The templates' {@code t} function: {@code t("pages-of", {"skill": doc.skill.name})}, escaped
     * for HTML, except values that are HTML already, such as what a macro makes.
     */
    static final AbstractExtension EXTENSION = new AbstractExtension() {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("key", "values");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    // A macro sees only its arguments, not the page's context that holds the texts.
                    if (!(context.getVariable(Templates.TEXT) instanceof ThemeText text)) {
                        throw new PebbleException(null, "t() has no texts here: inside a macro, which sees only its arguments, "
                                + "call t() where the macro is called and pass the text in", line, self.getName());
                    }
                    String key = String.valueOf(args.get("key"));
                    if (!text.messages.containsKey(key)) {
                        throw new PebbleException(null, "the theme has no text \"" + key + "\" in " + FOLDER + "/en.yaml", line,
                                self.getName());
                    }
                    Map<?, ?> values = args.get("values") instanceof Map<?, ?> map ? map : Map.of();
                    return new SafeString(text.fill(key, values, value -> value instanceof SafeString
                            ? value.toString() : HtmlText.escape(String.valueOf(value)), HtmlText::escape));
                }
            });
        }
    };

    /** The text of {@code key} with its values filled in, its words and the values given each written by their function. */
    private String fill(String key, Map<?, ?> values, java.util.function.Function<Object, String> value, UnaryOperator<String> words) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalArgumentException("the theme has no text " + key);
        }
        String form = message.form(values.get("count"));
        StringBuilder out = new StringBuilder();
        Matcher named = VALUE.matcher(form);
        int at = 0;
        while (named.find()) {
            out.append(words.apply(form.substring(at, named.start())));
            if (values.containsKey(named.group(1))) {
                Object given = values.get(named.group(1));
                out.append(value.apply(given == null ? "" : given instanceof Integer || given instanceof Long
                        ? NumberFormat.getIntegerInstance(locale).format(given) : given));
            } else {
                out.append(words.apply(named.group()));
            }
            at = named.end();
        }
        return out.append(words.apply(form.substring(at))).toString();
    }

    private static Map<String, Message> englishMessages() {
        String file = FOLDER + "/" + ENGLISH + ".yaml";
        Problems problems = new Problems();
        Map<String, Message> english = read(packaged(file).orElseThrow(() -> new IllegalStateException("the packaged theme lacks " + file)),
                Path.of(file), null, problems);
        if (!problems.sorted().isEmpty()) {
            throw new IllegalStateException("the packaged " + file + " is broken: " + problems.sorted());
        }
        return english;
    }

    private static Optional<String> packaged(String file) {
        return Theme.packaged(file).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * The texts of one file. Against {@code english} (null when reading English itself), a key it
     * lacks or a value it is not given is reported and left out, as the page would show it wrong.
     */
    private static Map<String, Message> read(String yaml, Path file, Map<String, Message> english, Problems problems) {
        Map<String, Message> messages = new LinkedHashMap<>();
        Optional<YamlMapping> parsed = YamlMapping.parse(yaml, file, 1, problems);
        if (parsed.isEmpty()) {
            return messages;
        }
        YamlMapping texts = parsed.get();
        Map<String, Object> values = texts.unread();
        for (String key : values.keySet()) {
            SourceLocation where = texts.locationOf(key);
            Message known = english == null ? null : english.get(key);
            if (english != null && known == null) {
                problems.warning("theme-text-key", where, file.getFileName() + " has a text \"" + key + "\" that the theme does not use; "
                        + "it is ignored.", EditDistance.closest(key, english.keySet(), 2).map(k -> "Did you mean " + k + "?")
                        .orElse("Use the keys of the theme's " + FOLDER + "/en.yaml."));
                continue;
            }
            message(texts, key, values.get(key), problems).filter(m -> known == null || given(key, m, known, where, problems))
                    .ifPresent(m -> messages.put(key, m));
        }
        return messages;
    }

    private static Optional<Message> message(YamlMapping texts, String key, Object value, Problems problems) {
        if (value instanceof Map<?, ?>) {
            return texts.mapping(key, problems).flatMap(forms -> {
                forms.keys().stream().filter(form -> !form.equals("one") && !form.equals("other")).forEach(form ->
                        problems.warning("theme-text-value", forms.locationOf(form), "The form \"" + form + "\" of \"" + key
                                + "\" is not read: the theme tells counts of one from all others.",
                                "Give one: and other:, or, where the language's words for some counts differ, word the text around them."));
                Optional<String> other = forms.text("other", problems);
                if (other.isEmpty()) {
                    problems.warning("theme-text-value", texts.locationOf(key), "The text \"" + key + "\" has no \"other:\" form, "
                            + "for counts other than one; the built-in text is shown.", "Give it other:, and one: if it differs.");
                    return Optional.empty();
                }
                return Optional.of(new Message(forms.text("one", problems).orElse(other.get()), other.get()));
            });
        }
        if (value == null || value.toString().isBlank()) {
            problems.warning("theme-text-value", texts.locationOf(key), "The text \"" + key + "\" is empty; the built-in text is shown.",
                    "Give it words, or take the key out.");
            return Optional.empty();
        }
        return texts.text(key, problems).map(Message::of);
    }

    /**
     * Reports a site's text files named by no language, as {@code i18n/jp.yaml} is (jp is Japan,
     * ja Japanese): no site's language would lead to them. (A file for another language than the
     * site's may serve another site from the same templates folder.)
     */
    private static void misnamed(Path overrides, Problems problems) {
        Path folder = overrides.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> languages = Set.of(Locale.getISOLanguages());
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().forEach(file -> {
                String language = file.getFileName().toString().replaceFirst("([-.].*)?$", "").toLowerCase(Locale.ROOT);
                if (language.length() != 3 && !languages.contains(language)) {
                    problems.warning("theme-text-file", SourceLocation.of(file), "This file is named by no language (\"" + language
                            + "\" is none), so no site reads it.", "Name it by the language's tag, such as ja for Japanese or zh-Hant "
                            + "for Chinese in traditional characters.");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a translation names only values its text is given; if not, it is reported. */
    private static boolean given(String key, Message translation, Message english, SourceLocation where, Problems problems) {
        Set<String> unknown = new LinkedHashSet<>(translation.values());
        unknown.removeAll(english.values());
        if (unknown.isEmpty()) {
            return true;
        }
        problems.warning("theme-text-value", where, "The text \"" + key + "\" names {" + String.join("}, {", unknown)
                + "}, which it is not given; the built-in text is shown.", english.values().isEmpty()
                ? "Take the braces out." : "It is given {" + String.join("}, {", english.values()) + "}.");
        return false;
    }

    private static String scriptJson(Map<String, Message> messages) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(json)) {
            out.writeStartObject();
            for (String key : SCRIPT_KEYS) {
                Message message = messages.get(key);
                if (message.counts()) {
                    out.writeObjectFieldStart(key);
                    out.writeStringField("one", message.one());
                    out.writeStringField("other", message.other());
                    out.writeEndObject();
                } else {
                    out.writeStringField(key, message.other());
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Inside a script element, "</script" ends it and "<!--" changes how the browser looks for
        // its end: no "<" at all, then. It stands only in strings, where its JSON escape is the same text.
        return json.toString().replace("<", "\\u003c");
    }
}
