package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of a whole build (import → check → export → site). When {@link #upToDate()} is true nothing was
 * run or rewritten, the step outcomes are empty and {@code storedLocales} summarizes the bundle of the last good
 * build; when a step failed, the later ones are empty too.
 */
public record BuildOutcome(
        boolean success,
        boolean upToDate,
        ImportOutcome importOutcome,
        CheckOutcome checkOutcome,
        ExportOutcome exportOutcome,
        SiteOutcome siteOutcome,
        List<ExportOutcome.LocaleSummary> storedLocales)
        implements Outcome {

    public BuildOutcome {
        storedLocales = List.copyOf(storedLocales);
    }

    /** A build that found its outputs up to date, with the per-locale summary of the stored bundle. */
    public static BuildOutcome alreadyUpToDate(List<ExportOutcome.LocaleSummary> storedLocales) {
        return new BuildOutcome(true, true, null, null, null, null, storedLocales);
    }

    public Optional<ImportOutcome> importStep() {
        return Optional.ofNullable(importOutcome);
    }

    public Optional<CheckOutcome> checkStep() {
        return Optional.ofNullable(checkOutcome);
    }

    public Optional<ExportOutcome> exportStep() {
        return Optional.ofNullable(exportOutcome);
    }

    public Optional<SiteOutcome> siteStep() {
        return Optional.ofNullable(siteOutcome);
    }

    /**
     * One summary per locale of the bundle: of the export this build ran, or of the stored bundle when it was
     * up to date; empty when the build failed before exporting.
     */
    public List<ExportOutcome.LocaleSummary> locales() {
        return exportStep().map(ExportOutcome::locales).orElse(storedLocales);
    }

    /** The diagnostics of every step that ran, in step order. */
    @Override
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        importStep().ifPresent(o -> all.addAll(o.diagnostics()));
        checkStep().ifPresent(o -> all.addAll(o.diagnostics()));
        exportStep().ifPresent(o -> all.addAll(o.diagnostics()));
        siteStep().ifPresent(o -> all.addAll(o.diagnostics()));
        return all;
    }
}
