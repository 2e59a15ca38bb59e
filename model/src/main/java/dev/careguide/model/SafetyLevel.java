package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How safe a remedy is to publish as-is. */
public enum SafetyLevel {
    @JsonProperty("ok")
    OK("ok"),
    @JsonProperty("needs-medical-review")
    NEEDS_MEDICAL_REVIEW("needs-medical-review"),
    @JsonProperty("unsafe")
    UNSAFE("unsafe");

    private final String wireName;

    SafetyLevel(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in {@code model.json}. */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name; returns {@code null} when it is not a known level. */
    public static SafetyLevel fromWireName(String value) {
        for (SafetyLevel s : values()) {
            if (s.wireName.equals(value)) {
                return s;
            }
        }
        return null;
    }
}
