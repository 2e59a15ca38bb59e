package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import dev.careguide.model.Dosage;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatterTest {

    /** UI message patterns of a locale from the catalogs shipped with careguide. */
    private static QuantityFormatter formatter(String tag) {
        CatalogFile own = SourceStrings.builtInUi(tag);
        Map<String, CatalogEntry> translated = own == null ? Map.of() : own.byKey();
        Map<String, CatalogEntry> source = SourceStrings.builtInUi(null).byKey();
        Function<String, String> messages =
                key -> translated.getOrDefault(key, source.get(key)).value();
        return new QuantityFormatter(new ULocale(tag), messages);
    }

    private static final Dosage CALF_RAISES =
            new Dosage(Quantity.range(10, 15, QuantityUnit.TIME), null, Quantity.range(3, 4, QuantityUnit.TIME), null);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | 10–15 times, 3–4 times a day | 5 cm  | 20 minutes | 1 time  | 2 times",
                "ru | 10–15 раз, 3–4 раза в день   | 5 см  | 20 минут   | 1 раз   | 2 раза",
                "de | 10–15 Mal, 3–4 Mal täglich   | 5 cm  | 20 Minuten | 1 Mal   | 2 Mal",
                "ar | 10–15 مرة، 3–4 مرات يوميًا   | 5 سم  | 20 دقيقة   | مرة واحدة | مرتان",
            })
    void quantitiesComeOutRightPerLocale(
            String tag, String dosage, String cm, String minutes, String once, String twice) {
        QuantityFormatter f = formatter(tag);
        assertThat(f.format(CALF_RAISES)).isEqualTo(dosage);
        assertThat(f.format(Quantity.of(5, QuantityUnit.CENTIMETER))).isEqualTo(cm);
        assertThat(f.format(Quantity.of(20, QuantityUnit.MINUTE))).isEqualTo(minutes);
        assertThat(f.format(Quantity.of(1, QuantityUnit.TIME))).isEqualTo(once);
        assertThat(f.format(Quantity.of(2, QuantityUnit.TIME))).isEqualTo(twice);
    }

    @Test
    void russianPluralFormsFollowCldrForNumbersAndRanges() {
        QuantityFormatter ru = formatter("ru");
        assertThat(ru.format(Quantity.of(21, QuantityUnit.SET))).isEqualTo("21 подход");
        assertThat(ru.format(Quantity.of(3, QuantityUnit.SET))).isEqualTo("3 подхода");
        assertThat(ru.format(Quantity.of(11, QuantityUnit.SET))).isEqualTo("11 подходов");
        assertThat(ru.format(Quantity.range(2, 3, QuantityUnit.SET))).isEqualTo("2–3 подхода");
        assertThat(ru.format(Quantity.range(5, 10, QuantityUnit.MINUTE))).isEqualTo("5–10 минут");
    }

    @Test
    void boundsAndDecimalsAreLocalized() {
        Quantity upTo = new Quantity(
                BigDecimal.valueOf(4), BigDecimal.valueOf(5), QuantityUnit.CENTIMETER, Quantity.Limit.AT_MOST);
        assertThat(formatter("en").format(upTo)).isEqualTo("up to 4–5 cm");
        assertThat(formatter("de").format(upTo)).isEqualTo("höchstens 4–5 cm");
        assertThat(formatter("ru").format(upTo)).isEqualTo("максимум 4–5 см");
        assertThat(formatter("de")
                        .format(new Quantity(new BigDecimal("1.5"), new BigDecimal("1.5"), QuantityUnit.LITER, null)))
                .isEqualTo("1,5 l");
        assertThat(formatter("en")
                        .format(new Dosage(
                                null, Quantity.of(2, QuantityUnit.SET), null, Quantity.of(20, QuantityUnit.MINUTE))))
                .isEqualTo("2 sets, 20 minutes");
    }
}
