package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleZipTest {

    @TempDir
    Path tmp;

    @Test
    void zipHasSortedEntriesWithTheFixedTimestampAndTheBundleBytes() throws IOException {
        Path bundle = tmp.resolve("bundle");
        new BundleWriter().write(List.of(TestGuides.content()), ExportOptions.defaults("1.0.0"), bundle);
        Path zip = tmp.resolve("bundle.zip");
        BundleZip.write(bundle, zip, "2026-03-04T05:06:08Z");
        List<String> names = new ArrayList<>();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 3, 4, 5, 6, 8));
                assertThat(zf.getInputStream(e).readAllBytes())
                        .isEqualTo(Files.readAllBytes(bundle.resolve(e.getName())));
            }
        }
        assertThat(names).isSorted().isEqualTo(BundleFiles.list(bundle)).contains("manifest.json");
    }

    @Test
    void zipBytesDoNotDependOnTheTimeZone() throws IOException {
        Path bundle = tmp.resolve("bundle");
        new BundleWriter().write(List.of(TestGuides.content()), ExportOptions.defaults("1.0.0"), bundle);
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            BundleZip.write(bundle, tmp.resolve("a.zip"), null);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            BundleZip.write(bundle, tmp.resolve("b.zip"), null);
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(Files.readAllBytes(tmp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.zip")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bundle", "a.zip", "b.zip");
        }
    }

    @Test
    void aFailedZipLeavesThePreviousOneAndNoTemporaryFile() throws IOException {
        Path zip = tmp.resolve("out/bundle.zip");
        Files.createDirectories(zip.getParent());
        Files.writeString(zip, "previous");
        assertThatThrownBy(() -> BundleZip.write(tmp.resolve("no-such-bundle"), zip, null))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(zip).hasContent("previous");
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bundle.zip");
        }
    }

    @Test
    void aTimestampAfter2107IsRefusedInsteadOfMakingTheZipDependOnTheTimeZone() {
        assertThatThrownBy(() -> ExportOptions.parseTimestamp("2108-01-01T00:00:00Z"))
                .isInstanceOf(dev.careguide.model.DiagnosticException.class)
                .hasMessageContaining("2107");
        assertThat(ExportOptions.parseTimestamp("2107-12-31T23:59:58Z")).isEqualTo(ExportOptions.LATEST_TIMESTAMP);
    }
}
