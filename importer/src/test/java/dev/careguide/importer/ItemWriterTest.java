package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.RemedyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemWriterTest {

    private final ItemWriter writer = new ItemWriter(new DosageParser(ImportRules.defaults()));

    private static Draft draft(ItemType type, String... sentences) {
        Draft d = new Draft(type, SectionType.ADVICE, "Title", 0, 1);
        d.sentences.addAll(List.of(sentences));
        return d;
    }

    @Test
    void descriptionHoldsAtMostThreeSentencesAsSentences() {
        Draft d = draft(ItemType.REMEDY, "drink water", "Eat fruit.", "Sleep well.", "Walk daily.");
        writer.write(d);
        assertThat(d.description).isEqualTo("Drink water. Eat fruit. Sleep well.");
    }

    @Test
    void aFirstSentenceTooLongIsCutAtAClauseAndMarked() {
        String longSentence = "Rest with the legs raised " + "and breathe slowly, ".repeat(20) + "then get up.";
        Draft d = draft(ItemType.REMEDY, longSentence);
        writer.write(d);
        assertThat(d.description.length()).isLessThanOrEqualTo(ItemWriter.MAX_CHARS);
        assertThat(d.description).endsWith("\u2026").startsWith("Rest with the legs raised");
    }

    @Test
    void stepsExistOnlyForProcedures() {
        Draft advice = draft(ItemType.REMEDY, "Eat less salt.", "Drink more water.");
        advice.steps.addAll(List.of("Eat less salt.", "Drink more water."));
        advice.kind = RemedyKind.NUTRITION;
        writer.write(advice);
        assertThat(advice.steps).isEmpty();

        Draft firstAid = draft(ItemType.REMEDY, "Straighten the leg.", "Pull the toes towards you.");
        firstAid.steps.addAll(List.of("straighten the leg", "pull the toes towards you"));
        firstAid.kind = RemedyKind.FIRST_AID;
        writer.write(firstAid);
        assertThat(firstAid.steps).containsExactly("Straighten the leg.", "Pull the toes towards you.");
    }

    @Test
    void dosageIsReadFromAnySentenceOfAnExercise() {
        Draft d = draft(
                ItemType.EXERCISE, "Stand on all fours.", "Round the back.", "Repeat 8-10 times, two times a day.");
        writer.write(d);
        assertThat(d.dosage.repetitions().min()).isEqualByComparingTo("8");
        assertThat(d.dosage.repetitions().max()).isEqualByComparingTo("10");
        assertThat(d.dosage.timesPerDay().min()).isEqualByComparingTo("2");
        assertThat(d.dosage.repetitions().unit()).isEqualTo(QuantityUnit.TIME);
    }
}
