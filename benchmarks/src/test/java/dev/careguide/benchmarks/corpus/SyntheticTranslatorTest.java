package dev.careguide.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticTranslatorTest {

    @Test
    void writesTheTargetScriptAndKeepsNumbersAndPlaceholders() {
        SyntheticTranslator ru = SyntheticTranslator.first(2).get(1);
        String text = ru.translate("Rise on your toes 10-15 times, {count, plural, one {# time} other {# times}}.");

        assertThat(ru.tag()).isEqualTo("ru");
        assertThat(UScript.getScript(text.codePointAt(0))).isEqualTo(UScript.CYRILLIC);
        assertThat(text).contains("10-15", "{count, plural, one {# time} other {# times}}");
    }

    @Test
    void everyLocaleChangesAnyWordWithAVowel() {
        for (SyntheticTranslator translator : SyntheticTranslator.first(10)) {
            for (String word : List.of("kale", "tofu", "rice", "soup", "Drink")) {
                assertThat(translator.translate(word))
                        .as(translator.tag() + " " + word)
                        .isNotEqualTo(word);
            }
        }
    }

    @Test
    void aNegatingSourceKeepsANegationTheCatalogCheckReads() throws IOException {
        for (SyntheticTranslator.TargetLocale locale : SyntheticTranslator.locales()) {
            SyntheticTranslator translator = SyntheticTranslator.first(
                            SyntheticTranslator.locales().size())
                    .stream()
                    .filter(t -> t.tag().equals(locale.tag()))
                    .findFirst()
                    .orElseThrow();
            String language = locale.tag().split("-")[0];
            List<String> checked = negationWords(language);
            if (locale.negation() == null) {
                assertThat(checked)
                        .as(locale.tag() + " has negation words; name one in locales.yaml")
                        .isEmpty();
                continue;
            }
            assertThat(checked).as(locale.tag()).contains(locale.negation());
            assertThat(translator.translate("Don't cross your legs.")).endsWith(" " + locale.negation());
            assertThat(translator.translate("Never skip a meal.")).endsWith(" " + locale.negation());
            assertThat(translator.translate("Cross your legs.")).doesNotContain(locale.negation());
        }
    }

    private static List<String> negationWords(String language) throws IOException {
        try (InputStream in = SyntheticTranslatorTest.class.getResourceAsStream(
                "/dev/careguide/i18n/safety-words/" + language + ".yaml")) {
            if (in == null) {
                return List.of();
            }
            List<String> words = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).path("negation").forEach(n -> words.add(n.asText()));
            return words;
        }
    }

    @Test
    void offersTenDistinctLocalesForTheScaleBenchmark() {
        List<String> tags = SyntheticTranslator.first(10).stream()
                .map(SyntheticTranslator::tag)
                .toList();

        assertThat(tags).hasSize(10).doesNotHaveDuplicates();
        assertThatThrownBy(() -> SyntheticTranslator.first(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
