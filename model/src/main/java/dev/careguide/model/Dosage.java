package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much of an exercise to do. Every part is optional: repetitions per set, sets, times per day and the
 * duration of one session.
 */
@JsonPropertyOrder({"repetitions", "sets", "timesPerDay", "duration"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dosage(Quantity repetitions, Quantity sets, Quantity timesPerDay, Quantity duration) {

    /** No dosage given. */
    public static final Dosage NONE = new Dosage(null, null, null, null);

    /** True when no part is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return repetitions == null && sets == null && timesPerDay == null && duration == null;
    }
}
