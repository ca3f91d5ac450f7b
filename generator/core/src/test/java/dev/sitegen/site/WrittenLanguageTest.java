package dev.sitegen.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrittenLanguageTest {

    @Test
    void namesTheLanguageMostTextsAreWrittenInByTheirScript() {
        assertEquals(Optional.of("ja"), WrittenLanguage.guess(List.of("データを検証するスキル。", "Claude用のテンプレート", "English text.")));
        assertEquals(Optional.of("zh"), WrittenLanguage.guess(List.of("配置全文搜索索引。", "中文技能")));
        assertEquals(Optional.of("ko"), WrittenLanguage.guess(List.of("파이썬 개발 전문가", "한국어 안내")));
        assertEquals(Optional.of("ja"), WrittenLanguage.guess(List.of("Androidリリースビルドでの通信エラーを直す（SocketException, Failed host lookup）")),
                "a Japanese sentence naming English terms, which have more letters than it has kana and kanji");
    }

    @Test
    void guessesNothingForLatinTextsOrAMix() {
        assertEquals(Optional.empty(), WrittenLanguage.guess(List.of("Validates data with Pydantic.", "Uses the API 連携 once.")));
        assertEquals(Optional.empty(), WrittenLanguage.guess(List.of("データ", "English", "Español")), "not more than half");
        assertEquals(Optional.empty(), WrittenLanguage.guess(List.of()));
    }
}
