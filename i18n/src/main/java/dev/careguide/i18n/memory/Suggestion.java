package dev.careguide.i18n.memory;

import java.util.Locale;
import java.util.Objects;

/**
 * A translation offered for a source string from translation memory: how similar its source is (0–100), that
 * source, its translation and where it came from (a guide id, or the memory file). Never a translation itself:
 * sync writes it as a {@code #?} comment, XLIFF as an {@code mtc:match}.
 */
public record Suggestion(int score, String source, String target, String origin) {

    public Suggestion {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, was " + score);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(origin, "origin");
    }

    /** The catalog comment text (after {@code #?}): {@code 92% · en: … · de: … · from night-cramps}. */
    public String commentText(String sourceTag, String targetTag) {
        return String.format(
                Locale.ROOT, "%d%% · %s: %s · %s: %s · from %s", score, sourceTag, source, targetTag, target, origin);
    }
}
