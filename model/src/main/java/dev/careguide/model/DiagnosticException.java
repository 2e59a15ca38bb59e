package dev.careguide.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input is bad; carries every {@link Diagnostic} found (each naming file, line and column) so a
 * caller reports them all at once.
 */
public class DiagnosticException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(List<Diagnostic> diagnostics) {
        this(diagnostics, null);
    }

    public DiagnosticException(List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")), cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
        this(List.of(diagnostic), cause);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
