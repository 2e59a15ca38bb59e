package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of help a {@link Remedy} gives. */
public enum RemedyKind {
    @JsonProperty("first-aid")
    FIRST_AID("first-aid"),
    @JsonProperty("prevention")
    PREVENTION("prevention"),
    @JsonProperty("treatment")
    TREATMENT("treatment"),
    @JsonProperty("nutrition")
    NUTRITION("nutrition"),
    @JsonProperty("lifestyle")
    LIFESTYLE("lifestyle"),
    @JsonProperty("massage")
    MASSAGE("massage"),
    @JsonProperty("folk")
    FOLK("folk");

    private final String wireName;

    RemedyKind(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in {@code model.json}, e.g. {@code first-aid}. */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name; returns {@code null} when it is not a known kind. */
    public static RemedyKind fromWireName(String value) {
        for (RemedyKind k : values()) {
            if (k.wireName.equals(value)) {
                return k;
            }
        }
        return null;
    }
}
