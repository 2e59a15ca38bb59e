package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence boundaries (ICU's rules with the repairs pasted text needs) and tokens that map back to the text. */
class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(LanguageProfile.forLocale("en"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Drink water. Sleep well.                                       | Drink water. / Sleep well.
            Take 1 tsp. three times a day. Rest.                            | Take 1 tsp. three times a day. / Rest.
            A warm (not hot!) shower helps. Then sleep.                     | A warm (not hot!) shower helps. / Then sleep.
            Drink 1.5 liters a day, e.g. water or tea. Eat fruit.          | Drink 1.5 liters a day, e.g. water or tea. / Eat fruit.
            No. The heat expands the veins.                                 | No. / The heat expands the veins.
            Is it safe? Yes, in moderation.                                 | Is it safe? / Yes, in moderation.
            """)
    void sentencesEndWhereTheTextSays(String text, String expected) {
        String t = text.strip();
        List<String> sentences =
                analyzer.sentenceSpans(t).stream().map(s -> s.of(t)).toList();
        assertThat(String.join(" / ", sentences)).isEqualTo(expected.strip());
    }

    @Test
    void tokensCarryWordClassLemmaAndTheirPlaceInTheText() {
        String text = "Intro. The cramps are caused by walking.";
        Sentence s = analyzer.sentences(text).get(1);
        assertThat(s.span().of(text)).isEqualTo("The cramps are caused by walking.");
        for (Token t : s.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.form());
        }
        assertThat(s.tokens()).extracting(Token::lemma).contains("cramp", "be", "cause");
        assertThat(s.tokens())
                .filteredOn(t -> t.form().equals("caused"))
                .singleElement()
                .satisfies(t -> assertThat(t.pos()).isEqualTo(Pos.VERB));
    }

    @Test
    void aCapitalizedCommandIsReadAsAVerb() {
        Sentence s = analyzer.sentences("Stand on all fours with the palms under the shoulders.")
                .get(0);
        assertThat(s.token(0).pos()).isEqualTo(Pos.VERB);
        Sentence noun = analyzer.sentences("Insomnia the doctors call a frequent companion.")
                .get(0);
        assertThat(noun.token(0).pos()).isNotEqualTo(Pos.VERB);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Varicose veins – one of the most frequent companions of pregnancy. | false
            Thick blood and slow flow – the ideal conditions for a thrombus.    | false
            Drink water – a glass every hour.                                   | true
            Stand on the floor.                                                 | true
            """)
    void aVerblessDashStatementDoesNotOpenWithAVerb(String text, boolean verb) {
        Sentence s = analyzer.sentences(text).get(0);
        assertThat(s.token(0).pos() == Pos.VERB).isEqualTo(verb);
    }

    @Test
    void lemmasAreTheSameWhateverImportedBefore() {
        String text = "She eats apples and pears.";
        List<String> first = analyzer.sentences(text).get(0).tokens().stream()
                .map(Token::lemma)
                .toList();
        new TextAnalyzer(LanguageProfile.forLocale("en")).sentences("Apples and pears are eaten by all.");
        List<String> again = new TextAnalyzer(LanguageProfile.forLocale("en"))
                .sentences(text).get(0).tokens().stream().map(Token::lemma).toList();
        assertThat(again).isEqualTo(first).contains("eat", "apple");
    }
}
