package dev.careguide.pipeline;

import dev.careguide.exporter.BundleManifest;
import dev.careguide.exporter.BundleWriter;
import dev.careguide.exporter.ExportOptions;
import dev.careguide.exporter.ExportPolicy;
import dev.careguide.exporter.GuideContent;
import dev.careguide.exporter.PendingBundle;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The one place that calls the exporter: options from the configuration, bundle, zip and validation. */
final class Exporting {

    private Exporting() {}

    /**
     * The exporter's options for {@code config}.
     *
     * @throws ConfigurationException for an unknown format or policy, or a malformed output timestamp
     */
    static ExportOptions options(PipelineConfig config) {
        List<Diagnostic> problems = new ArrayList<>();
        ExportPolicy policy = ExportPolicy.DEFAULT;
        try {
            policy = ExportPolicy.parse(config.exportPolicies(), "exportPolicies");
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
        }
        try {
            ExportOptions.parseTimestamp(config.outputTimestamp());
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
        }
        List<String> known = new BundleWriter().formats();
        if (config.formats().isEmpty()) {
            problems.add(Diagnostic.error(
                    "formats",
                    0,
                    0,
                    "unknown-format",
                    "no export format given; known formats: " + String.join(", ", known)));
        }
        for (String format : config.formats()) {
            if (!known.contains(format)) {
                problems.add(Diagnostic.error(
                        "formats",
                        0,
                        0,
                        "unknown-format",
                        "unknown export format '" + format + "'; known formats: " + String.join(", ", known)));
            }
        }
        if (config.contentVersion().isBlank()) {
            problems.add(Diagnostic.error("contentVersion", 0, 0, "content-version", "contentVersion is blank"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new ExportOptions(
                config.formats(),
                policy,
                config.contentVersion(),
                config.outputTimestamp(),
                config.spreadsheetSafeCsv(),
                config.excelCsv());
    }

    /**
     * Writes the bundle guide by guide, several at once on {@code tasks} (each guide's catalogs are loaded by
     * {@code load} and let go once its files are written), checks the written bundle's schemas and checksums,
     * then moves the bundle and its zip into place together.
     *
     * @throws DiagnosticException when the content cannot be exported under the policy, a catalog cannot be
     *         loaded, the output folder holds something that is not a careguide bundle, or the written bundle is
     *         not valid
     */
    static BundleManifest export(
            List<Guide> guides,
            Function<Guide, GuideContent> load,
            GuideTasks tasks,
            ExportOptions options,
            ProjectLayout layout) {
        try (PendingBundle bundle = new BundleWriter().open(options, layout.bundleDirectory(), layout.bundleZip())) {
            tasks.map(guides, guide -> {
                bundle.add(load.apply(guide));
                return guide.id();
            });
            return bundle.commit();
        }
    }
}
