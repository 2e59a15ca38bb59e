package dev.careguide.i18n;

import dev.careguide.i18n.properties.PropertiesFile;
import dev.careguide.i18n.properties.PropertiesReader;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts translations into a target catalog the way a translator would edit it: a placeholder {@code # key=}
 * becomes {@code key=translation}, an existing translation is replaced and its stale mark removed, and every
 * other line (comments, order, obsolete section) stays as it is. For bulk work such as seeding a catalog from
 * a translation memory; the next sync records the new translations as current.
 */
public final class CatalogEditor {

    private CatalogEditor() {}

    /**
     * Sets {@code translations} (key → text) in the catalog file of {@code locale} and writes it atomically.
     * Throws a {@link DiagnosticException} when the file does not parse or names no such key (run sync first),
     * writing nothing. Returns the keys whose value changed.
     */
    public static List<String> translate(Path catalogFile, String locale, Map<String, String> translations) {
        String display = CatalogPaths.display(catalogFile);
        CatalogFile catalog = CatalogFile.read(catalogFile, display, locale);
        List<Diagnostic> problems = new ArrayList<>();
        catalog.properties().parseErrors().stream()
                .map(CatalogProblem::toDiagnostic)
                .forEach(problems::add);
        Map<String, CatalogEntry> byKey = catalog.byKey();
        translations.keySet().stream()
                .filter(k -> !byKey.containsKey(k))
                .forEach(k -> problems.add(Diagnostic.error(
                        display,
                        0,
                        0,
                        "unknown-key",
                        "[" + locale + "] " + k + ": no such key in the catalog; run sync first")));
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        List<String> changed = new ArrayList<>();
        List<CatalogEntry> entries = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            String text = translations.get(e.key());
            if (text == null || (text.equals(e.value()) && !e.isStale())) {
                entries.add(e);
            } else {
                entries.add(e.withValue(text).cleared());
                changed.add(e.key());
            }
        }
        if (!changed.isEmpty()) {
            AtomicFiles.write(
                    catalogFile,
                    new CatalogFile(
                                    catalog.file(),
                                    locale,
                                    catalog.header(),
                                    entries,
                                    catalog.trailer(),
                                    catalog.obsolete())
                            .write());
        }
        return changed;
    }

    /** Like {@link #translate(Path, String, Map)} with the translations read from a UTF-8 .properties file. */
    public static List<String> translate(Path catalogFile, String locale, Path translationsFile) {
        PropertiesFile source = PropertiesReader.read(translationsFile, CatalogPaths.display(translationsFile), locale)
                .requireValid();
        return translate(catalogFile, locale, new LinkedHashMap<>(source.asMap()));
    }
}
