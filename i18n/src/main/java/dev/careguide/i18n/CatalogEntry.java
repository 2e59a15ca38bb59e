package dev.careguide.i18n;

import java.util.List;
import java.util.Objects;

/**
 * One key of a catalog file with everything written around it: the translator's own comment lines
 * ({@code notes}, kept verbatim), the generated context ({@code #.} lines), flags such as {@code stale}
 * ({@code #,}), the previous source text ({@code #|}). {@code value} is {@code null} for an untranslated key,
 * written as the placeholder comment {@code # key=}. {@code property} is where it was read, {@code null} for
 * an entry sync created or changed (it is then written with fresh escaping). {@code blankBefore} says whether
 * the file had a blank line above the entry, {@code null} when unknown (the writer then separates items).
 */
public record CatalogEntry(String key, String value, List<String> notes, List<String> context, List<String> flags,
        List<String> previous, PropertiesElement.Property property, int line, Boolean blankBefore) {

    /** The flag sync writes above a translation made for an older source text. */
    public static final String STALE = "stale";

    public CatalogEntry {
        Objects.requireNonNull(key, "key");
        notes = List.copyOf(notes);
        context = List.copyOf(context);
        flags = List.copyOf(flags);
        previous = List.copyOf(previous);
    }

    /** An entry whose spacing the writer decides. */
    public CatalogEntry(String key, String value, List<String> notes, List<String> context, List<String> flags,
            List<String> previous, PropertiesElement.Property property, int line) {
        this(key, value, notes, context, flags, previous, property, line, null);
    }

    /** A new untranslated entry. */
    public static CatalogEntry untranslated(String key, List<String> context) {
        return new CatalogEntry(key, null, List.of(), context, List.of(), List.of(), null, 0);
    }

    public boolean isTranslated() {
        return value != null;
    }

    public boolean isStale() {
        return value != null && flags.contains(STALE);
    }

    public CatalogEntry withContext(List<String> newContext) {
        return new CatalogEntry(key, value, notes, newContext, flags, previous, property, line);
    }

    /** This entry marked stale with the given previous-source lines. */
    public CatalogEntry markedStale(List<String> previousLines) {
        List<String> f = new java.util.ArrayList<>(flags);
        if (!f.contains(STALE)) {
            f.add(STALE);
        }
        return new CatalogEntry(key, value, notes, context, f, previousLines, property, line, blankBefore);
    }

    /** This entry without the stale flag and the previous source text. */
    public CatalogEntry cleared() {
        List<String> f = flags.stream().filter(x -> !x.equals(STALE)).toList();
        return new CatalogEntry(key, value, notes, context, f, List.of(), property, line, blankBefore);
    }

    /** This entry with other flags. */
    public CatalogEntry withFlags(List<String> newFlags) {
        return new CatalogEntry(key, value, notes, context, newFlags, previous, property, line, blankBefore);
    }

    public CatalogEntry withBlankBefore(Boolean blank) {
        return new CatalogEntry(key, value, notes, context, flags, previous, property, line, blank);
    }

    public CatalogEntry withValue(String newValue) {
        return new CatalogEntry(key, newValue, notes, context, flags, previous, null, line, blankBefore);
    }

    /** The file's own spelling of the property when its key and value are unchanged, else {@code null}. */
    String rawIfUnchanged() {
        if (property != null && property.key().equals(key) && property.value().equals(value)) {
            return property.raw();
        }
        return null;
    }
}
