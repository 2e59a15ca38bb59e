package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An exercise's dosage: each structured part that is set, plus the locale's label for the whole dosage. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedDosage(
        LocalizedQuantity repetitions,
        LocalizedQuantity sets,
        LocalizedQuantity timesPerDay,
        LocalizedQuantity duration,
        String label) {}
