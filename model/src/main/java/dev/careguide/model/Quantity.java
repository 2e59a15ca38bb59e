package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number or a range with its unit, never a pre-rendered string, so every locale renders it itself.
 * A single value has {@code min == max}. {@code limit} says whether the value is exact or a bound
 * ("no more than four to five centimeters" is {@code at-most 4–5 centimeter}).
 */
@JsonPropertyOrder({"min", "max", "unit", "limit"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(BigDecimal min, BigDecimal max, QuantityUnit unit, Limit limit) {

    /** Whether the quantity is exact or an upper or lower bound. */
    public enum Limit {
        @JsonProperty("exact")
        EXACT,
        @JsonProperty("at-most")
        AT_MOST,
        @JsonProperty("at-least")
        AT_LEAST,
        @JsonProperty("about")
        ABOUT
    }

    public Quantity {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        min = min.stripTrailingZeros();
        max = max.stripTrailingZeros();
        if (min.scale() < 0) {
            min = min.setScale(0);
        }
        if (max.scale() < 0) {
            max = max.setScale(0);
        }
        limit = limit == Limit.EXACT ? null : limit;
    }

    /** An exact single value. */
    public static Quantity of(long value, QuantityUnit unit) {
        return new Quantity(BigDecimal.valueOf(value), BigDecimal.valueOf(value), unit, null);
    }

    /** An exact range such as 10–15. */
    public static Quantity range(long min, long max, QuantityUnit unit) {
        return new Quantity(BigDecimal.valueOf(min), BigDecimal.valueOf(max), unit, null);
    }

    /** This quantity with another limit. */
    public Quantity withLimit(Limit newLimit) {
        return new Quantity(min, max, unit, newLimit);
    }

    /** True when this is a range rather than a single value. */
    @JsonIgnore
    public boolean isRange() {
        return min.compareTo(max) != 0;
    }

    /** The limit, {@link Limit#EXACT} when none is set. */
    @JsonIgnore
    public Limit effectiveLimit() {
        return limit == null ? Limit.EXACT : limit;
    }
}
