package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportCodecTest {

    @TempDir
    Path dir;

    private static ImportReport report() {
        return new ImportReport(
                "g",
                List.of("a.txt"),
                new ImportReport.Counts(1, 10, 4, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1),
                List.of(new ImportReport.Defect("a.txt", 3, "fragment", "dropped", "lower limbs.", null)),
                List.of(new ImportReport.GlossaryReplacement("a.txt", 2, 5, "seizures", "cramps")),
                List.of(),
                List.of(new ImportReport.UnusedBlock("a.txt", 1, 1, "heading", "Causes")),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void jsonIsStableWithLfEndings() {
        ImportReportCodec codec = new ImportReportCodec();
        String json = codec.toJson(report());
        assertThat(json).isEqualTo(codec.toJson(report())).doesNotContain("\r").endsWith("}\n");
        assertThat(json.indexOf("\"guideId\"")).isLessThan(json.indexOf("\"counts\""));
        assertThat(json).doesNotContain("\"itemId\"");
    }

    @Test
    void writeReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("out/import-report.json");
        ImportReportCodec codec = new ImportReportCodec();
        codec.write(report(), file);
        codec.write(report(), file);
        assertThat(Files.readString(file)).isEqualTo(codec.toJson(report()));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
