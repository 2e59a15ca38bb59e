package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How sentences split into clauses and what each clause's grammar says: one row per sentence, the clauses joined
 * by " / ", each as {@code MOOD[+flags]: text} (flags: {@code neg} negated, {@code cause} a causal connective,
 * {@code back} refers back, and the stances).
 */
class ClauseReaderTest {

    private static final LanguageProfile PROFILE = LanguageProfile.forLocale("en");
    private final TextAnalyzer analyzer = new TextAnalyzer(PROFILE);
    private final ClauseReader reader = new ClauseReader(PROFILE, ImportRules.defaults().audience);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Drink more water.                                                 | IMPERATIVE: Drink more water.
            Do not sit with crossed legs.                                     | IMPERATIVE+neg: Do not sit with crossed legs.
            In the evening drink a glass of warm milk.                        | IMPERATIVE: In the evening drink a glass of warm milk.
            Go to bed early, and get up at the same time every day.           | IMPERATIVE: Go to bed early / IMPERATIVE: get up at the same time every day.
            It is better to rinse the nose with salt water.                   | RECOMMENDATION: It is better to rinse the nose with salt water.
            You can put a pillow under the knees.                             | RECOMMENDATION: You can put a pillow under the knees.
            Attacks can happen in the morning.                                | STATEMENT: Attacks can happen in the morning.
            The pain is caused by stress and lack of sleep.                   | STATEMENT+cause: The pain is caused by stress and lack of sleep.
            Hot baths are contraindicated: they raise the pressure.          | STATEMENT+UNSAFE: Hot baths are contraindicated / STATEMENT+back: they raise the pressure.
            Light nausea does not harm the child.                             | STATEMENT+neg: Light nausea does not harm the child.
            Take the tablets only after a doctor's approval.                  | IMPERATIVE+DOCTOR_ONLY: Take the tablets only after a doctor's approval.
            A neighbor advised garlic drops in the nose.                      | STATEMENT+HEARSAY: A neighbor advised garlic drops in the nose.
            Is it possible to take a hot bath?                                | QUESTION: Is it possible to take a hot bath?
            Dinner – not later than two hours before sleep.                   | RECOMMENDATION+neg: Dinner – not later than two hours before sleep.
            The cream helps, which is why many use it.                        | RECOMMENDATION: The cream helps, which is why many use it.
            Holding the towel, you should slowly pull it towards you.        | RECOMMENDATION+back: Holding the towel, you should slowly pull it towards you.
            By the evening the woman finally can.                            | STATEMENT: By the evening the woman finally can.
            The bed is only for sleep – do not work in it.                    | RECOMMENDATION+neg: The bed is only for sleep – do not work in it.
            The skin – dry and red.                                           | STATEMENT: The skin – dry and red.
            Dinner – not later than 2–3 hours before sleep.                   | RECOMMENDATION+neg: Dinner – not later than 2–3 hours before sleep.
            In the first months the main "culprit" is progesterone.           | STATEMENT+cause: In the first months the main "culprit" is progesterone.
            """)
    void sentenceSplitsIntoClausesWithTheirGrammar(String sentence, String expected) {
        String text = sentence.strip();
        List<Sentence> sentences = analyzer.sentences(text);
        assertThat(sentences).hasSize(1);
        List<String> clauses = reader.read(sentences.get(0)).stream()
                .map(c -> describe(c, text))
                .toList();
        assertThat(String.join(" / ", clauses)).isEqualTo(expected.strip());
    }

    private static String describe(Clause c, String text) {
        StringBuilder sb = new StringBuilder(c.mood().name());
        if (c.negated()) {
            sb.append("+neg");
        }
        if (c.causal() != null && !c.causal().weak()) {
            sb.append("+cause");
        }
        if (c.anaphoric()) {
            sb.append("+back");
        }
        for (Clause.Stance s : c.stance()) {
            if (s != Clause.Stance.PROHIBITION) {
                sb.append('+').append(s.name());
            }
        }
        return sb + ": " + c.span().of(text);
    }
}
