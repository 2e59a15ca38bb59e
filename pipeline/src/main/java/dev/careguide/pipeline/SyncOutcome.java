package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The result of syncing the translator catalogs with the content: the catalog files that were rewritten. */
public record SyncOutcome(boolean success, List<Diagnostic> diagnostics, List<Path> rewrittenFiles) implements Outcome {

    public SyncOutcome {
        diagnostics = List.copyOf(diagnostics);
        rewrittenFiles = List.copyOf(rewrittenFiles);
    }
}
