package dev.careguide.exporter;

/**
 * An item the {@link ExportPolicy} left out of one locale's files, with the reason: {@code unsafe},
 * {@code needs-medical-review}, {@code rejected} or {@code missing-translation}.
 */
public record OmittedItem(String id, String reason) {
}
