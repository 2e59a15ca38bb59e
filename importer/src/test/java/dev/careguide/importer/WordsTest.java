package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsIntoFoldedWordsWithTheirRanges() {
        Words words = Words.of("Doctor's 20% DOSE");
        assertThat(words.list()).containsExactly("doctor's", "20", "%", "dose");
        assertThat(words.start(3)).isEqualTo(13);
        assertThat(words.end(3)).isEqualTo(17);
    }

    @Test
    void textsSharingARememberedSlotKeepTheirOwnWords() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(Words.of("Aa").list()).containsExactly("aa");
        assertThat(Words.of("BB").list()).containsExactly("bb");
        assertThat(Words.of("Aa").list()).containsExactly("aa");
        assertThat(Words.of(new String("BB")).list()).containsExactly("bb");
    }

    @Test
    void repeatedWordsInAnyCaseFoldToTheSameWord() {
        assertThat(Words.of("Cramp cramp CRAMP cRamp cramps").list())
                .containsExactly("cramp", "cramp", "cramp", "cramp", "cramps");
        assertThat(Words.of("Bb Aa").list()).containsExactly("bb", "aa");
        assertThat(Words.of("Übung’s ÜBUNG").list()).containsExactly("übung's", "übung");
    }
}
