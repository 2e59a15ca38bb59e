package dev.careguide.cli;

import dev.careguide.model.Diagnostic;
import dev.careguide.pipeline.Outcome;
import dev.careguide.pipeline.PipelineListener;
import java.io.PrintWriter;
import java.util.List;

/** Writes progress, diagnostics and summaries to stderr, and turns an outcome into an exit code. */
final class Console implements PipelineListener {

    private final PrintWriter err;

    Console(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void info(String message) {
        err.println(message);
    }

    @Override
    public void warn(String message) {
        err.println("warning: " + message);
    }

    /** Prints every diagnostic and a one-line tally; returns 0 for success, 1 otherwise. */
    int finish(Outcome outcome, String what) {
        return finish(outcome, what, true);
    }

    /** Like {@link #finish(Outcome, String)}, printing the diagnostics only when asked to. */
    int finish(Outcome outcome, String what, boolean printDiagnostics) {
        if (printDiagnostics) {
            List<Diagnostic> diagnostics = outcome.diagnostics();
            diagnostics.forEach(err::println);
        }
        int errors = outcome.errors().size();
        int warnings = outcome.warnings().size();
        if (outcome.success()) {
            if (errors + warnings > 0) {
                err.println(what + " done: " + errors + " error(s), " + warnings + " warning(s)");
            }
            err.flush();
            return ExitCodes.OK;
        }
        err.println(what + " failed: " + errors + " error(s), " + warnings + " warning(s)");
        err.flush();
        return ExitCodes.CONTENT_ERROR;
    }
}
