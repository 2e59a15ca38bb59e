package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCodecTest {

    private final GuideCodec codec = new GuideCodec();

    static String golden() {
        try (InputStream in = GuideCodecTest.class.getResourceAsStream("leg-cramps-pregnancy.model.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sampleGuideIsWrittenExactlyAsTheGoldenFile() {
        assertThat(codec.toJson(SampleGuides.legCramps())).isEqualTo(golden());
    }

    @Test
    void canonicalFormStartsWithSchemaVersionUsesTwoSpacesLfAndEndsWithNewline() {
        String json = codec.toJson(SampleGuides.legCramps());

        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"leg-cramps-pregnancy\",\n");
        assertThat(json)
                .doesNotContain("\r")
                .doesNotContain("\t")
                .endsWith("}\n")
                .doesNotEndWith("\n\n");
        assertThat(json).contains("\"steps\": [],").contains("\"dosage\": {},");
        assertThat(json).doesNotContain(" : ").doesNotContain("null");
    }

    @Test
    void topLevelArraysFollowTheGuideFieldOrder() {
        String json = codec.toJson(SampleGuides.legCramps());
        List<String> fields = List.of(
                "\n  \"id\"",
                "\n  \"sourceLocale\"",
                "\n  \"title\"",
                "\n  \"summary\"",
                "\n  \"causes\"",
                "\n  \"remedies\"",
                "\n  \"exercises\"",
                "\n  \"specialists\"",
                "\n  \"nutrientSources\"",
                "\n  \"warningSigns\"");
        int previous = json.indexOf("\"schemaVersion\"");
        for (String field : fields) {
            int at = json.indexOf(field);
            assertThat(at).as(field).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void decimalsAreWrittenPlainNeverInExponentNotation() {
        Guide guide = SampleGuides.legCramps().toBuilder()
                .remedies(List.of(new Remedy(
                        "remedy.drink",
                        "Пить воду",
                        "",
                        RemedyKind.LIFESTYLE,
                        List.of(),
                        List.of(
                                new Quantity(
                                        new BigDecimal("1E+1"), new BigDecimal("100.00"), QuantityUnit.MINUTE, null),
                                new Quantity(
                                        new BigDecimal("0.0000001"),
                                        new BigDecimal("2.50"),
                                        QuantityUnit.LITER,
                                        Quantity.Limit.ABOUT)),
                        Safety.OK,
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of())))
                .build();

        String json = codec.toJson(guide);

        assertThat(json)
                .contains("\"min\": 10,")
                .contains("\"max\": 100,")
                .contains("\"min\": 0.0000001,")
                .contains("\"max\": 2.5,")
                .doesNotContainPattern("\\d[eE][+-]?\\d");
        assertThat(codec.fromJson(json, "model.json")).isEqualTo(guide);
    }

    @Test
    void exactLimitIsTheDefaultAndNotWritten() {
        Quantity exact = Quantity.of(3, QuantityUnit.SET).withLimit(Quantity.Limit.EXACT);
        assertThat(exact.limit()).isNull();
        String json = golden().replace("\"unit\": \"second\"", "\"unit\": \"second\",\n          \"limit\": \"exact\"");

        Guide read = codec.fromJson(json, "model.json");

        assertThat(read).isEqualTo(SampleGuides.legCramps());
        assertThat(codec.toJson(read)).isEqualTo(golden());
    }

    @Test
    void readingTheGoldenFileGivesTheSampleGuide(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, golden());

        assertThat(codec.read(file)).isEqualTo(SampleGuides.legCramps());
    }

    @Test
    void writeCreatesDirectoriesAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model/leg-cramps-pregnancy/model.json");

        codec.write(SampleGuides.legCramps(), file);

        assertThat(Files.readString(file)).isEqualTo(golden());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writingAnInvalidGuideFailsAndKeepsTheEarlierFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        codec.write(SampleGuides.legCramps(), file);
        Guide invalid = SampleGuides.legCramps().toBuilder().title(" ").build();

        assertThatThrownBy(() -> codec.write(invalid, file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("$.title: title is blank");

        assertThat(Files.readString(file)).isEqualTo(golden());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        codec.write(SampleGuides.legCramps(), a);
        codec.write(codec.read(a), b);

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void unicodeTextIsWrittenAsUtf8NotEscaped() {
        Guide guide = SampleGuides.legCramps().toBuilder()
                .summary("Ünïcødé 🦵 «ноги» \u0007 \"quoted\"")
                .build();

        String json = codec.toJson(guide);

        assertThat(json).contains("\"summary\": \"Ünïcødé 🦵 «ноги» \\u0007 \\\"quoted\\\"\"");
        assertThat(codec.fromJson(json, "model.json")).isEqualTo(guide);
    }
}
