package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.LocaleView;
import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleValidatorTest {

    @TempDir
    Path tmp;

    Path bundle;

    @BeforeEach
    void export() {
        bundle = tmp.resolve("bundle");
        new BundleWriter().write(List.of(TestGuides.content()), ExportOptions.defaults("1.0.0"), bundle);
    }

    private List<String> codes() {
        return new BundleValidator()
                .validate(bundle).stream().map(Diagnostic::code).toList();
    }

    @Test
    void aFreshBundleIsValid() {
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void aChangedFileFailsItsChecksum() throws IOException {
        Path csv = bundle.resolve("csv/ru/leg-cramps/items.csv");
        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length - 3] ^= 1;
        Files.write(csv, bytes);
        List<Diagnostic> problems = new BundleValidator().validate(bundle);
        assertThat(problems).extracting(Diagnostic::code).containsExactly("bundle-checksum", "bundle-csv-content");
        assertThat(problems).extracting(Diagnostic::file).containsOnly("csv/ru/leg-cramps/items.csv");
    }

    @Test
    void missingAndUnlistedFilesAreReported() throws IOException {
        Files.delete(bundle.resolve("yaml/de/leg-cramps.yaml"));
        Files.writeString(bundle.resolve("json/de/extra.json"), "{}\n");
        assertThat(codes()).containsExactlyInAnyOrder("bundle-missing-file", "bundle-unlisted");
    }

    @Test
    void aGuideThatBreaksTheSchemaIsReportedEvenWithAMatchingChecksum() throws IOException {
        Path json = bundle.resolve("json/en/leg-cramps.json");
        String broken = Files.readString(json).replace("\"review\": \"approved\"", "\"review\": \"maybe\"");
        rewriteWithManifest("json/en/leg-cramps.json", broken);
        List<Diagnostic> problems = new BundleValidator().validate(bundle);
        assertThat(problems)
                .extracting(Diagnostic::code)
                .contains("bundle-schema")
                .doesNotContain("bundle-checksum");
        assertThat(problems.get(0).message()).contains("review");
    }

    @Test
    void yamlThatDiffersFromItsJsonTwinIsReported() throws IOException {
        String yaml = Files.readString(bundle.resolve("yaml/ru/leg-cramps.yaml"));
        rewriteWithManifest("yaml/ru/leg-cramps.yaml", yaml.replace("\"RU Leg cramps\"", "\"RU Leg cramp\""));
        assertThat(codes()).containsExactly("bundle-yaml-content");
    }

    @Test
    void checksumsAndSchemasSkipsTheYamlComparisonButStillCatchesAChangedYamlFile() throws IOException {
        Path file = bundle.resolve("yaml/ru/leg-cramps.yaml");
        String yaml = Files.readString(file);
        String changed = yaml.replace("\"RU Leg cramps\"", "\"RU Leg cramp\"");
        Files.writeString(file, changed);
        assertThat(BundleValidator.checksumsAndSchemas().validate(bundle))
                .extracting(Diagnostic::code)
                .containsExactly("bundle-size", "bundle-checksum");
        Files.writeString(file, yaml);
        rewriteWithManifest("yaml/ru/leg-cramps.yaml", changed);
        assertThat(BundleValidator.checksumsAndSchemas().validate(bundle)).isEmpty();
        assertThat(codes()).containsExactly("bundle-yaml-content");
    }

    @Test
    void checksumsAndSchemasStillValidatesTheGuideSchema() throws IOException {
        Path json = bundle.resolve("json/en/leg-cramps.json");
        rewriteWithManifest(
                "json/en/leg-cramps.json",
                Files.readString(json).replace("\"review\": \"approved\"", "\"review\": \"maybe\""));
        assertThat(BundleValidator.checksumsAndSchemas().validate(bundle))
                .extracting(Diagnostic::code)
                .containsOnly("bundle-schema");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        rewriteWithManifest("json/ar/leg-cramps.json", "{\n  \"causes\": [,]\n}\n");
        List<Diagnostic> problems = new BundleValidator().validate(bundle);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo("bundle-parse");
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).column()).isPositive();
    }

    @Test
    void aManifestThatBreaksItsSchemaIsReported() throws IOException {
        Path manifest = bundle.resolve("manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest).replace("\"formatVersion\": \"1.1.0\"", "\"formatVersion\": \"one\""));
        assertThat(codes()).containsExactly("bundle-schema");
    }

    @Test
    void aCsvTableThatDiffersFromItsJsonTwinIsReportedWithTheCell() throws IOException {
        String csv = Files.readString(bundle.resolve("csv/ru/leg-cramps/items.csv"));
        rewriteWithManifest("csv/ru/leg-cramps/items.csv", csv.replace("RU ", "RU-"));

        List<Diagnostic> problems = new BundleValidator().validate(bundle);

        assertThat(problems).extracting(Diagnostic::code).containsExactly("bundle-csv-content");
        assertThat(problems.get(0).message()).contains("column title", "json/ru/leg-cramps.json");
    }

    @Test
    void aLoneSurrogateIsCaughtAndTheFormatsDisagreeingOnItToo() {
        dev.careguide.model.Guide guide = TestGuides.guide();
        LocaleView broken = FakeLocaleView.translated(
                guide, "de", dev.careguide.i18n.TextDirection.LTR, text -> "DE \uD800 " + text);
        Path other = tmp.resolve("surrogate");
        new BundleWriter()
                .write(
                        List.of(new GuideContent(guide, List.of(FakeLocaleView.source(guide), broken))),
                        ExportOptions.defaults("1.0.0"),
                        other);

        List<Diagnostic> problems = new BundleValidator().validate(other);

        assertThat(problems)
                .extracting(Diagnostic::code)
                .contains("bundle-unicode", "bundle-yaml-content", "bundle-csv-content");
        assertThat(problems)
                .filteredOn(d -> d.code().equals("bundle-unicode"))
                .first()
                .satisfies(d -> assertThat(d.message()).contains("U+D800", "$.causes[0]"));
    }

    /** Replaces a file and patches its size and checksum in the manifest, as a careless tool would. */
    private void rewriteWithManifest(String path, String content) throws IOException {
        Path file = bundle.resolve(path);
        String oldSha = BundleFiles.sha256(file);
        long oldSize = Files.size(file);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Path manifest = bundle.resolve("manifest.json");
        String m = Files.readString(manifest);
        int at = m.indexOf(oldSha);
        String before = m.substring(0, at);
        int sizeAt = before.lastIndexOf("\"bytes\": " + oldSize);
        m = before.substring(0, sizeAt) + "\"bytes\": " + Files.size(file)
                + before.substring(sizeAt + ("\"bytes\": " + oldSize).length()) + BundleFiles.sha256(file)
                + m.substring(at + oldSha.length());
        Files.writeString(manifest, m);
    }
}
