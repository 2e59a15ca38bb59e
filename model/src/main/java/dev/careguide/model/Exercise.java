package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A physical exercise with ordered steps, a structured dosage and the muscles it targets. */
@JsonPropertyOrder({"id", "title", "description", "steps", "dosage", "targetMuscles", "review", "provenance"})
public record Exercise(
        String id,
        String title,
        String description,
        List<String> steps,
        Dosage dosage,
        List<String> targetMuscles,
        ReviewStatus review,
        List<Provenance> provenance)
        implements Item {

    public Exercise {
        description = Lists.text(description);
        steps = Lists.copy(steps);
        dosage = dosage == null ? Dosage.NONE : dosage;
        targetMuscles = Lists.sortedSet(targetMuscles);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.EXERCISE;
    }
}
