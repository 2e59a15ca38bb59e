package dev.careguide.i18n;

/** Where a localized string came from. */
public enum TextState {
    /** The locale's own, current translation. */
    TRANSLATED,
    /** The locale's own translation, made for an older source text (marked stale in the catalog). */
    STALE,
    /** Taken from another locale of the fallback chain, or the source, because this locale has none. */
    FALLBACK,
    /** The source locale itself. */
    SOURCE
}
