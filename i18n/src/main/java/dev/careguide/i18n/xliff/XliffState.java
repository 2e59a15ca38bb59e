package dev.careguide.i18n.xliff;

import java.util.Locale;

/**
 * The state of an XLIFF 2 segment. careguide writes {@code initial} for an untranslated or stale string,
 * {@code translated} for a current translation and {@code reviewed} for one marked {@code #, reviewed};
 * reading, {@code reviewed} and {@code final} both mean reviewed.
 */
enum XliffState {
    INITIAL,
    TRANSLATED,
    REVIEWED,
    FINAL;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a wire name, or {@code null} for one XLIFF does not define. */
    static XliffState of(String wireName) {
        for (XliffState s : values()) {
            if (s.wireName().equals(wireName)) {
                return s;
            }
        }
        return null;
    }

    /** Whether a translator confirmed the target (any state after {@code initial}). */
    boolean confirmed() {
        return this != INITIAL;
    }

    boolean reviewed() {
        return this == REVIEWED || this == FINAL;
    }
}
