package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.careguide.model.Quantity;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A quantity as the bundle carries it: the structured value (min, max, unit, limit, never lost) and the
 * label the locale renders for it with ICU ({@code 10–15 раз}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedQuantity(BigDecimal min, BigDecimal max, String unit, String limit, String label) {

    static LocalizedQuantity of(Quantity q, String label) {
        return new LocalizedQuantity(q.min(), q.max(), q.unit().wireName(), limitName(q.effectiveLimit()), label);
    }

    static String limitName(Quantity.Limit limit) {
        return limit.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
