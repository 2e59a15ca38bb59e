package dev.careguide.model;

import java.util.List;

/**
 * A {@code model.json} is malformed, does not follow the schema or holds an invalid guide. Every
 * {@link Diagnostic} names the file, line and column, and its message starts with the JSON path of the problem
 * (e.g. {@code $.remedies[3].kind: ...}).
 */
public class ModelFormatException extends DiagnosticException {

    private static final long serialVersionUID = 1L;

    public ModelFormatException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public ModelFormatException(List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics, cause);
    }
}
