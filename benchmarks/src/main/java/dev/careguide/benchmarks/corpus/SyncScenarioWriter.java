package dev.careguide.benchmarks.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the sync benchmark's files into a directory: {@code gettext/messages.pot} and
 * {@code gettext/<locale>.po} for {@code msgmerge}.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.corpus.SyncScenarioWriter OUT_DIR}.
 */
public final class SyncScenarioWriter {

    private SyncScenarioWriter() {
    }

    public static void write(SyncScenario scenario, Path dir) throws IOException {
        CorpusGenerator.requireEmpty(dir);
        Path gettext = dir.resolve("gettext");
        CorpusGenerator.write(gettext.resolve("messages.pot"), GettextWriter.template(scenario));
        CorpusGenerator.write(gettext.resolve(scenario.locale() + ".po"), GettextWriter.translated(scenario));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SyncScenarioWriter OUT_DIR");
            System.exit(2);
        }
        SyncScenario scenario = SyncScenario.standard();
        write(scenario, Path.of(args[0]));
        System.err.printf(Locale.ROOT, "%d keys, %d changed, %d removed, locale %s, written to %s%n",
                scenario.oldSource().size(), scenario.changedKeys().size(), scenario.removedKeys().size(),
                scenario.locale(), args[0]);
    }
}
