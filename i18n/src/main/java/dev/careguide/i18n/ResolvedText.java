package dev.careguide.i18n;

import java.util.Objects;

/**
 * A localized string together with its state and the locale (BCP 47 tag) whose catalog supplied it; for
 * {@link TextState#FALLBACK} that is the fallback locale (or the source locale) the text was taken from.
 */
public record ResolvedText(String text, TextState state, String fromLocale) {

    public ResolvedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fromLocale, "fromLocale");
    }
}
