package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Why the condition happens, e.g. magnesium deficiency; {@code nutrients} names related nutrients. */
@JsonPropertyOrder({"id", "title", "description", "category", "nutrients", "review", "provenance"})
public record Cause(
        String id,
        String title,
        String description,
        CauseCategory category,
        List<String> nutrients,
        ReviewStatus review,
        List<Provenance> provenance)
        implements Item {

    public Cause {
        description = Lists.text(description);
        nutrients = Lists.sortedSet(nutrients);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.CAUSE;
    }
}
