package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of importing a project's articles: one {@link ImportedGuide} per guide written under
 * {@code <out>/model/<guide-id>/}, and the importer's defects and problems as diagnostics.
 */
public record ImportOutcome(boolean success, List<Diagnostic> diagnostics, List<ImportedGuide> guides)
        implements Outcome {

    public ImportOutcome {
        diagnostics = List.copyOf(diagnostics);
        guides = List.copyOf(guides);
    }

    /** One imported guide: its id, the files written and how many items it has. */
    public record ImportedGuide(String id, Path modelFile, Path reportFile, int itemCount) {}
}
