package dev.sitegen.site;

import java.util.List;
import java.util.Optional;

/**
 * The language most of a site's skills are written in, when their script shows it: Japanese,
 * Chinese or Korean. Pages say which language they are in, and browsers pick fonts by it: Han
 * characters are drawn differently in Japanese and in Chinese. A site that says nothing is taken
 * to be English, which such a site should be told of.
 */
public final class WrittenLanguage {

    private WrittenLanguage() {
    }

    /** A BCP 47 tag ({@code ja}, {@code zh} or {@code ko}) when more than half of the texts are mostly in its script. */
    public static Optional<String> guess(List<String> texts) {
        int japanese = 0;
        int chinese = 0;
        int korean = 0;
        for (String text : texts) {
            switch (of(text)) {
                case "ja" -> japanese++;
                case "zh" -> chinese++;
                case "ko" -> korean++;
                default -> {
                }
            }
        }
        int half = texts.size() / 2;
        return japanese > half ? Optional.of("ja") : chinese > half ? Optional.of("zh") : korean > half ? Optional.of("ko") : Optional.empty();
    }

    /**
     * One text's language, by the script it says most in; "" for any other. A kana, a Han
     * character or a Hangul syllable says about what a word of Latin letters does, so words of
     * other scripts are counted, not their letters: a Japanese sentence naming SocketException
     * is Japanese.
     */
    private static String of(String text) {
        int kana = 0;
        int han = 0;
        int hangul = 0;
        int other = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean word = false;
            if (Character.isLetter(c)) {
                switch (Character.UnicodeScript.of(c)) {
                    case HIRAGANA, KATAKANA -> kana++;
                    case HAN -> han++;
                    case HANGUL -> hangul++;
                    // Such as the prolonged sound mark of katakana, shared by several scripts.
                    case COMMON, INHERITED -> {
                    }
                    default -> {
                        other += inWord ? 0 : 1;
                        word = true;
                    }
                }
            }
            inWord = word;
        }
        if (kana + han > other && kana > 0) {
            return "ja";
        }
        return han > other ? "zh" : hangul > other ? "ko" : "";
    }
}
