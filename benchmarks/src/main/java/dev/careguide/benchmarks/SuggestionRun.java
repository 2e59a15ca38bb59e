package dev.careguide.benchmarks;

import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogMemory;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogState;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The translation-memory step of a sync on its own, timed inside one process: builds the memory from a guide's
 * catalogs, read beforehand (sync has read them anyway), and asks it for suggestions for every
 * string of the new source that the catalog has no current translation of (new and changed strings), as sync
 * does. Prints the sizes and both times; the model is read before the clock starts.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.SuggestionRun MODEL_JSON I18N_DIR LOCALE}.
 */
public final class SuggestionRun {

    private SuggestionRun() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SuggestionRun MODEL_JSON I18N_DIR LOCALE");
            System.exit(2);
        }
        Guide guide = new GuideCodec().read(Path.of(args[0]));
        Path i18n = Path.of(args[1]);
        String tag = args[2];
        List<SourceString> sources = SourceStrings.of(guide);
        long start = System.nanoTime();
        Path folder = CatalogPaths.folder(i18n, guide.id());
        Path catalog = CatalogPaths.target(folder, tag);
        Map<String, String> oldSources = new HashMap<>();
        CatalogFile.read(CatalogPaths.source(folder), "source", null).entries().stream()
                .filter(CatalogEntry::isTranslated)
                .forEach(e -> oldSources.put(e.key(), e.value()));
        CatalogFile target = CatalogFile.read(catalog, catalog.toString(), tag);
        CatalogState state = CatalogState.read(folder);
        long read = System.nanoTime();
        TranslationMemory.Builder builder = TranslationMemory.builder();
        CatalogMemory.add(builder, guide.id(), sources, oldSources, Map.of(tag, target), state);
        TranslationMemory memory = builder.build();
        long built = System.nanoTime();

        Set<String> current = new HashSet<>();
        memory.entries().forEach(e -> current.add(e.key()));
        int queries = 0;
        int suggested = 0;
        int suggestions = 0;
        long queried = System.nanoTime();
        for (SourceString s : sources) {
            if (current.contains(s.key())) {
                continue;
            }
            queries++;
            int n = memory.suggest(tag, s.text(), guide.id(), s.key()).size();
            suggestions += n;
            suggested += n > 0 ? 1 : 0;
        }
        long done = System.nanoTime();
        long entries =
                target.entries().stream().filter(CatalogEntry::isTranslated).count();
        System.out.printf(
                Locale.ROOT,
                "memory: %d pairs from %d translated entries, built in %.0f ms (catalogs "
                        + "read before, in %.0f ms, as sync reads them anyway)%n",
                memory.size(),
                entries,
                (built - read) / 1e6,
                (read - start) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "suggest: %d strings queried, %d got %d suggestion(s), in %.0f ms " + "(%.2f ms per string)%n",
                queries,
                suggested,
                suggestions,
                (done - queried) / 1e6,
                queries == 0 ? 0 : (done - queried) / 1e6 / queries);
    }
}
