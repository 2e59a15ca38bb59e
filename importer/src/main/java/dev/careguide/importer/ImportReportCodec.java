package dev.careguide.importer;

import dev.careguide.model.AtomicFiles;
import dev.careguide.model.CanonicalJson;
import java.nio.file.Path;

/**
 * Writes an {@link ImportReport} as {@code import-report.json} through {@link CanonicalJson}: stable key order
 * (each record's {@code @JsonPropertyOrder}, then alphabetical), no timestamps, so the same import gives
 * byte-identical files. {@link #write} streams the report into a temporary file moved into place, so a report
 * of any size is never held as one string and a failure leaves an earlier report untouched.
 */
public final class ImportReportCodec {

    /** The report as JSON text ending with a newline. */
    public String toJson(ImportReport report) {
        return CanonicalJson.SORTED.text(report);
    }

    /** Streams the report to {@code file} atomically, creating parent directories. */
    public void write(ImportReport report, Path file) {
        AtomicFiles.write(file, out -> CanonicalJson.SORTED.write(report, out));
    }
}
