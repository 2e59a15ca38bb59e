package dev.careguide.model;

import java.util.List;

/** What every item of a guide has: a stable id, a title, a review status and where it came from. */
public interface Item {

    String id();

    String title();

    /** Longer text; empty when the item has none. */
    String description();

    ReviewStatus review();

    /** Every source span the item was built from, sorted by document and line. */
    List<Provenance> provenance();

    ItemType type();
}
