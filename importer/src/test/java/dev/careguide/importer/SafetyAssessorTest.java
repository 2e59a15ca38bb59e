package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;
import org.junit.jupiter.api.Test;

class SafetyAssessorTest {

    private final SafetyAssessor assessor = new SafetyAssessor(ImportRules.defaults());

    private static Draft remedy(String sentence) {
        Draft d = new Draft(ItemType.REMEDY, SectionType.ADVICE, sentence, 0, 1);
        d.sentences.add(sentence);
        return d;
    }

    @Test
    void practiceTheTextWarnsAgainstIsUnsafeAndQuotesTheWarning() {
        Draft d = remedy("Rub the chest with a warming liquid.");
        d.stance.add(Clause.Stance.UNSAFE);
        d.warnings.put(Clause.Stance.UNSAFE, "this is a bad idea for a small child");
        Safety safety = assessor.assess(d);
        assertThat(safety.level()).isEqualTo(SafetyLevel.UNSAFE);
        assertThat(safety.reason()).contains("This is a bad idea for a small child.");
    }

    @Test
    void adviceOfAFriendNeedsMedicalReview() {
        Draft d = remedy("Put a cabbage leaf on the knee.");
        d.stance.add(Clause.Stance.HEARSAY);
        d.warnings.put(Clause.Stance.HEARSAY, "a neighbor advised it");
        assertThat(assessor.assess(d).level()).isEqualTo(SafetyLevel.NEEDS_MEDICAL_REVIEW);
        assertThat(assessor.assess(d).reason()).contains("not a doctor");
    }

    @Test
    void onlyWithADoctorNeedsMedicalReview() {
        Draft d = remedy("Syrups for cough.");
        d.stance.add(Clause.Stance.DOCTOR_ONLY);
        d.warnings.put(Clause.Stance.DOCTOR_ONLY, "only after a doctor's approval");
        assertThat(assessor.assess(d).level()).isEqualTo(SafetyLevel.NEEDS_MEDICAL_REVIEW);
    }

    @Test
    void herbalPreparationNeedsMedicalReviewByVocabulary() {
        Safety safety = assessor.assess(remedy("A decoction of chamomile in the evening."));
        assertThat(safety.level()).isEqualTo(SafetyLevel.NEEDS_MEDICAL_REVIEW);
        assertThat(safety.reason()).isNotBlank();
    }

    @Test
    void prickingAMuscleIsUnsafeByVocabulary() {
        assertThat(assessor.assess(remedy("Prick the muscle with a needle.")).level())
                .isEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void strictestJudgementWins() {
        Draft d = remedy("A decoction of herbs with vodka.");
        d.stance.add(Clause.Stance.DOCTOR_ONLY);
        assertThat(assessor.assess(d).level()).isEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void foodIsNotMedicine() {
        assertThat(assessor.assess(remedy("Eat a handful of pumpkin seeds in the morning."))
                        .level())
                .isEqualTo(SafetyLevel.OK);
    }

    @Test
    void plainAdviceIsOk() {
        assertThat(assessor.assess(remedy("Sleep on the left side.")).level()).isEqualTo(SafetyLevel.OK);
    }

    @Test
    void onlyRemediesAreJudged() {
        Draft cause = new Draft(ItemType.CAUSE, SectionType.CAUSES, "Vodka", 0, 1);
        cause.sentences.add("Vodka at night.");
        assertThat(assessor.assess(cause)).isEqualTo(Safety.OK);
    }
}
