package dev.sitegen.render;

import dev.sitegen.ContentFixture;
import dev.sitegen.problem.Problem;
import dev.sitegen.problem.Problems;
import io.pebbletemplates.pebble.error.PebbleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTextTest {

    private static final Path BUILT_IN = Path.of("../../templates/i18n").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void countsChooseTheFormForOneOrForOtherNumbers() {
        ThemeText english = ThemeText.english();
        assertEquals("1 skill", english.format("skill-count", Map.of("count", 1)));
        assertEquals("2 skills", english.format("skill-count", Map.of("count", 2)));
        assertEquals("0 skills", english.format("skill-count", Map.of("count", 0L)));
        assertEquals("50+ sections match “x”.", english.format("matches", Map.of("count", "50+", "query", "x")));
        assertEquals("Pages of {skill}", english.get("pages-of"), "a value not given is left as written");
    }

    @Test
    void numbersAreWrittenAsTheSitesLanguageWritesThem() {
        assertEquals("5,000 skills", ThemeText.english().format("skill-count", Map.of("count", 5000)));
        assertEquals("5.000 Skills", ThemeText.load("de", dir.resolve("none"), new Problems()).format("skill-count", Map.of("count", 5000)));
        assertEquals("level 1: 12,000 tokens", ThemeText.english().format("disclosure-level", Map.of("level", 1, "count", 12000L)));
    }

    @Test
    void everyBuiltInLanguageHasEveryTextWithTheValuesItIsGiven() throws IOException {
        Map<String, Object> english = yaml(BUILT_IN.resolve("en.yaml"));
        List<Path> files;
        try (Stream<Path> list = Files.list(BUILT_IN)) {
            files = list.filter(f -> !f.getFileName().toString().equals("en.yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "the theme speaks the languages the README lists: " + files);
        for (Path file : files) {
            String tag = file.getFileName().toString().replace(".yaml", "");
            assertEquals(List.copyOf(english.keySet()), List.copyOf(yaml(file).keySet()), file + " has the keys of en.yaml, in order");
            Problems problems = new Problems();
            ThemeText text = ThemeText.load(tag, dir.resolve("none"), problems);
            assertTrue(text.translated(), tag);
            assertEquals(List.of(), problems.sorted(), "the built-in file reads without a problem");
            assertNotEquals(ThemeText.english().get("on-this-page"), text.get("on-this-page"), tag + " is not English");
        }
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @Test
    void aLanguageTagFindsTheNearestLanguageTheThemeHas() throws IOException {
        Map<String, Object> simplified = yaml(BUILT_IN.resolve("zh.yaml"));
        Map<String, Object> traditional = yaml(BUILT_IN.resolve("zh-Hant.yaml"));
        Map<String, Object> portuguese = yaml(BUILT_IN.resolve("pt.yaml"));
        assertEquals(simplified.get("search"), load("zh-CN").get("search"));
        assertEquals(traditional.get("search"), load("zh-TW").get("search"), "Taiwan writes traditional characters");
        assertEquals(traditional.get("search"), load("zh-Hant-HK").get("search"));
        assertEquals(portuguese.get("search"), load("pt-BR").get("search"));
        assertTrue(load("en-GB").translated());
        assertEquals("Search", load("en-GB").get("search"));
    }

    private static ThemeText load(String tag) {
        return ThemeText.load(tag, null, new Problems());
    }

    @Test
    void aLanguageTheThemeLacksIsSpokenInEnglishAndSaysSo() {
        ThemeText vietnamese = load("vi");
        assertFalse(vietnamese.translated());
        assertEquals("On this page", vietnamese.get("on-this-page"));
    }

    @Test
    void aSiteMayAddALanguageOrRewordSomeTextsOfOne() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("i18n/vi.yaml", "on-this-page: Trên trang này\n");
        templates.write("i18n/ja.yaml", "edit-page: GitHubで編集\n");
        Problems problems = new Problems();
        ThemeText vietnamese = ThemeText.load("vi", templates.root(), problems);
        assertTrue(vietnamese.translated());
        assertEquals("Trên trang này", vietnamese.get("on-this-page"));
        assertEquals("Previous", vietnamese.get("previous"), "what the site's file does not say is said in English");
        ThemeText japanese = ThemeText.load("ja", templates.root(), problems);
        assertEquals("GitHubで編集", japanese.get("edit-page"));
        assertEquals(load("ja").get("on-this-page"), japanese.get("on-this-page"), "the other texts are the theme's Japanese");
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aSiteFileUnderTheSitesOwnTagRewordsTheThemesLanguageOfAnotherTag() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("i18n/zh-TW.yaml", "skip-to-content: 跳到內容\n");
        ThemeText taiwan = ThemeText.load("zh-TW", templates.root(), new Problems());
        assertEquals("跳到內容", taiwan.get("skip-to-content"), "over the theme's zh-Hant, which zh-TW is read as");
        assertEquals(load("zh-Hant").get("next"), taiwan.get("next"));
    }

    @Test
    void aSiteFileIsCheckedAgainstTheTextsTheThemeHas() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        Path file = templates.write("i18n/ja.yaml", """
                serch: 探す
                pages-of: "{skil} のページ"
                skill-count:
                  one: 1 つ
                next: 次へ
                """);
        Problems problems = new Problems();
        ThemeText japanese = ThemeText.load("ja", templates.root(), problems);
        List<Problem> found = problems.sorted();
        assertEquals(3, found.size(), found.toString());
        assertEquals(file, found.get(0).location().file());
        assertEquals(List.of(1, 2, 3), found.stream().map(p -> p.location().line()).toList(), found.toString());
        assertTrue(found.get(0).fix().contains("Did you mean search?"), found.get(0).toString());
        assertTrue(found.get(1).message().contains("{skil}") && found.get(1).fix().contains("{skill}"), found.get(1).toString());
        assertTrue(found.get(2).message().contains("other:"), found.get(2).toString());
        assertEquals(load("ja").get("pages-of"), japanese.get("pages-of"), "a text with a mistake gives way to the built-in one");
        assertEquals("次へ", japanese.get("next"));
    }

    @Test
    void aSiteFileOrTextThatIsNotReadIsReportedNotIgnored() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        Path japanese = templates.write("i18n/jp.yaml", "next: 次へ\n");
        Path french = templates.write("i18n/fr.yaml", "next: \"\"\nskill-count:\n  one: \"{count} skill\"\n  many: \"{count} de skills\"\n"
                + "  other: \"{count} skills\"\n");
        Problems problems = new Problems();
        ThemeText.load("fr", templates.root(), problems);
        assertEquals(List.of(french + ":1 is empty", french + ":4 many", japanese + ":0 not read"), problems.sorted().stream()
                .map(p -> p.location().file() + ":" + p.location().line() + " " + (p.message().contains("empty") ? "is empty"
                        : p.message().contains("\"many\"") ? "many" : p.message().contains("no language") ? "not read" : p.message())).toList());
    }

    @Test
    void aSiteFileNotInUtf8IsReportedAtItsLineNotABuildThatFails() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        Path file = templates.write("i18n/es.yaml", "next: P\u00e1gina siguiente\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Problems problems = new Problems();
        ThemeText.load("es", templates.root(), problems);
        assertEquals(List.of("invalid-utf-8 " + file + ":1"), problems.sorted().stream()
                .map(p -> p.code() + " " + p.location().file() + ":" + p.location().line()).toList());
    }

    @Test
    void templatesSayTextsEscapedButTakeMarkupFromMacrosAsIs() throws Exception {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("probe.peb", """
                {% import "partials/markup.peb" %}{{ t("pages-of", {"skill": name}) }}|{{ t("updated-on", {"date": time(day)}) }}""");
        Theme theme = Theme.load(templates.root(), new Problems());
        StringWriter out = new StringWriter();
        theme.engine().getTemplate("probe.peb").evaluate(out, Map.of(Templates.TEXT, ThemeText.english(), "name", "<b>&",
                "day", "2026-01-02"));
        assertEquals("Pages of &lt;b&gt;&amp;|Updated <time datetime=\"2026-01-02\">2026-01-02</time>", out.toString());
    }

    @Test
    void aMacroSayingATextFailsSayingWhyAndAVariableNamedTextIsTheTemplatesOwn() throws IOException {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("macro.peb", "{% macro label() %}{{ t(\"next\") }}{% endmacro %}{{ label() }}");
        templates.write("loop.peb", "{% for text in [\"a\"] %}{{ text }} {{ t(\"next\") }}{% endfor %}");
        Theme theme = Theme.load(templates.root(), new Problems());
        PebbleException failure = assertThrows(PebbleException.class, () -> theme.engine().getTemplate("macro.peb")
                .evaluate(new StringWriter(), Map.of(Templates.TEXT, ThemeText.english())));
        assertTrue(failure.getMessage().contains("inside a macro"), failure.getMessage());
        StringWriter out = new StringWriter();
        theme.engine().getTemplate("loop.peb").evaluate(out, Map.of(Templates.TEXT, ThemeText.english()));
        assertEquals("a Next", out.toString());
    }

    @Test
    void aTemplateAskingForATextTheThemeLacksFailsNamingIt() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("probe.peb", "{{ t(\"no-such-text\") }}");
        Theme theme = Theme.load(templates.root(), new Problems());
        PebbleException failure = assertThrows(PebbleException.class, () -> theme.engine().getTemplate("probe.peb")
                .evaluate(new StringWriter(), Map.of(Templates.TEXT, ThemeText.english())));
        assertTrue(failure.getMessage().contains("no-such-text"), failure.getMessage());
    }

    @Test
    void scriptsGetTheirTextsAsJsonThatCannotEndTheirScriptElement() {
        ContentFixture templates = new ContentFixture(dir.resolve("templates"));
        templates.write("i18n/en.yaml", "copy: \"</script><b>\"\nno-match: \"<!--<script>\"\n");
        String json = ThemeText.load("en", templates.root(), new Problems()).forScripts();
        assertTrue(json.contains("\"copy\":\"\\u003c/script>\\u003cb>\""), json);
        assertTrue(json.contains("\"no-match\":\"\\u003c!--\\u003cscript>\""), "nor can it change how its end is found: " + json);
        assertTrue(json.contains("\"matches\":{\"one\":"), json);
    }
}
