package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * How a bundle is written: the formats (exporter names such as {@code json}), the item/translation policy,
 * the content version recorded in the manifest, an optional fixed timestamp (ISO-8601 or seconds since the
 * epoch, as Maven's {@code project.build.outputTimestamp}, at most {@link #LATEST_TIMESTAMP}; without it the
 * bundle carries no time at all),
 * whether CSV cells are neutralized for spreadsheets, and whether CSV files start with a BOM for Excel.
 */
public record ExportOptions(
        List<String> formats,
        ExportPolicy policy,
        String contentVersion,
        String outputTimestamp,
        boolean spreadsheetSafeCsv,
        boolean excelCsv) {

    /** The latest output timestamp: zip entries store time as DOS dates, which end in 2107. */
    public static final Instant LATEST_TIMESTAMP = Instant.parse("2107-12-31T23:59:58Z");

    /** Every built-in format. */
    public static final List<String> ALL_FORMATS = List.of("csv", "json", "yaml");

    public ExportOptions {
        formats = List.copyOf(formats == null || formats.isEmpty() ? ALL_FORMATS : formats);
        policy = policy == null ? ExportPolicy.DEFAULT : policy;
        Objects.requireNonNull(contentVersion, "contentVersion");
        if (contentVersion.isBlank()) {
            throw new IllegalArgumentException("contentVersion must not be blank");
        }
        outputTimestamp = outputTimestamp == null || outputTimestamp.isBlank() ? null : outputTimestamp.trim();
    }

    /** All formats, the default policy, spreadsheet-safe CSV without BOM, no timestamp. */
    public static ExportOptions defaults(String contentVersion) {
        return new ExportOptions(ALL_FORMATS, ExportPolicy.DEFAULT, contentVersion, null, true, false);
    }

    public ExportOptions withFormats(List<String> v) {
        return new ExportOptions(v, policy, contentVersion, outputTimestamp, spreadsheetSafeCsv, excelCsv);
    }

    public ExportOptions withPolicy(ExportPolicy v) {
        return new ExportOptions(formats, v, contentVersion, outputTimestamp, spreadsheetSafeCsv, excelCsv);
    }

    public ExportOptions withOutputTimestamp(String v) {
        return new ExportOptions(formats, policy, contentVersion, v, spreadsheetSafeCsv, excelCsv);
    }

    public ExportOptions withSpreadsheetSafeCsv(boolean v) {
        return new ExportOptions(formats, policy, contentVersion, outputTimestamp, v, excelCsv);
    }

    public ExportOptions withExcelCsv(boolean v) {
        return new ExportOptions(formats, policy, contentVersion, outputTimestamp, spreadsheetSafeCsv, v);
    }

    /** The timestamp as an instant, or {@code null} when none is set; a malformed value is a diagnostic. */
    public Instant timestamp() {
        return parseTimestamp(outputTimestamp);
    }

    /**
     * Parses an output timestamp the way Maven's reproducible builds accept it: ISO-8601 with offset
     * ({@code 2026-01-01T00:00:00Z}) or whole seconds since the epoch. Blank or {@code null} gives {@code null}.
     */
    public static Instant parseTimestamp(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Instant instant;
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                instant = Instant.ofEpochSecond(Long.parseLong(v));
            } else {
                instant = OffsetDateTime.parse(v).toInstant();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new DiagnosticException(
                    List.of(Diagnostic.error(
                            "outputTimestamp",
                            0,
                            0,
                            "output-timestamp",
                            "not an ISO-8601 timestamp with offset or epoch seconds: '" + v + "'")),
                    e);
        }
        if (instant.isAfter(LATEST_TIMESTAMP)) {
            throw new DiagnosticException(Diagnostic.error(
                    "outputTimestamp",
                    0,
                    0,
                    "output-timestamp",
                    "'" + v + "' is after " + LATEST_TIMESTAMP + ", the last time a zip entry stores as a plain DOS"
                            + " date; a later one would make the zip depend on the time zone"));
        }
        return instant;
    }
}
