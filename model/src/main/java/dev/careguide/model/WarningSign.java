package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A sign that the reader should see a doctor rather than help herself. */
@JsonPropertyOrder({"id", "title", "description", "review", "provenance"})
public record WarningSign(String id, String title, String description, ReviewStatus review, List<Provenance> provenance)
        implements Item {

    public WarningSign {
        description = Lists.text(description);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.WARNING_SIGN;
    }
}
