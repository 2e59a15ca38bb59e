package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of exchanging translations with CAT tools (XLIFF or TMX, export or import): the files written
 * (XLIFF or TMX files on export; catalogs or the memory file on import) and a one-line summary.
 */
public record ExchangeOutcome(boolean success, List<Diagnostic> diagnostics, List<Path> writtenFiles, String summary)
        implements Outcome {

    public ExchangeOutcome {
        diagnostics = List.copyOf(diagnostics);
        writtenFiles = List.copyOf(writtenFiles);
        summary = summary == null ? "" : summary;
    }

    static ExchangeOutcome failed(List<Diagnostic> diagnostics) {
        return new ExchangeOutcome(false, diagnostics, List.of(), "");
    }
}
