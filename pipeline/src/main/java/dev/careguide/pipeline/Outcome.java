package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * What one pipeline operation ended with: whether it succeeded and every problem it found. A content or
 * translation error makes {@link #success()} false; the shells turn that into a failed build or exit code 1
 * and print each diagnostic as {@code file:line:column: severity: message}.
 */
public interface Outcome {

    boolean success();

    List<Diagnostic> diagnostics();

    default List<Diagnostic> errors() {
        return diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .toList();
    }

    default List<Diagnostic> warnings() {
        return diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .toList();
    }
}
