package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A nutrient and the foods that supply it. {@code nutrient} is the vocabulary key (e.g. {@code magnesium}),
 * {@code title} its display name; {@code foods} keep the source's order.
 */
@JsonPropertyOrder({"id", "title", "description", "nutrient", "foods", "review", "provenance"})
public record NutrientSource(
        String id,
        String title,
        String description,
        String nutrient,
        List<String> foods,
        ReviewStatus review,
        List<Provenance> provenance)
        implements Item {

    public NutrientSource {
        description = Lists.text(description);
        foods = Lists.copy(foods);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.NUTRIENT_SOURCE;
    }
}
