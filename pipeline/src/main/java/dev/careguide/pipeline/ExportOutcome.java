package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of exporting the bundle: its directory and zip (null when the export failed) and a summary per
 * locale for the build log.
 */
public record ExportOutcome(
        boolean success,
        List<Diagnostic> diagnostics,
        Path bundleDirectory,
        Path bundleZip,
        List<LocaleSummary> locales)
        implements Outcome {

    public ExportOutcome {
        diagnostics = List.copyOf(diagnostics);
        locales = List.copyOf(locales);
    }

    /**
     * One locale of one guide in the bundle: tag, {@code ltr}/{@code rtl}, percent complete, strings that fell
     * back, items written and items the export policy left out.
     */
    public record LocaleSummary(
            String guideId,
            String tag,
            String direction,
            double percentComplete,
            int fallbackCount,
            int itemCount,
            int omittedCount) {

        /** E.g. {@code leg-cramps-pregnancy ru  ltr  100.0% complete, 0 fallbacks, 41 items, 2 omitted}. */
        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%s %-6s %s %5.1f%% complete, %d fallbacks, %d items, %d omitted",
                    guideId,
                    tag,
                    direction,
                    percentComplete,
                    fallbackCount,
                    itemCount,
                    omittedCount);
        }
    }
}
