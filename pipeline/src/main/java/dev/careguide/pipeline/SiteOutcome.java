package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The result of writing the review site: its {@code index.html} (null when the site could not be written). */
public record SiteOutcome(boolean success, List<Diagnostic> diagnostics, Path index) implements Outcome {

    public SiteOutcome {
        diagnostics = List.copyOf(diagnostics);
    }
}
