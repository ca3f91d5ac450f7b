package dev.sitegen.highlight;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlighterTest {

    private static Document highlight(String language, String code) {
        return Jsoup.parseBodyFragment(Highlighter.highlight(language, code).orElseThrow());
    }

    /** The text of each token of a class, in order. */
    private static List<String> tokens(Document html, String cssClass) {
        return html.select(".tok-" + cssClass).eachText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            python     | def f(x):  # note\\n    return "hi" if x else None | keyword=def,return,if,else | comment=# note | string="hi" | literal=None
            bash       | export A="$HOME" # set\\nif [ -f x ]; then echo $A; fi | keyword=export,if,then,fi | comment=# set | string="$HOME" | variable=$A
            bash       | S=otto-python\\ncd my-git-repo && ./run-docker-build.sh --source\\ngit status | builtin=cd,git | keyword= | string= | comment=
            toml       | [tool.poetry]\\nname = "x"  # n\\nasync = true | property=[tool.poetry] | key=name,async | string="x" | literal=true
            yaml       | name: demo\\ntags: [a, b]\\nok: true  # c | key=name,tags,ok | comment=# c | literal=true | string=
            json       | {"a": 1, "b": [true, null, "s"]} | key="a","b" | number=1 | literal=true,null | string="s"
            java       | @Override public int size() { return 42; } // x | meta=@Override | keyword=public,int,return | number=42 | comment=// x
            typescript | const x: number = await f(`t`); /* c */ | keyword=const,number,await | string=`t` | comment=/* c */ | function=f
            rust       | fn f<'a>(x: &'a str) -> u8 { 1 } | keyword=fn | string= | number=1 | comment=
            html       | <a href="x">don't</a><!-- c --> | tag=<a,>,</a,> | attribute=href | string="x" | comment=<!-- c -->
            diff       | @@ -1 +1 @@\\n-old\\n+new\\n same | meta=@@ -1 +1 @@ | deleted=-old | inserted=+new | string=
            yaml       | steps:\\n  - name: build\\n    run: http://x | key=steps,name,run | string= | literal= | comment=
            """)
    void marksTheTokensOfEachLanguage(String language, String code, String a, String b, String c, String d) {
        Document html = highlight(language, code.replace("\\n", "\n"));
        for (String expectation : new String[] {a, b, c, d}) {
            String[] parts = expectation.strip().split("=", 2);
            List<String> expected = parts[1].isEmpty() ? List.of() : List.of(parts[1].split(","));
            assertEquals(expected, tokens(html, parts[0]), language + " " + parts[0] + " in " + html.body().html());
        }
        assertEquals(code.replace("\\n", "\n"), html.body().wholeText(), "the text is unchanged");
    }

    @Test
    void escapesTheCodeItMarks() {
        String html = Highlighter.highlight("html", "<script>alert(\"&\")</script>").orElseThrow();
        assertTrue(html.contains("&lt;script"), html);
        assertTrue(!html.contains("<script"), html);
    }

    @Test
    void leavesUnknownLanguagesToPlainText() {
        assertEquals(Optional.empty(), Highlighter.highlight("klingon", "qapla'"));
        assertEquals(Optional.empty(), Highlighter.highlight(null, "x"));
    }

    @Test
    void namesLanguagesAsFencedCodeDoes() {
        for (String alias : new String[] {"py", "sh", "shell", "zsh", "yml", "ts", "js", "jsonc", "Python", "BASH"}) {
            assertTrue(Highlighter.highlight(alias, "x").isPresent(), alias);
        }
    }
}
