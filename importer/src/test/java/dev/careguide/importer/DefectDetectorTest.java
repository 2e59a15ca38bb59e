package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefectDetectorTest {

    private final DefectDetector detector = new DefectDetector(ImportRules.defaults());

    @Test
    void fragmentWithNothingLeftIsMeaningless() {
        assertThat(detector.fragment("lower limbs.")).isEqualTo(DefectDetector.Fragment.MEANINGLESS);
    }

    @Test
    void fragmentNamingAKnownThingIsKeptAndFlagged() {
        assertThat(detector.fragment("flat feet.")).isEqualTo(DefectDetector.Fragment.KEPT);
    }

    @Test
    void wholeItemsAreWhole() {
        assertThat(detector.fragment("Chronic diseases.")).isEqualTo(DefectDetector.Fragment.WHOLE);
        assertThat(detector.fragment("smoking;")).isEqualTo(DefectDetector.Fragment.WHOLE);
    }

    @Test
    void sentenceLosingItsObjectIsDangling() {
        assertThat(detector.isDangling("Often, cramps appear in response to.")).isTrue();
        assertThat(detector.isDangling("In the first trimester, many pregnant women are diagnosed."))
                .isTrue();
        assertThat(detector.isDangling("such symptoms as weakness, drowsiness, and."))
                .isTrue();
        assertThat(detector.isDangling("Exactly in that order.")).isFalse();
        assertThat(detector.isDangling("press the finger with a pen, and so on."))
                .isFalse();
    }
}
