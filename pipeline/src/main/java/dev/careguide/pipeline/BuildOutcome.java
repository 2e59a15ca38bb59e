package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of a whole build (import → check → export). When {@link #upToDate()} is true nothing was run
 * or rewritten and the step outcomes are empty; when a step failed, the later ones are empty too.
 */
public record BuildOutcome(boolean success, boolean upToDate, ImportOutcome importOutcome,
        CheckOutcome checkOutcome, ExportOutcome exportOutcome) implements Outcome {

    /** A build that found its outputs up to date. */
    public static BuildOutcome alreadyUpToDate() {
        return new BuildOutcome(true, true, null, null, null);
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

    /** The diagnostics of every step that ran, in step order. */
    @Override
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        importStep().ifPresent(o -> all.addAll(o.diagnostics()));
        checkStep().ifPresent(o -> all.addAll(o.diagnostics()));
        exportStep().ifPresent(o -> all.addAll(o.diagnostics()));
        return all;
    }
}
