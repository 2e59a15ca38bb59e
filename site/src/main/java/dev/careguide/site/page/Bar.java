package dev.careguide.site.page;

import java.util.Locale;

/**
 * A completeness bar: how many of a set of strings a locale has translated (current), stale (translated for an
 * older source text), fallback (taken from another locale of its fallback chain) and missing (shown in the
 * source language).
 */
public record Bar(int translated, int stale, int fallback, int missing) {

    public int total() {
        return translated + stale + fallback + missing;
    }

    /** Share of the total as a width in the bar's 0–100 coordinate system, one decimal. */
    public String width(int count) {
        return total() == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * count / total());
    }

    /** Where the part after {@code before} strings starts, in the same coordinates. */
    public String offset(int before) {
        return width(before);
    }

    /** Translated share in percent, one decimal; 100 when there is nothing to translate. */
    public String percent() {
        return total() == 0 ? "100.0" : String.format(Locale.ROOT, "%.1f", 100.0 * translated / total());
    }

    /** The bar in words, for screen readers and as its tooltip. */
    public String describe() {
        return percent() + "% translated: " + translated + " translated, " + stale + " stale, " + fallback
                + " fallback, " + missing + " missing of " + total();
    }
}
