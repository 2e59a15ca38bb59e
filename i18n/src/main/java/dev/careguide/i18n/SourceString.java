package dev.careguide.i18n;

import java.util.List;
import java.util.Objects;

/**
 * One translatable source string: its catalog key, text, the context lines translators see above it (item
 * type and kind, source span, length limit), its length limit (0 for none) and why its item is not shipped
 * ({@link ShippingPolicy}; null when it ships).
 */
public record SourceString(String key, String text, List<String> context, int maxLength, String notShipped) {

    public SourceString {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        context = List.copyOf(context);
    }

    /** A string that ships. */
    public SourceString(String key, String text, List<String> context, int maxLength) {
        this(key, text, context, maxLength, null);
    }

    /** Whether the string's item ships, so it counts towards completeness. */
    public boolean ships() {
        return notShipped == null;
    }
}
