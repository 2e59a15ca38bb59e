package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionClassifierTest {

    private final SectionClassifier classifier = new SectionClassifier(ImportRules.defaults());

    @Test
    void headingsNameTheirSections() {
        assertThat(classifier.classify("Causes of cramps in pregnant women")).isEqualTo(SectionType.CAUSES);
        assertThat(classifier.classify("First aid for seizures")).isEqualTo(SectionType.FIRST_AID);
        assertThat(classifier.classify("Prevention of cramps during pregnancy")).isEqualTo(SectionType.PREVENTION);
        assertThat(classifier.classify("Folk recipes")).isEqualTo(SectionType.FOLK);
        assertThat(classifier.classify("Gymnastic exercises:")).isEqualTo(SectionType.EXERCISES);
        assertThat(classifier.classify("Self massage")).isEqualTo(SectionType.MASSAGE);
        assertThat(classifier.classify("Principles of treatment")).isEqualTo(SectionType.TREATMENT);
        assertThat(classifier.classify("Which doctor should I see?")).isEqualTo(SectionType.SPECIALISTS);
        assertThat(classifier.classify("Why does the leg cramp at night?")).isEqualTo(SectionType.CAUSES);
    }

    @Test
    void aHeadingWithoutCueNamesNoSection() {
        assertThat(classifier.classify("Varicose disease")).isNull();
    }
}
