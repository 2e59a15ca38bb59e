package dev.careguide.importer;

import dev.careguide.model.Guide;
import java.util.Objects;

/** What one import produced: the guide and the report explaining how it was built. */
public record ImportResult(Guide guide, ImportReport report) {

    public ImportResult {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(report, "report");
    }
}
