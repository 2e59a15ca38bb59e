package dev.careguide.i18n;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sync did: the files it wrote, those already up to date, and every change to a translation, so a
 * caller can print a summary and a test can assert each step.
 */
public record SyncResult(List<Path> written, List<Path> unchanged, List<Change> changes) {

    /** What happened to one key of one locale. */
    public enum ChangeKind {
        /** A new key, added untranslated. */
        ADDED,
        /** A new key given the translation of an identical source text, marked stale for review. */
        SUGGESTED,
        /** An untranslated or stale string given new suggestions from translation memory ({@code #?} lines). */
        MEMORY_SUGGESTIONS,
        /** The source text changed; the translation is kept and marked stale. */
        MARKED_STALE,
        /** The translator edited a stale translation or deleted its mark. */
        STALE_CLEARED,
        /** The key left the source; its translation moved to the obsolete section. */
        OBSOLETED,
        /** A key came back; its translation was restored from the obsolete section. */
        RESTORED,
        /** An obsolete translation was deleted by purge. */
        PURGED
    }

    /** One change, with the catalog file it happened in. */
    public record Change(Path file, String locale, String key, ChangeKind kind) {}

    public SyncResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        changes = List.copyOf(changes);
    }

    /** The changes of one kind. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** This result followed by another (for syncing several folders). */
    public SyncResult plus(SyncResult other) {
        return new SyncResult(
                concat(written, other.written), concat(unchanged, other.unchanged), concat(changes, other.changes));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** One line per written file and a count per kind of change, for the console. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        written.forEach(
                p -> sb.append("wrote ").append(p.toString().replace('\\', '/')).append('\n'));
        for (ChangeKind kind : ChangeKind.values()) {
            long n = changes.stream().filter(c -> c.kind() == kind).count();
            if (n > 0) {
                sb.append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append(": ")
                        .append(n)
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
