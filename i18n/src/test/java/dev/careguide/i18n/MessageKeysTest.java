package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.Safety;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageKeysTest {

    private static Remedy remedy(Safety safety) {
        return new Remedy(
                "remedy.quinine",
                "Quinine",
                "Bitter.",
                RemedyKind.TREATMENT,
                List.of("Take quinine.", "Wait."),
                List.of(),
                safety,
                List.of(),
                null,
                List.of());
    }

    @Test
    void safetyReasonHasAKeyAfterTheSteps() {
        Remedy quinine = remedy(Safety.needsMedicalReview("Dose must be checked by a doctor."));
        assertThat(MessageKeys.safetyReason(quinine)).isEqualTo("remedy.quinine.safety.reason");
        assertThat(MessageKeys.of(quinine))
                .containsExactly(
                        "remedy.quinine.title",
                        "remedy.quinine.description",
                        "remedy.quinine.steps.1",
                        "remedy.quinine.steps.2",
                        "remedy.quinine.safety.reason");
    }

    @Test
    void safetyWithoutReasonHasNoKey() {
        assertThat(MessageKeys.of(remedy(Safety.OK))).doesNotContain("remedy.quinine.safety.reason");
        assertThat(MessageKeys.of(remedy(Safety.unsafe("  ")))).doesNotContain("remedy.quinine.safety.reason");
    }
}
