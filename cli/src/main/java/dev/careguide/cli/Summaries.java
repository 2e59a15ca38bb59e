package dev.careguide.cli;

import dev.careguide.pipeline.ExportOutcome;
import java.io.PrintWriter;

/** The human summary of an export on stderr, and the paths it wrote on stdout. */
final class Summaries {

    private Summaries() {
    }

    static void printExport(ExportOutcome outcome, PrintWriter out, Console console) {
        if (!outcome.success()) {
            return;
        }
        outcome.locales().forEach(locale -> console.info("  " + locale));
        out.println(outcome.bundleDirectory());
        out.println(outcome.bundleZip());
        out.flush();
    }
}
