package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Something that helps: first aid, prevention, treatment, nutrition, lifestyle, massage or a folk remedy,
 * with ordered steps, the quantities it mentions, a safety judgement and related specialist ids.
 */
@JsonPropertyOrder({
    "id",
    "title",
    "description",
    "kind",
    "steps",
    "quantities",
    "safety",
    "specialists",
    "review",
    "provenance"
})
public record Remedy(
        String id,
        String title,
        String description,
        RemedyKind kind,
        List<String> steps,
        List<Quantity> quantities,
        Safety safety,
        List<String> specialists,
        ReviewStatus review,
        List<Provenance> provenance)
        implements Item {

    public Remedy {
        description = Lists.text(description);
        steps = Lists.copy(steps);
        quantities = Lists.copy(quantities);
        safety = safety == null ? Safety.OK : safety;
        specialists = Lists.sortedSet(specialists);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.REMEDY;
    }
}
