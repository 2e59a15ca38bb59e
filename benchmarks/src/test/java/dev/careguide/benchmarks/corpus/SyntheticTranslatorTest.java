package dev.careguide.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.lang.UScript;
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
                assertThat(translator.translate(word)).as(translator.tag() + " " + word).isNotEqualTo(word);
            }
        }
    }

    @Test
    void offersTenDistinctLocalesForTheScaleBenchmark() {
        List<String> tags = SyntheticTranslator.first(10).stream().map(SyntheticTranslator::tag).toList();

        assertThat(tags).hasSize(10).doesNotHaveDuplicates();
        assertThatThrownBy(() -> SyntheticTranslator.first(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
