package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A doctor or other professional the guide sends the reader to, e.g. an obstetrician-gynecologist. */
@JsonPropertyOrder({"id", "title", "description", "review", "provenance"})
public record Specialist(String id, String title, String description, ReviewStatus review, List<Provenance> provenance)
        implements Item {

    public Specialist {
        description = Lists.text(description);
        review = Lists.review(review);
        provenance = Lists.provenance(provenance);
    }

    @Override
    @JsonIgnore
    public ItemType type() {
        return ItemType.SPECIALIST;
    }
}
