package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideValidator;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.SafetyLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideImporterTest {

    static final String ARTICLE = """
            Night cramps are a common problem for expectant mothers. We will talk about them today.

            Causes of cramps

              \u2022 Deficiency of magnesium and potassium in the body.
              \u2022 Uncomfortable tight shoes .
              \u2022 lower limbs.
              \u2022 Genetic predisposition to seizures.

            First aid for seizures

              1. Straighten the leg, pulling the toe towards you with force.
              2. Massage the calf muscle with strong circular motions.
              3. For some, an injection into the muscle with a needle helps.

            Gymnastic exercises:

              \u2022 A woman should rise on her toes ten times. During the day, this exercise can be done three to four times.
              \u2022 Alternately 10-15 times with each leg to lunge forward.

            Folk recipes

              \u2022 A wonderful remedy is a decoction of hawthorn. Drink two tablespoons five times a day.

            Food sources of magnesium: rye bread, cottage cheese, chocolate.

            Figure 1 - A calf stretch
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult importArticle(ImportOptions options) throws Exception {
        Path file = write("content/night-cramps.txt", ARTICLE);
        return new GuideImporter(options).importGuide("night-cramps", List.of(file), dir.resolve("content"));
    }

    @Test
    void importsCausesRemediesExercisesAndFoodSources() throws Exception {
        Guide guide = importArticle(ImportOptions.defaults()).guide();
        assertThat(guide.causes()).extracting(Item::id).contains("cause.genetic-predisposition-seizures");
        assertThat(guide.remedies()).extracting(Remedy::kind).contains(RemedyKind.FIRST_AID, RemedyKind.FOLK);
        assertThat(guide.exercises()).hasSize(2);
        assertThat(guide.exercises().get(0).dosage().repetitions()).isNotNull();
        assertThat(guide.nutrientSources()).singleElement()
                .satisfies(n -> assertThat(n.foods()).containsExactly("rye bread", "cottage cheese", "chocolate"));
        assertThat(new GuideValidator().validate(guide)).isEmpty();
    }

    @Test
    void unsafeAdviceIsFlagged() throws Exception {
        Guide guide = importArticle(ImportOptions.defaults()).guide();
        assertThat(guide.remedies()).filteredOn(r -> r.title().toLowerCase().contains("needle")).singleElement()
                .satisfies(r -> assertThat(r.safety().level()).isEqualTo(SafetyLevel.UNSAFE));
        assertThat(guide.remedies()).filteredOn(r -> r.title().toLowerCase().contains("hawthorn")).singleElement()
                .satisfies(r -> assertThat(r.safety().level()).isEqualTo(SafetyLevel.NEEDS_MEDICAL_REVIEW));
    }

    @Test
    void provenanceIsTheVerbatimSourceSpanNamedRelativeToTheContentRoot() throws Exception {
        Guide guide = importArticle(ImportOptions.defaults()).guide();
        List<String> lines = List.of(ARTICLE.split("\n", -1));
        for (Item item : guide.items()) {
            for (Provenance p : item.provenance()) {
                assertThat(p.document()).isEqualTo("night-cramps.txt");
                String span = String.join("\n", lines.subList(p.startLine() - 1, p.endLine()));
                assertThat(span).contains(p.text());
            }
        }
    }

    @Test
    void everySourceBlockEndsInAnItemOrTheUnusedList() throws Exception {
        ImportResult result = importArticle(ImportOptions.defaults());
        TreeSet<Integer> covered = new TreeSet<>();
        result.guide().items().forEach(i -> i.provenance().forEach(p -> {
            for (int l = p.startLine(); l <= p.endLine(); l++) {
                covered.add(l);
            }
        }));
        result.report().unused().forEach(u -> {
            assertThat(u.reason()).isNotBlank();
            for (int l = u.startLine(); l <= u.endLine(); l++) {
                covered.add(l);
            }
        });
        String[] lines = ARTICLE.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                assertThat(covered).as("line %d: %s", i + 1, lines[i]).contains(i + 1);
            }
        }
    }

    @Test
    void brokenTextIsReportedAsDefect() throws Exception {
        ImportReport report = importArticle(ImportOptions.defaults()).report();
        assertThat(report.defects()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("fragment");
            assertThat(d.text()).isEqualTo("lower limbs.");
            assertThat(d.line()).isEqualTo(7);
        });
    }

    @Test
    void glossaryFixesTermsBeforeExtractionAndTheReportSaysWhere() throws Exception {
        Path glossary = write("glossary.yaml", "replacements:\n  - {from: seizures, to: cramps}\n");
        ImportResult result = importArticle(ImportOptions.defaults().withGlossaryFile(glossary));
        assertThat(result.report().glossaryReplacements()).anySatisfy(r -> {
            assertThat(r.line()).isEqualTo(8);
            assertThat(r.column()).isEqualTo(31);
            assertThat(r.from()).isEqualTo("seizures");
        });
        assertThat(result.guide().causes()).extracting(Item::id).contains("cause.genetic-predisposition-cramps");
    }

    @Test
    void reimportGivesTheSameIdsAndReport() throws Exception {
        ImportResult a = importArticle(ImportOptions.defaults());
        ImportResult b = importArticle(ImportOptions.defaults());
        assertThat(b.guide()).isEqualTo(a.guide());
        ImportReportCodec codec = new ImportReportCodec();
        assertThat(codec.toJson(b.report())).isEqualTo(codec.toJson(a.report()));
    }

    @Test
    void directoryAndMissingFilesAreRejectedNamingTheFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("content/folder"));
        GuideImporter importer = new GuideImporter(ImportOptions.defaults());
        assertThatThrownBy(() -> importer.importGuide("g", List.of(sub), dir.resolve("content")))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("folder")
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> importer.importGuide("g", List.of(dir.resolve("content/none.txt")),
                dir.resolve("content"))).isInstanceOf(DiagnosticException.class).hasMessageContaining("none.txt");
    }

    @Test
    void malformedSourceLocaleIsRejected() {
        assertThatThrownBy(() -> new GuideImporter(new ImportOptions(null, null, null, "en_US!")))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("en_US!");
    }

    @Test
    void aFiveMegabyteSingleLineImports() throws Exception {
        StringBuilder sb = new StringBuilder(5_200_000);
        String sentence = "Seizures ( and cramps ) appear at night due to a lack of magnesium , so eat nuts - "
                + "and \"rest\u2013 often. ";
        while (sb.length() < 5_000_000) {
            sb.append(sentence);
        }
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        Path glossary = write("glossary.yaml", "replacements:\n  - {from: seizures, to: cramps}\n");
        ImportResult result = new GuideImporter(ImportOptions.defaults().withGlossaryFile(glossary))
                .importGuide("huge", List.of(file), dir);
        assertThat(result.report().counts().lines()).isEqualTo(1);
        assertThat(result.guide().items()).isNotEmpty();
    }
}
