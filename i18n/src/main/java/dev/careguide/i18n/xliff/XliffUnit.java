package dev.careguide.i18n.xliff;

import dev.careguide.i18n.memory.Suggestion;
import java.util.List;
import java.util.Objects;

/**
 * One XLIFF unit: a catalog key with its source, target ({@code null} for none) and state, whether careguide
 * marked it stale, the notes for the translator and the translation-memory matches. {@code line} and
 * {@code column} are where a read unit's source stands in its file (0 for a unit built in memory).
 */
record XliffUnit(
        String key,
        String source,
        String target,
        XliffState state,
        boolean stale,
        List<Note> notes,
        List<Suggestion> matches,
        int line,
        int column) {

    /** A note: its category ({@code context}, {@code stale}, {@code plural}, {@code translator}) and text. */
    record Note(String category, String text) {}

    XliffUnit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        notes = List.copyOf(notes);
        matches = List.copyOf(matches);
    }
}
