package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of cause a {@link Cause} is. */
public enum CauseCategory {
    @JsonProperty("nutritional")
    NUTRITIONAL("nutritional"),
    @JsonProperty("circulatory")
    CIRCULATORY("circulatory"),
    @JsonProperty("mechanical")
    MECHANICAL("mechanical"),
    @JsonProperty("hormonal")
    HORMONAL("hormonal"),
    @JsonProperty("medical-condition")
    MEDICAL_CONDITION("medical-condition"),
    @JsonProperty("lifestyle")
    LIFESTYLE("lifestyle"),
    @JsonProperty("medication")
    MEDICATION("medication"),
    @JsonProperty("genetic")
    GENETIC("genetic"),
    @JsonProperty("environmental")
    ENVIRONMENTAL("environmental");

    private final String wireName;

    CauseCategory(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in {@code model.json}, e.g. {@code medical-condition}. */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name; returns {@code null} when it is not a known category. */
    public static CauseCategory fromWireName(String value) {
        for (CauseCategory c : values()) {
            if (c.wireName.equals(value)) {
                return c;
            }
        }
        return null;
    }
}
