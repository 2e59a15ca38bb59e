package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Units a {@link Quantity} may carry. Measure units name their ICU {@code MeasureUnit} identifier so each
 * locale can render them; count units ({@code time}, {@code set}, ...) are rendered with plural messages.
 */
public enum QuantityUnit {
    @JsonProperty("time")
    TIME("time", null),
    @JsonProperty("repetition")
    REPETITION("repetition", null),
    @JsonProperty("set")
    SET("set", null),
    @JsonProperty("step")
    STEP("step", null),
    @JsonProperty("piece")
    PIECE("piece", null),
    @JsonProperty("tablespoon")
    TABLESPOON("tablespoon", "tablespoon"),
    @JsonProperty("teaspoon")
    TEASPOON("teaspoon", "teaspoon"),
    @JsonProperty("cup")
    CUP("cup", "cup"),
    @JsonProperty("glass")
    GLASS("glass", null),
    @JsonProperty("drop")
    DROP("drop", null),
    @JsonProperty("second")
    SECOND("second", "second"),
    @JsonProperty("minute")
    MINUTE("minute", "minute"),
    @JsonProperty("hour")
    HOUR("hour", "hour"),
    @JsonProperty("day")
    DAY("day", "day"),
    @JsonProperty("week")
    WEEK("week", "week"),
    @JsonProperty("millimeter")
    MILLIMETER("millimeter", "millimeter"),
    @JsonProperty("centimeter")
    CENTIMETER("centimeter", "centimeter"),
    @JsonProperty("meter")
    METER("meter", "meter"),
    @JsonProperty("kilometer")
    KILOMETER("kilometer", "kilometer"),
    @JsonProperty("milliliter")
    MILLILITER("milliliter", "milliliter"),
    @JsonProperty("liter")
    LITER("liter", "liter"),
    @JsonProperty("milligram")
    MILLIGRAM("milligram", "milligram"),
    @JsonProperty("gram")
    GRAM("gram", "gram"),
    @JsonProperty("kilogram")
    KILOGRAM("kilogram", "kilogram"),
    @JsonProperty("celsius")
    CELSIUS("celsius", "celsius"),
    @JsonProperty("percent")
    PERCENT("percent", "percent");

    private final String wireName;
    private final String icuUnit;

    QuantityUnit(String wireName, String icuUnit) {
        this.wireName = wireName;
        this.icuUnit = icuUnit;
    }

    /** The value as written in {@code model.json}. */
    public String wireName() {
        return wireName;
    }

    /** The ICU {@code MeasureUnit} identifier, or {@code null} for count units rendered by plural messages. */
    public String icuUnit() {
        return icuUnit;
    }

    /** Parses a wire name; returns {@code null} when it is not a known unit. */
    public static QuantityUnit fromWireName(String value) {
        for (QuantityUnit u : values()) {
            if (u.wireName.equals(value)) {
                return u;
            }
        }
        return null;
    }
}
