package dev.careguide.cli;

import dev.careguide.pipeline.ExportOutcome;
import java.io.PrintWriter;
import java.util.List;

/** The human summary of an export on stderr, and the paths it wrote on stdout. */
final class Summaries {

    private Summaries() {}

    static void printExport(ExportOutcome outcome, PrintWriter out, Console console) {
        if (!outcome.success()) {
            return;
        }
        printLocales(outcome.locales(), console);
        out.println(outcome.bundleDirectory());
        out.println(outcome.bundleZip());
        out.flush();
    }

    /** One summary line per locale of the bundle on stderr. */
    static void printLocales(List<ExportOutcome.LocaleSummary> locales, Console console) {
        locales.forEach(locale -> console.info("  " + locale));
    }
}
