package dev.careguide.importer;

import dev.careguide.model.Guide;
import java.util.List;
import java.util.Objects;

/**
 * What one import produced: the guide, the report explaining how it was built, and the guide's id registry
 * entries as {@code sync} would write them ({@link IdRegistry}).
 */
public record ImportResult(Guide guide, ImportReport report, List<IdRegistry.Entry> registryEntries) {

    public ImportResult {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(report, "report");
        registryEntries = List.copyOf(registryEntries);
    }

    /** A result without registry entries. */
    public ImportResult(Guide guide, ImportReport report) {
        this(guide, report, List.of());
    }
}
