package dev.careguide.i18n;

import java.util.Objects;

/**
 * A localized string together with its state and the locale (BCP 47 tag) whose catalog supplied it; for
 * {@link TextState#FALLBACK} that is the fallback locale (or the source locale) the text was taken from.
 * {@code reviewed} is true for a translation a reviewer approved ({@code #, reviewed} in its catalog).
 */
public record ResolvedText(String text, TextState state, String fromLocale, boolean reviewed) {

    public ResolvedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fromLocale, "fromLocale");
    }

    /** A text no reviewer approved (or that needs no review: the source). */
    public ResolvedText(String text, TextState state, String fromLocale) {
        this(text, state, fromLocale, false);
    }
}
