package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedWordsTest {

    private static final List<String> PIECES = List.of(
            "a",
            "A",
            "b",
            "ab",
            "Ab",
            "ss",
            "SS",
            "ß",
            "ẞ",
            "İ",
            "i",
            "ı",
            "I",
            "é",
            "e\u0301",
            "É",
            "1",
            "2",
            "1,5",
            ".",
            ",",
            "'",
            "’",
            "-",
            "_",
            ":",
            "!",
            "?",
            "(",
            ")",
            "\"",
            "«",
            "»",
            "…",
            "—",
            "нет",
            "Нет",
            "ё",
            "Ё",
            "لا",
            "ال",
            "١",
            "ά",
            "Ά",
            "ς",
            "σ",
            "Σ",
            "ǅ",
            "ǆ",
            "ﬁ",
            "fi",
            "ℌ",
            "Ⓐ",
            "ⓐ",
            "\u00AD",
            "\u200B",
            "\u200D",
            "\u0301",
            "й",
            "ї",
            "ğ",
            "Ğ",
            "ł",
            "Ł",
            "ç",
            "x²",
            "½",
            "%",
            "#",
            "@",
            "{0}",
            "{n, plural, one {# a} other {# b}}",
            "\u00A0",
            "\u2009",
            "\u202F",
            "\u3000",
            "中",
            "の",
            "ไทย",
            "😀");
    private static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\u2009", "\u2028", "\u001F", "");

    @Test
    void neverRulesOutWhatTheWordIteratorFinds() {
        Random random = new Random(42);
        for (String tag : List.of("en", "de", "ru", "tr", "ar", "el", "uk", "pl", "fr")) {
            BreakIterator words = BreakIterator.getWordInstance(new ULocale(tag));
            int found = 0;
            for (int n = 0; n < 40_000; n++) {
                StringBuilder sb = new StringBuilder();
                int count = 1 + random.nextInt(5);
                for (int k = 0; k < count; k++) {
                    int parts = 1 + random.nextInt(3);
                    for (int j = 0; j < parts; j++) {
                        sb.append(PIECES.get(random.nextInt(PIECES.size())));
                    }
                    sb.append(SPACES.get(random.nextInt(SPACES.size())));
                }
                String text = sb.toString();
                boolean repeated = !RepeatedWords.scan(text, words).isEmpty();
                if (repeated) {
                    found++;
                    assertThat(RepeatedWords.possible(text))
                            .as("[%s] %s", tag, text)
                            .isTrue();
                }
            }
            assertThat(found).isGreaterThan(100);
        }
    }

    @Test
    void rulesOutOrdinaryText() {
        assertThat(RepeatedWords.possible("Lët üs fïgürë öüt vhy zïs häppëns.")).isFalse();
        assertThat(RepeatedWords.possible("cats sat on the mat")).isFalse();
        assertThat(RepeatedWords.possible("the the")).isTrue();
        assertThat(RepeatedWords.possible("Straße STRASSE")).isTrue();
    }
}
