package dev.careguide.benchmarks.corpus;

import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogSync;
import dev.careguide.model.GuideCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the sync benchmark's files into a directory:
 * <ul>
 * <li>{@code careguide/i18n/sync-benchmark/}: the first version's catalogs as {@code careguide sync} wrote
 * them, fully translated ({@code messages.properties}, {@code messages_de.properties}, sync state);</li>
 * <li>{@code careguide/model-after.json}: the second version of the guide, the input of the sync to time;</li>
 * <li>{@code gettext/de.po} (first version, translated) and {@code gettext/messages.pot} (second version): the
 * same catalogs for {@code msgmerge}.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.corpus.SyncScenarioWriter OUT_DIR}.
 */
public final class SyncScenarioWriter {

    private SyncScenarioWriter() {}

    public static void write(SyncScenario scenario, Path dir) throws IOException {
        CorpusGenerator.requireEmpty(dir);
        Path gettext = dir.resolve("gettext");
        CorpusGenerator.write(gettext.resolve("messages.pot"), GettextWriter.template(scenario));
        CorpusGenerator.write(gettext.resolve(scenario.locale() + ".po"), GettextWriter.translated(scenario));

        Path careguide = dir.resolve("careguide");
        new GuideCodec().write(scenario.after(), careguide.resolve("model-after.json"));
        Path i18n = careguide.resolve("i18n");
        CatalogSync sync = new CatalogSync();
        List<String> locales = List.of(scenario.locale());
        sync.syncGuide(scenario.before(), i18n, locales, false);
        CatalogFiller.fill(
                CatalogPaths.target(CatalogPaths.folder(i18n, SyncScenario.GUIDE_ID), scenario.locale()),
                scenario.translator(),
                SyncScenario.strings(scenario.before()));
        sync.syncGuide(scenario.before(), i18n, locales, false);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SyncScenarioWriter OUT_DIR");
            System.exit(2);
        }
        SyncScenario scenario = SyncScenario.standard();
        write(scenario, Path.of(args[0]));
        System.err.printf(
                Locale.ROOT,
                "%d keys, %d changed, %d removed, locale %s, written to %s%n",
                SyncScenario.strings(scenario.before()).size(),
                scenario.changedKeys().size(),
                scenario.removedKeys().size(),
                scenario.locale(),
                args[0]);
    }
}
