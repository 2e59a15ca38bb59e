package dev.careguide.i18n.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.memory.TranslationMemory.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationMemoryTest {

    private final TranslationMemory memory = TranslationMemory.builder()
            .add(new Entry(
                    "de",
                    "Stretch the calf for 20 seconds.",
                    "Dehnen Sie die Wade 20 Sekunden lang.",
                    "night-cramps",
                    "remedy.stretch.steps.1"))
            .add(new Entry(
                    "de",
                    "Stretch the calf for 30 seconds.",
                    "Dehnen Sie die Wade 30 Sekunden lang.",
                    "leg-cramps",
                    "remedy.stretch.steps.1"))
            .add(new Entry("de", "Drink water.", "Trinken Sie Wasser.", "vendor.tmx", null))
            .add(new Entry(
                    "ru",
                    "Stretch the calf for 30 seconds.",
                    "Растяните икру на 30 секунд.",
                    "leg-cramps",
                    "remedy.stretch.steps.1"))
            .add(new Entry(
                    "de-AT",
                    "Stretch the calf gently for 30 seconds.",
                    "Dehnen Sie die Wade sanft.",
                    "vendor.tmx",
                    null))
            .build();

    @Test
    void similarSourcesAreOfferedBestFirstWithTheirOrigin() {
        List<Suggestion> s = memory.suggest("de", "Stretch the calf for 40 seconds.", "leg-cramps", "remedy.x.steps.1");

        assertThat(s)
                .extracting(Suggestion::score, Suggestion::origin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(83, "leg-cramps"),
                        org.assertj.core.groups.Tuple.tuple(83, "night-cramps"),
                        org.assertj.core.groups.Tuple.tuple(71, "vendor.tmx"));
        assertThat(s.get(0).target()).isEqualTo("Dehnen Sie die Wade 30 Sekunden lang.");
        assertThat(s.get(0).commentText("en", "de"))
                .isEqualTo("83% · en: Stretch the calf for 30 seconds. · de: "
                        + "Dehnen Sie die Wade 30 Sekunden lang. · from leg-cramps");
    }

    @Test
    void theStringsOwnTranslationIsNeverOfferedAndIdenticalSourcesScoreHundred() {
        List<Suggestion> s =
                memory.suggest("de", "Stretch the calf for 30 seconds.", "leg-cramps", "remedy.stretch.steps.1");
        assertThat(s).extracting(Suggestion::origin).doesNotContain("leg-cramps");
        assertThat(memory.suggest("ru", "Stretch the calf for 30 seconds.", "other", "k")
                        .get(0)
                        .score())
                .isEqualTo(100);
    }

    @Test
    void unrelatedTextGetsNothing() {
        assertThat(memory.suggest("de", "Magnesium deficiency", "g", "k")).isEmpty();
        assertThat(memory.suggest("fr", "Stretch the calf for 30 seconds.", "g", "k"))
                .isEmpty();
    }

    @Test
    void aCommonWordAloneDoesNotMakeEveryEntryACandidate() {
        TranslationMemory.Builder b = TranslationMemory.builder();
        for (int i = 0; i < 5000; i++) {
            b.add(new Entry("de", "the item number " + i + " of the list", "Eintrag " + i, "g", "k" + i));
        }
        TranslationMemory big = b.build();
        List<Suggestion> s = big.suggest("de", "the item number 4321 of the list", "other", "x");
        assertThat(s).first().satisfies(x -> assertThat(x.target()).isEqualTo("Eintrag 4321"));
        assertThat(s.get(0).score()).isEqualTo(100);
    }
}
