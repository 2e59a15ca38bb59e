package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Editorial state of an item: imported items start as drafts until the content team decides. */
public enum ReviewStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("approved")
    APPROVED,
    @JsonProperty("rejected")
    REJECTED;

    /** The value as written in {@code model.json}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
