package dev.careguide.exporter;

import dev.careguide.model.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deterministic zip of a bundle directory for attaching to a build: entries sorted by path, every entry
 * stamped with the same time (the output timestamp, or 1980-01-01T00:00:02 when none is given) stored as DOS
 * local time without time-zone conversion, no directory entries and no extra fields. Written to a temporary
 * file and moved into place.
 */
public final class BundleZip {

    /** The earliest time a DOS date stores without the JDK adding a time-zone dependent extra field. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private BundleZip() {
    }

    public static void write(Path bundleDir, Path zipFile, String outputTimestamp) {
        Instant instant = ExportOptions.parseTimestamp(outputTimestamp);
        LocalDateTime time = instant == null ? DOS_EPOCH : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            time = DOS_EPOCH;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(9);
                for (String path : BundleFiles.list(bundleDir)) {
                    ZipEntry entry = new ZipEntry(path);
                    entry.setTimeLocal(time);
                    zip.putNextEntry(entry);
                    Files.copy(bundleDir.resolve(path), zip);
                    zip.closeEntry();
                }
            }
            AtomicFiles.write(zipFile, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + zipFile + " failed: " + e.getMessage(), e);
        }
    }
}
