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
            Muscle cramps at night trouble many runners. Below are the reasons and what helps.

            Causes of night cramps

              \u2022 Deficiency of magnesium and potassium after long runs.
              \u2022 Old running shoes with a worn sole .
              \u2022 upper part.
              \u2022 Genetic predisposition to seizures.

            First aid for a cramp

              1. Straighten the leg and pull the toes towards you with your hand.
              2. Knead the hard muscle with both thumbs.
              3. Some runners prick the muscle with a needle to release it.

            Stretching exercises:

              \u2022 Stand facing a wall and lean on it with straight arms. Hold the stretch for 30 seconds, repeat 3 times.
              \u2022 Sit on the floor and reach for the toes 10-12 times with each leg.

            Folk recipes

              \u2022 A decoction of linden flowers before sleep. Drink one cup three times a day.

            Food sources of magnesium: pumpkin seeds, almonds, spinach.

            Figure 1 - A calf stretch at the wall
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
        assertThat(guide.causes()).hasSize(3);
        assertThat(guide.remedies()).extracting(Remedy::kind).contains(RemedyKind.FIRST_AID, RemedyKind.FOLK);
        assertThat(guide.exercises()).hasSize(2);
        assertThat(guide.exercises().get(0).dosage().repetitions()).isNotNull();
        assertThat(guide.nutrientSources())
                .singleElement()
                .satisfies(n -> assertThat(n.foods()).containsExactly("pumpkin seeds", "almonds", "spinach"));
        assertThat(new GuideValidator().validate(guide)).isEmpty();
    }

    @Test
    void unsafeAdviceIsFlagged() throws Exception {
        Guide guide = importArticle(ImportOptions.defaults()).guide();
        assertThat(guide.remedies())
                .filteredOn(r -> r.description().toLowerCase().contains("needle"))
                .singleElement()
                .satisfies(r -> assertThat(r.safety().level()).isEqualTo(SafetyLevel.UNSAFE));
        assertThat(guide.remedies())
                .filteredOn(r -> r.description().toLowerCase().contains("linden"))
                .singleElement()
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
        result.guide()
                .items()
                .forEach(i -> i.provenance().forEach(p -> {
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
            assertThat(d.text()).isEqualTo("upper part.");
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
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("folder")
                .hasMessageContaining("directory");
        assertThatThrownBy(() ->
                        importer.importGuide("g", List.of(dir.resolve("content/none.txt")), dir.resolve("content")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("none.txt");
    }

    @Test
    void malformedSourceLocaleIsRejected() {
        assertThatThrownBy(() -> new GuideImporter(new ImportOptions(null, null, null, "en_US!")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("en_US!");
    }

    @Test
    void aFiveMegabyteLineWithNoSentenceEndIsReportedNotRead() throws Exception {
        StringBuilder sb = new StringBuilder(5_200_000);
        String part = "cramps ( and seizures ) appear at night due to a lack of magnesium , so eat nuts - and ";
        while (sb.length() < 5_000_000) {
            sb.append(part);
        }
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "Night cramps\n\n" + sb + "\n\nEat nuts every day.\n", StandardCharsets.UTF_8);
        ImportResult result = new GuideImporter(ImportOptions.defaults()).importGuide("huge", List.of(file), dir);
        assertThat(result.report().counts().lines()).isEqualTo(5);
        assertThat(result.report().defects()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("sentence-too-long");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("limit of 2000");
        });
        assertThat(result.guide().remedies())
                .singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Eat nuts every day"));
    }

    @Test
    void aLongArticleOfManySentencesOnOneLineImports() throws Exception {
        StringBuilder sb = new StringBuilder(220_000);
        String sentence = "Seizures ( and cramps ) appear at night due to a lack of magnesium , so eat nuts - "
                + "and \"rest\u2013 often. ";
        while (sb.length() < 200_000) {
            sb.append(sentence);
        }
        Path file = dir.resolve("long.txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        Path glossary = write("glossary.yaml", "replacements:\n  - {from: seizures, to: cramps}\n");
        ImportResult result = new GuideImporter(ImportOptions.defaults().withGlossaryFile(glossary))
                .importGuide("long", List.of(file), dir);
        assertThat(result.report().counts().lines()).isEqualTo(1);
        assertThat(result.guide().causes())
                .extracting(Item::title)
                .contains("A lack of magnesium")
                .noneMatch(t -> t.startsWith("So "));
    }
}
