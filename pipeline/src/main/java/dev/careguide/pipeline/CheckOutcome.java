package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of checking a project's catalogs against its content: every problem of the run, and the report
 * files written ({@code <out>/check/check-report.json} and {@code check-report.sarif}); the report paths are
 * null when the check stopped before it could write them.
 */
public record CheckOutcome(boolean success, List<Diagnostic> diagnostics, Path jsonReport, Path sarifReport)
        implements Outcome {

    public CheckOutcome {
        diagnostics = List.copyOf(diagnostics);
    }
}
