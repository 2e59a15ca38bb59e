package dev.careguide.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.LocalizedNumberRangeFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.NumberRangeFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.careguide.model.Dosage;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Renders the model's quantities and dosages for one locale with ICU: measure units through
 * {@link NumberFormatter} and {@link NumberRangeFormatter} ("5 cm", "20 Minuten"), count units through the
 * UI's plural messages with CLDR plural range rules ("10–15 раз", "3–4 times a day"), so translators never
 * retype numbers.
 */
public final class QuantityFormatter {

    private static final Map<String, UnitWidth> WIDTHS = new HashMap<>();
    private static final UnitWidth DEFAULT_WIDTH;
    private static final Map<UnitFormat, LocalizedNumberFormatter> SINGLES = new ConcurrentHashMap<>();
    private static final Map<UnitFormat, LocalizedNumberRangeFormatter> RANGES = new ConcurrentHashMap<>();

    static {
        JsonNode root = YamlDocument.resource(QuantityFormatter.class, "quantity-units.yaml")
                .root();
        DEFAULT_WIDTH = width(root.path("defaultWidth").asText("full-name"));
        root.path("widths")
                .properties()
                .forEach(e -> WIDTHS.put(e.getKey(), width(e.getValue().asText())));
    }

    private final ULocale locale;
    private final Function<String, String> messages;

    /**
     * A formatter for {@code locale} taking UI message patterns ({@code quantity.time}, {@code quantity.at-most},
     * {@code dosage.times-per-day}, {@code dosage.list}) from {@code messages}.
     */
    public QuantityFormatter(ULocale locale, Function<String, String> messages) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The quantity as text, e.g. "10–15 times", "5 cm", "up to 4–5 cm". */
    public String format(Quantity quantity) {
        String amount = amount(quantity);
        return switch (quantity.effectiveLimit()) {
            case EXACT -> amount;
            case AT_MOST -> message("quantity.at-most", Map.of("amount", amount));
            case AT_LEAST -> message("quantity.at-least", Map.of("amount", amount));
            case ABOUT -> message("quantity.about", Map.of("amount", amount));
        };
    }

    /** The dosage as one text, e.g. "10–15 times, 3–4 times a day"; empty when it has no part. */
    public String format(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.repetitions() != null) {
            parts.add(format(dosage.repetitions()));
        }
        if (dosage.sets() != null) {
            parts.add(format(dosage.sets()));
        }
        if (dosage.timesPerDay() != null) {
            Quantity q = dosage.timesPerDay();
            String perDay = PluralMessages.format(
                    locale, messages.apply("dosage.times-per-day"), "count", q.min(), q.max(), Map.of());
            parts.add(limited(q, perDay));
        }
        if (dosage.duration() != null) {
            parts.add(format(dosage.duration()));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = message("dosage.list", Map.of("first", parts.get(i), "rest", joined));
        }
        return joined;
    }

    private String limited(Quantity q, String text) {
        return switch (q.effectiveLimit()) {
            case EXACT -> text;
            case AT_MOST -> message("quantity.at-most", Map.of("amount", text));
            case AT_LEAST -> message("quantity.at-least", Map.of("amount", text));
            case ABOUT -> message("quantity.about", Map.of("amount", text));
        };
    }

    private String amount(Quantity q) {
        QuantityUnit unit = q.unit();
        if (unit.icuUnit() == null) {
            return PluralMessages.format(
                    locale, messages.apply("quantity." + unit.wireName()), "count", q.min(), q.max(), Map.of());
        }
        UnitWidth width = WIDTHS.getOrDefault(unit.wireName(), DEFAULT_WIDTH);
        if (unit == QuantityUnit.PERCENT) {
            width = UnitWidth.SHORT;
        }
        UnitFormat key = new UnitFormat(locale, unit.icuUnit(), width);
        if (!q.isRange()) {
            return SINGLES.computeIfAbsent(key, UnitFormat::single)
                    .format(q.min())
                    .toString();
        }
        return RANGES.computeIfAbsent(key, UnitFormat::range)
                .formatRange(q.min(), q.max())
                .toString();
    }

    /** What an ICU unit formatter depends on; ICU's localized formatters are immutable, so one serves all. */
    private record UnitFormat(ULocale locale, String icuUnit, UnitWidth width) {

        LocalizedNumberFormatter single() {
            return NumberFormatter.withLocale(locale)
                    .unit(MeasureUnit.forIdentifier(icuUnit))
                    .unitWidth(width);
        }

        LocalizedNumberRangeFormatter range() {
            return NumberRangeFormatter.withLocale(locale)
                    .numberFormatterBoth(NumberFormatter.with()
                            .unit(MeasureUnit.forIdentifier(icuUnit))
                            .unitWidth(width));
        }
    }

    private String message(String key, Map<String, Object> args) {
        return new MessageFormat(messages.apply(key), locale).format(args);
    }

    private static UnitWidth width(String name) {
        return switch (name) {
            case "short" -> UnitWidth.SHORT;
            case "narrow" -> UnitWidth.NARROW;
            default -> UnitWidth.FULL_NAME;
        };
    }
}
