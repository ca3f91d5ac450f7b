package dev.sitegen.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadmeIntroTest {

    @Test
    void takesTheTitleAndTheFirstParagraphOfProsePastTheBadges() {
        ReadmeIntro intro = ReadmeIntro.of("""
                # Superpowers ![logo](logo.png)

                [![npm](https://img.shields.io/npm/v/x)](https://npmjs.com/x) [![License: MIT](https://img.shields.io/badge/MIT)](LICENSE)

                Superpowers is a complete software development workflow for your coding agents, built on
                composable [skills](skills/).

                ## Installation
                """);
        assertEquals("Superpowers", intro.title());
        assertEquals("Superpowers is a complete software development workflow for your coding agents, built on composable skills.",
                intro.description());
    }

    /** As ECC's README opens: a line of translations above its heading, then badges, a quote and links, then its sections. */
    @Test
    void takesNoLineOfLinksNorAnythingPastTheFirstSectionForTheDescription() {
        ReadmeIntro intro = ReadmeIntro.of("""
                **Language:** English | [Português](docs/pt-BR/README.md) | [简体中文](README.zh-CN.md) | [日本語](docs/ja/README.md)

                # ECC

                > **211.9K+ stars** | **32.5K+ forks**

                **Language / 语言 / 語言 / Dil / Язык / Idioma**

                [**English**](README.md) | [Português (Brasil)](docs/pt-BR/README.md) | [简体中文](README.zh-CN.md)

                ## What it is

                A paragraph that belongs to a section, not to the introduction.
                """);
        assertEquals("ECC", intro.title());
        assertNull(intro.description());
    }

    @Test
    void takesTheTitleFromTheHtmlAReadmeOpensWith() {
        ReadmeIntro intro = ReadmeIntro.of("<h1 align=\"center\">SpecWeave</h1>\n\n<p align=\"center\"><img src=\"b.svg\"></p>\n\n"
                + "SpecWeave turns specs into working code for your agents.\n");
        assertEquals("SpecWeave", intro.title());
        assertEquals("SpecWeave turns specs into working code for your agents.", intro.description());
    }

    @Test
    void readsAChineseParagraphAsProse() {
        ReadmeIntro intro = ReadmeIntro.of("# Ant Design X 技能\n\n为编程助手提供组件的使用指南和最佳实践。\n");
        assertEquals("为编程助手提供组件的使用指南和最佳实践。", intro.description());
    }

    @Test
    void cutsALongDescriptionAtASentenceAndTakesAParagraphWithoutAHeading() {
        String sentence = "This collection holds skills that agents load when a task calls for them. ";
        ReadmeIntro intro = ReadmeIntro.of(sentence.repeat(8) + "\n");
        assertNull(intro.title());
        assertTrue(intro.description().length() <= 300 && intro.description().endsWith("for them."), intro.description());
    }
}
