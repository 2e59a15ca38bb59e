package dev.careguide.i18n;

import java.util.List;
import java.util.Objects;

/**
 * One translatable source string: its catalog key, text, the context lines translators see above it (item
 * type and kind, source span, length limit) and its length limit (0 for none).
 */
public record SourceString(String key, String text, List<String> context, int maxLength) {

    public SourceString {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        context = List.copyOf(context);
    }
}
