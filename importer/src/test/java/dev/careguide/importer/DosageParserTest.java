package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Dosage;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DosageParserTest {

    private final DosageParser parser = new DosageParser(ImportRules.defaults());

    @Test
    void wordsAndDigitsBecomeQuantities() {
        assertThat(parser.quantities("rise on her toes ten times")).containsExactly(Quantity.of(10, QuantityUnit.TIME));
        assertThat(parser.quantities("Alternately 10-15 times with each leg"))
                .containsExactly(Quantity.range(10, 15, QuantityUnit.TIME));
        assertThat(parser.quantities("rest for twenty minutes")).containsExactly(Quantity.of(20, QuantityUnit.MINUTE));
        assertThat(parser.quantities("two tablespoons for five liters"))
                .containsExactly(Quantity.of(2, QuantityUnit.TABLESPOON), Quantity.of(5, QuantityUnit.LITER));
        assertThat(parser.quantities("0.5 liters of boiling water"))
                .containsExactly(new Quantity(new BigDecimal("0.5"), new BigDecimal("0.5"), QuantityUnit.LITER, null));
    }

    @Test
    void limitsAreRead() {
        assertThat(parser.quantities("no more than four to five centimeters"))
                .containsExactly(Quantity.range(4, 5, QuantityUnit.CENTIMETER).withLimit(Quantity.Limit.AT_MOST));
        assertThat(parser.quantities("at least one minute"))
                .containsExactly(Quantity.of(1, QuantityUnit.MINUTE).withLimit(Quantity.Limit.AT_LEAST));
    }

    @Test
    void timesADayIsAFrequency() {
        List<DosageParser.Found> found = parser.find("three to four times a day");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perDay()).isTrue();
        assertThat(found.get(0).quantity()).isEqualTo(Quantity.range(3, 4, QuantityUnit.TIME));
    }

    @Test
    void exerciseDosageSplitsRepetitionsFrequencyAndDuration() {
        Dosage d = parser.dosage(List.of(
                "A woman should rise on her toes ten times.",
                "During the day, this exercise can be done three to four times.",
                "Rest for twenty minutes."));
        assertThat(d.repetitions()).isEqualTo(Quantity.of(10, QuantityUnit.TIME));
        assertThat(d.timesPerDay()).isEqualTo(Quantity.range(3, 4, QuantityUnit.TIME));
        assertThat(d.duration()).isEqualTo(Quantity.of(20, QuantityUnit.MINUTE));
    }

    @Test
    void aCountAfterDoingIsRepetitionsWhateverItCounts() {
        Dosage d = parser.dosage(List.of("Do 10 circles, two times a day.", "Make 15 squats."));
        assertThat(d.repetitions()).isEqualTo(Quantity.of(10, QuantityUnit.REPETITION));
        assertThat(d.timesPerDay()).isEqualTo(Quantity.of(2, QuantityUnit.TIME));
        assertThat(parser.quantities("do 3 of them")).isEmpty();
    }

    @Test
    void aNumberWithoutUnitIsNoQuantity() {
        assertThat(parser.quantities("about 60% of people and one woman"))
                .containsExactly(Quantity.of(60, QuantityUnit.PERCENT).withLimit(Quantity.Limit.ABOUT));
    }
}
