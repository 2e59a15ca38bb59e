package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueSetTest {

    private static List<String> found(CueSet set, String text) {
        return set.find(Words.of(text)).stream()
                .map(h -> h.cue().phrase() + "@" + h.from() + "-" + h.to())
                .toList();
    }

    @Test
    void findsHitsInTextOrderThenPhraseOrder() {
        CueSet set = new CueSet(List.of("magnes*", "low magnesium", "ma*", "magnesium", "leg cramp*"));
        assertThat(found(set, "Low magnesium, leg cramps and massage"))
                .containsExactly(
                        "low magnesium@0-2", "magnesium@1-2", "magnes*@1-2", "ma*@1-2", "leg cramp*@2-4", "ma*@5-6");
        assertThat(set.count(Words.of("Low magnesium, leg cramps and massage"))).isEqualTo(6);
        assertThat(set.matchesFirstWord(Words.of("Low magnesium"))).isTrue();
        assertThat(set.matchesFirstWord(Words.of("Very low magnesium"))).isFalse();
        assertThat(set.matches("nothing here")).isFalse();
    }

    @Test
    void aSharedIndexFindsWhatEachSetFindsAlone() {
        String text = "Massage the calf, then magnesium; low magnesium is a leg cramp cause";
        List<String> phrasesA = List.of("ma*", "low magnesium", "cramp");
        List<String> phrasesB = List.of("magnesium", "mass*", "leg cramp", "m*");
        CueSet aloneA = new CueSet(phrasesA);
        CueSet aloneB = new CueSet(phrasesB);
        List<String> expectedA = found(aloneA, text);
        List<String> expectedB = found(aloneB, text);
        CueSet a = new CueSet(phrasesA);
        CueSet b = new CueSet(phrasesB);
        new CueIndex(List.of(a, b));
        assertThat(found(a, text)).isEqualTo(expectedA).isNotEmpty();
        assertThat(found(b, text)).isEqualTo(expectedB).isNotEmpty();
        assertThat(b.count(Words.of(text))).isEqualTo(expectedB.size());
    }
}
