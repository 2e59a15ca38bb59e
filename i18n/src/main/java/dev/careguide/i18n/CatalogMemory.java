package dev.careguide.i18n;

import dev.careguide.i18n.memory.TranslationMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The translations already in a project's catalogs as translation memory: for each guide folder and target
 * locale, every current (not stale), non-empty translation paired with the source text of its key in the
 * folder's source catalog, with the guide id as origin. Catalogs that are missing or do not parse add nothing
 * (sync and check report them).
 */
public final class CatalogMemory {

    private CatalogMemory() {
    }

    /** Adds the translations of one guide's catalogs in the given locales. */
    public static void add(TranslationMemory.Builder memory, Path i18nDir, String guideId, List<String> tags) {
        Path dir = CatalogPaths.folder(i18nDir, guideId);
        Path sourcePath = CatalogPaths.source(dir);
        if (!Files.isRegularFile(sourcePath)) {
            return;
        }
        CatalogFile source = CatalogFile.read(sourcePath, CatalogPaths.display(sourcePath), null);
        if (source.properties().hasErrors()) {
            return;
        }
        Map<String, String> sourceTexts = new HashMap<>();
        source.entries().stream().filter(CatalogEntry::isTranslated).forEach(e -> sourceTexts.put(e.key(), e.value()));
        CatalogState state;
        try {
            state = CatalogState.read(dir);
        } catch (dev.careguide.model.DiagnosticException e) {
            return;
        }
        for (String tag : tags) {
            Path path = CatalogPaths.target(dir, tag);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            CatalogFile catalog = CatalogFile.read(path, CatalogPaths.display(path), tag);
            if (catalog.properties().hasErrors()) {
                continue;
            }
            for (CatalogEntry e : catalog.entries()) {
                String text = sourceTexts.get(e.key());
                if (text != null && e.isTranslated() && !e.value().isEmpty() && !state.isStale(tag, e)) {
                    memory.add(new TranslationMemory.Entry(tag, text, e.value(), guideId, e.key()));
                }
            }
        }
    }
}
