package dev.careguide.exporter;

/**
 * An item the {@link ExportPolicy} left out of one locale's files, with the reason: {@code unsafe},
 * {@code needs-medical-review}, {@code rejected} or {@code missing-translation}.
 */
public record OmittedItem(String id, String reason) {

    public static final String UNSAFE = "unsafe";
    public static final String NEEDS_MEDICAL_REVIEW = "needs-medical-review";
    public static final String REJECTED = "rejected";
    public static final String MISSING_TRANSLATION = "missing-translation";
}
