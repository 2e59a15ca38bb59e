package dev.careguide.i18n;

import dev.careguide.i18n.memory.TranslationMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The translations in a project's catalogs as translation memory: for a guide and each target locale, every
 * non-empty translation that is current for its key's present source text (not stale, and not about to be
 * marked stale because the source changed), paired with that source text, the guide id as origin. Because it
 * pairs translations with the present sources, the memory is the same before and after a sync, so a second
 * sync finds nothing to change. Catalogs that are missing or do not parse add nothing (sync and check report
 * them).
 */
public final class CatalogMemory {

    private CatalogMemory() {}

    /** Adds the current translations of one guide's catalogs in the given locales, reading them from disk. */
    public static void add(
            TranslationMemory.Builder memory,
            Path i18nDir,
            String guideId,
            List<SourceString> sources,
            List<String> tags) {
        Path dir = CatalogPaths.folder(i18nDir, guideId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Map<String, String> oldSources = new HashMap<>();
        Path sourcePath = CatalogPaths.source(dir);
        if (Files.isRegularFile(sourcePath)) {
            CatalogFile source = CatalogFile.read(sourcePath, CatalogPaths.display(sourcePath), null);
            source.entries().stream()
                    .filter(CatalogEntry::isTranslated)
                    .forEach(e -> oldSources.put(e.key(), e.value()));
        }
        CatalogState state;
        try {
            state = CatalogState.read(dir);
        } catch (dev.careguide.model.DiagnosticException e) {
            return;
        }
        Map<String, CatalogFile> catalogs = new java.util.LinkedHashMap<>();
        for (String tag : tags) {
            Path path = CatalogPaths.target(dir, tag);
            if (Files.isRegularFile(path)) {
                catalogs.put(tag, CatalogFile.read(path, CatalogPaths.display(path), tag));
            }
        }
        add(memory, guideId, sources, oldSources, catalogs, state);
    }

    /**
     * Adds the current translations of catalogs already read: {@code oldSources} are the texts of the folder's
     * source catalog, {@code catalogs} the target catalogs by locale (a missing or unparsable one adds nothing).
     */
    public static void add(
            TranslationMemory.Builder memory,
            String guideId,
            List<SourceString> sources,
            Map<String, String> oldSources,
            Map<String, CatalogFile> catalogs,
            CatalogState state) {
        Map<String, String> now = new HashMap<>();
        sources.forEach(s -> now.put(s.key(), s.text()));
        for (Map.Entry<String, CatalogFile> c : catalogs.entrySet()) {
            String tag = c.getKey();
            CatalogFile catalog = c.getValue();
            if (catalog == null
                    || (catalog.properties() != null && catalog.properties().hasErrors())) {
                continue;
            }
            Map<String, CatalogEntry> present = new HashMap<>();
            for (CatalogEntry e : catalog.entries()) {
                present.put(e.key(), e);
                String text = now.get(e.key());
                if (text != null
                        && e.isTranslated()
                        && !e.value().isEmpty()
                        && isCurrent(e, text, oldSources.get(e.key()), state.get(tag, e.key()), state, tag)) {
                    memory.add(new TranslationMemory.Entry(tag, text, e.value(), guideId, e.key()));
                }
            }
            // An obsolete translation whose key is back, made for the present source, is restored as current.
            Map<String, CatalogEntry> restored = new java.util.TreeMap<>();
            catalog.obsolete().forEach(e -> restored.put(e.key(), e));
            restored.forEach((key, e) -> {
                String text = now.get(key);
                CatalogState.Record r = state.get(tag, key);
                if (text != null
                        && !present.containsKey(key)
                        && !e.value().isEmpty()
                        && r != null
                        && (r.markedValueFingerprint() != null || !e.isStale())
                        && r.sourceFingerprint().equals(CatalogState.fingerprint(text))) {
                    memory.add(new TranslationMemory.Entry(tag, text, e.value(), guideId, key));
                }
            });
        }
    }

    /** Whether sync keeps this translation as current for {@code text} (the rules of its review step). */
    private static boolean isCurrent(
            CatalogEntry e, String text, String oldSource, CatalogState.Record r, CatalogState state, String tag) {
        if (e.isStale()) {
            boolean reverted = r != null
                    ? r.markedValueFingerprint() != null
                            && r.sourceFingerprint().equals(CatalogState.fingerprint(text))
                    : e.previous().equals(List.of("previous source: " + text));
            return !state.isStale(tag, e) || reverted;
        }
        if (r != null && r.markedValueFingerprint() != null) {
            return true;
        }
        String madeFor =
                r != null ? r.sourceFingerprint() : oldSource != null ? CatalogState.fingerprint(oldSource) : null;
        return madeFor == null || madeFor.equals(CatalogState.fingerprint(text));
    }
}
