package dev.careguide.i18n;

import dev.careguide.model.Item;

/**
 * Which items a bundle leaves out, and why (the export policies: rejected, unsafe, needs medical review). Sync
 * marks the strings of such items {@code #, not shipped: <reason>} so translators can skip them, and
 * completeness counts only the strings that ship.
 */
@FunctionalInterface
public interface ShippingPolicy {

    /** Every item ships. */
    ShippingPolicy SHIP_ALL = item -> null;

    /** Why {@code item} is left out of the bundle ({@code rejected}, {@code unsafe}, ...), or null when it ships. */
    String notShippedReason(Item item);
}
