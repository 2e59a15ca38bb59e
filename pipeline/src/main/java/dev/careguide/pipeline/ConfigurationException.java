package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.util.List;

/**
 * A {@link DiagnosticException} for a configuration that cannot run at all (a path leading out of the project,
 * a malformed or unknown locale tag, an unknown format), as opposed to problems in the content: the CLI exits
 * with the usage code 2 for it.
 */
public class ConfigurationException extends DiagnosticException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public ConfigurationException(Diagnostic diagnostic) {
        super(List.of(diagnostic));
    }
}
