package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftTest {

    /** A draft as extraction leaves it: equal texts are distinct instances, as substrings of the source are. */
    private static Draft draft(int line) {
        String sentence = "Drink more water.";
        Draft d = new Draft(ItemType.REMEDY, SectionType.NONE, new String("Drink more water"), 0, line);
        d.sentences.add(new String(sentence));
        d.steps.add(new String(sentence));
        d.warnings.put(Clause.Stance.DOCTOR_ONLY, new String(sentence));
        d.provenance.add(new Provenance("a.txt", line, line, new String(sentence)));
        d.lemmas.addAll(List.of("drink", "water"));
        d.headNouns.add("water");
        d.words.addAll(List.of("drink", "water"));
        return d;
    }

    @Test
    void finishedDraftsShareOneInstanceOfEachTextAndKeepTheirContent() {
        Map<String, String> texts = new HashMap<>();
        Draft a = draft(1);
        Draft b = draft(9);
        a.finish(texts);
        b.finish(texts);

        assertThat(a.title).isEqualTo("Drink more water").isSameAs(b.title);
        assertThat(a.sentences).containsExactly("Drink more water.");
        String sentence = a.sentences.get(0);
        assertThat(a.provenance.get(0).text())
                .as("a span's text is its sentence")
                .isSameAs(sentence);
        assertThat(a.steps.get(0)).isSameAs(sentence);
        assertThat(a.warnings.get(Clause.Stance.DOCTOR_ONLY)).isSameAs(sentence);
        assertThat(b.sentences.get(0)).as("a repetition's sentence").isSameAs(sentence);
        assertThat(b.provenance).extracting(Provenance::startLine).containsExactly(9);
        assertThat(a.lemmas).containsExactly("drink", "water");
        assertThat(a.headNouns).containsExactly("water");
        assertThat(a.words).isEmpty();
    }

    @Test
    void finishingAgainChangesNothingAndAFinishedDraftTakesMore() {
        Map<String, String> texts = new HashMap<>();
        Draft d = draft(1);
        d.finish(texts);
        d.finish(texts);
        d.provenance.add(new Provenance("a.txt", 5, 5, "A dietitian helps."));
        d.lemmas.add("dietitian");
        d.lemmas.add("water");

        assertThat(d.provenance).extracting(Provenance::startLine).containsExactly(1, 5);
        assertThat(d.lemmas).containsExactly("drink", "water", "dietitian");
    }
}
