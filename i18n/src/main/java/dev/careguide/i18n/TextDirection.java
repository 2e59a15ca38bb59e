package dev.careguide.i18n;

/** Writing direction of a locale. */
public enum TextDirection {
    LTR,
    RTL;

    /** {@code ltr} or {@code rtl}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
