package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One string of a localized guide with where it came from: {@code state} is {@code source},
 * {@code translated} or {@code fallback}; {@code locale} is the locale whose catalog supplied the text;
 * {@code stale} is true when this locale has a translation that was made for an older source text and was
 * therefore replaced by the fallback.
 */
public record LocalizedText(
        String text,
        String state,
        String locale,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean stale) {

    public static final String SOURCE = "source";
    public static final String TRANSLATED = "translated";
    public static final String FALLBACK = "fallback";

    public LocalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(locale, "locale");
    }
}
