package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.SafetyLevel;
import org.junit.jupiter.api.Test;

class SafetyAssessorTest {

    private final SafetyAssessor assessor = new SafetyAssessor(ImportRules.defaults());

    @Test
    void prickingAMuscleIsUnsafe() {
        assertThat(assessor.assess("An injection into the muscle with a needle helps.").level())
                .isEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void unprovenFingerZoneTrickIsUnsafe() {
        assertThat(assessor.assess("Make a mark with a red marker in the corresponding zone.").level())
                .isEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void herbalPreparationNeedsMedicalReviewWithAReason() {
        var safety = assessor.assess("A wonderful remedy is a decoction of hawthorn.");
        assertThat(safety.level()).isEqualTo(SafetyLevel.NEEDS_MEDICAL_REVIEW);
        assertThat(safety.reason()).isNotBlank();
    }

    @Test
    void strictestRuleWins() {
        assertThat(assessor.assess("Drink a decoction, then prick the muscle with a needle.").level())
                .isEqualTo(SafetyLevel.UNSAFE);
    }

    @Test
    void plainAdviceIsOk() {
        assertThat(assessor.assess("Sleep on the left side.").level()).isEqualTo(SafetyLevel.OK);
    }
}
