package dev.careguide.cli;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.pipeline.ConfigurationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into lines on stderr and an exit code: configuration errors are usage
 * errors (2), bad content and I/O failures are errors (1). Stack traces only for bugs.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof DiagnosticException d) {
            for (Diagnostic diagnostic : d.diagnostics()) {
                err.println(diagnostic);
            }
            if (e instanceof ConfigurationException) {
                err.println("Usage: see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
                return ExitCodes.USAGE;
            }
            return ExitCodes.CONTENT_ERROR;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("careguide: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("careguide: " + io.getMessage() + ": " + io.getCause());
            return ExitCodes.CONTENT_ERROR;
        }
        err.println("careguide: internal error");
        e.printStackTrace(err);
        return ExitCodes.CONTENT_ERROR;
    }
}
