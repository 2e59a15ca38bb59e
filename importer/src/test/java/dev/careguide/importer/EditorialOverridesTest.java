package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideValidator;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.SafetyLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditorialOverridesTest {

    private static final String LINDEN = "remedy.decoction-linden-flowers-before-sleep";
    private static final String MASSAGE = "remedy.knead-hard-muscle-thumbs";
    private static final String RISE = "exercise.stand-facing-wall-lean";

    @TempDir
    Path dir;

    private ImportResult run(String editorial) throws Exception {
        return run(editorial, Diagnostic.Severity.ERROR);
    }

    private ImportResult run(String editorial, Diagnostic.Severity severity) throws Exception {
        return importer(editorial, severity).importGuide("night-cramps", List.of(article()), dir.resolve("content"));
    }

    private GuideImporter importer(String editorial, Diagnostic.Severity severity) throws Exception {
        Path file = dir.resolve("editorial.yaml");
        Files.writeString(file, editorial);
        return new GuideImporter(
                ImportOptions.defaults().withEditorialFile(file).withEditorialSeverity(severity));
    }

    private Path article() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path article = content.resolve("night-cramps.txt");
        Files.writeString(article, GuideImporterTest.ARTICLE);
        return article;
    }

    private static Remedy remedy(Guide g, String id) {
        return g.remedies().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Exercise exercise(Guide g, String id) {
        return g.exercises().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static DiagnosticException failure(ThrowingRun run) {
        try {
            run.run();
        } catch (DiagnosticException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a DiagnosticException");
    }

    private interface ThrowingRun {
        void run() throws Exception;
    }

    @Test
    void decisionsAreAppliedAndIdsKept() throws Exception {
        Guide plain = run("{}\n").guide();
        String needle = plain.remedies().stream()
                .filter(r -> r.description().contains("needle"))
                .findFirst()
                .orElseThrow()
                .id();
        Guide g = run("night-cramps:\n"
                        + "  " + needle + ": {review: rejected, safety: {level: unsafe, reason: \"Invasive.\"}}\n"
                        + "  " + MASSAGE + ": {review: approved, title: \"Massage the calf\", kind: massage}\n")
                .guide();
        assertThat(remedy(g, needle).review()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(remedy(g, needle).safety().reason()).isEqualTo("Invasive.");
        assertThat(remedy(g, MASSAGE).title()).isEqualTo("Massage the calf");
        assertThat(remedy(g, MASSAGE).kind()).isEqualTo(RemedyKind.MASSAGE);
        assertThat(remedy(g, MASSAGE).review()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void mergeAndMoveRearrangeItems() throws Exception {
        Guide plain = run("{}\n").guide();
        List<String> firstAid = plain.remedies().stream().map(Remedy::id).toList();
        String cause = plain.causes().get(0).id();
        Guide g = run("night-cramps:\n  " + firstAid.get(0) + ": {mergeInto: " + firstAid.get(1) + "}\n" + "  " + cause
                        + ": {moveTo: remedy, kind: lifestyle}\n")
                .guide();
        assertThat(g.item(firstAid.get(0))).isEmpty();
        assertThat(remedy(g, firstAid.get(1)).provenance()).hasSizeGreaterThan(1);
        String moved = "remedy." + cause.substring("cause.".length());
        assertThat(remedy(g, moved).kind()).isEqualTo(RemedyKind.LIFESTYLE);
        assertThat(g.causes()).extracting(Item::id).doesNotContain(cause);
        assertThat(remedy(g, moved).safety().level()).isEqualTo(SafetyLevel.OK);
    }

    @Test
    void appliedDecisionsAreRecordedWithBeforeAfterAndLine() throws Exception {
        Guide plain = run("{}\n").guide();
        Remedy massage = plain.remedies().stream()
                .filter(r -> r.title().startsWith("Knead"))
                .findFirst()
                .orElseThrow();
        List<String> firstAid = plain.remedies().stream()
                .map(Remedy::id)
                .filter(id -> !id.equals(massage.id()))
                .toList();
        ImportResult r = run("night-cramps:\n"
                + "  " + massage.id() + ": {title: \"Massage the calf\", safety: {level: unsafe, reason: \"No.\"}}\n"
                + "  " + firstAid.get(0) + ": {mergeInto: " + firstAid.get(1) + "}\n");
        assertThat(r.report().editorialDecisions())
                .containsExactly(
                        new ImportReport.EditorialDecision(
                                massage.id(), "title", massage.title(), "Massage the calf", 2),
                        new ImportReport.EditorialDecision(massage.id(), "safety", "ok", "unsafe: No.", 2),
                        new ImportReport.EditorialDecision(
                                firstAid.get(0), "mergeInto", firstAid.get(0), firstAid.get(1), 3));
        assertThat(new ImportReportCodec().toJson(r.report())).contains("\"editorialDecisions\"");
    }

    @Test
    void unknownItemIdIsAnErrorAtItsPositionByDefault() {
        DiagnosticException e = failure(() -> run("night-cramps:\n  remedy.no-such-thing: {review: approved}\n"));
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.file()).endsWith("editorial.yaml");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isPositive();
            assertThat(d.code()).isEqualTo("editorial-unknown-id");
            assertThat(d.message()).contains("remedy.no-such-thing", "night-cramps");
        });
    }

    @Test
    void unknownItemIdAsWarningIsReportedOnceInOneWording() throws Exception {
        ImportResult r = run(
                "night-cramps:\n  remedy.no-such-thing: {review: approved}\n" + "  " + MASSAGE
                        + ": {title: Calf massage}\n",
                Diagnostic.Severity.WARNING);
        assertThat(r.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.code()).isEqualTo("editorial-unknown-id");
        });
        assertThat(r.report().editorialProblems()).singleElement().satisfies(p -> {
            assertThat(p.itemId()).isEqualTo("remedy.no-such-thing");
            assertThat(p.code()).isEqualTo(r.report().warnings().get(0).code());
            assertThat(p.message()).isEqualTo(r.report().warnings().get(0).message());
        });
        assertThat(remedy(r.guide(), MASSAGE).title()).isEqualTo("Calf massage");
    }

    @Test
    void unknownGuideIdIsAnErrorAtItsPosition() throws Exception {
        GuideImporter importer = importer(
                "# decisions\nnight-crams:\n  " + MASSAGE + ": {title: Calf massage}\n", Diagnostic.Severity.ERROR);
        assertThat(importer.editorialProblems(List.of("night-cramps")))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
                    assertThat(d.code()).isEqualTo("editorial-unknown-guide");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.message()).contains("night-crams", "guides: night-cramps");
                });
        assertThat(importer.editorialProblems(List.of("night-crams"))).isEmpty();
    }

    @Test
    void badValueFailsWithLineAndColumn() {
        assertThatThrownBy(() -> run("night-cramps:\n  remedy.x: {review: maybe}\n"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).line()).isEqualTo(2);
                    assertThat(e.diagnostics().get(0).column()).isPositive();
                    assertThat(e.getMessage()).contains("review must be");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            remedy.x: {colour: red}                                  | editorial-unknown-field | unknown field 'colour'
            remedy: {title: X}                                       | editorial-unknown-id    | is not an item id
            cause.x: {kind: massage}                                 | editorial-field-type    | kind applies to remedies only
            remedy.x: {category: lifestyle}                          | editorial-field-type    | category applies to causes only
            cause.x: {steps: [Rest.]}                                | editorial-field-type    | steps applies to remedies and exercises
            remedy.x: {dosage: {repetitions: 10 times}}              | editorial-field-type    | dosage applies to exercises only
            exercise.x: {dosage: {repetitions: often}}               | editorial-dosage        | repetitions must be one amount
            exercise.x: {dosage: {duration: 10 times}}               | editorial-dosage        | duration must be one amount
            exercise.x: {dosage: {speed: 10 times}}                  | editorial-dosage        | unknown dosage part 'speed'
            remedy.x: {steps: []}                                    | editorial-steps         | steps must be a list of texts
            remedy.x: {specialists: [doctor]}                        | editorial-specialists   | is not a specialist id
            remedy.x: {reject: ''}                                   | editorial-reject        | reject must be non-empty text
            remedy.x: {reject: Unsafe., review: approved}            | editorial-reject        | has both review and reject
            remedy.x: {mergeInto: cause.y}                           | editorial-mergeInto     | mergeInto must name another remedy
            remedy.x: {split: {at: Drink}}                           | editorial-split         | split must be {at:
            remedy.x: {split: {at: Drink, into: remedy.x}}           | editorial-split         | into a new id
            remedy.x: {add: 'night-cramps.txt'}                      | editorial-add           | add must be the source lines
            remedy.x: {add: 'night-cramps.txt:5', title: X}          | editorial-add           | needs a kind
            cause.x: {add: 'night-cramps.txt:5-3', title: X}         | editorial-add           | add must be the source lines
            cause.x: {add: 'night-cramps.txt:5', category: lifestyle, moveTo: remedy, title: X} | editorial-add | takes its type from its id
            """)
    void badOverridesAreErrorsAtTheirValue(String override, String code, String message) {
        DiagnosticException e = failure(() -> run("night-cramps:\n  " + override + "\n"));
        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains(message);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isGreaterThan(2);
        });
    }

    @Test
    void addedItemTakesItsTextFromTheFileAndItsProvenanceFromTheLines() throws Exception {
        ImportResult r = run("""
                night-cramps:
                  exercise.ankle-circles:
                    add: night-cramps.txt:18-19
                    title: Ankle circles
                    description: Circles with each foot ease the calf.
                    steps: [Sit with your legs straight., Turn each foot in slow circles.]
                    dosage: {repetitions: 10 times, timesPerDay: 3 times}
                """);
        Exercise added = exercise(r.guide(), "exercise.ankle-circles");
        assertThat(added.title()).isEqualTo("Ankle circles");
        assertThat(added.description()).isEqualTo("Circles with each foot ease the calf.");
        assertThat(added.steps()).containsExactly("Sit with your legs straight.", "Turn each foot in slow circles.");
        assertThat(added.dosage().repetitions()).isEqualTo(Quantity.of(10, QuantityUnit.TIME));
        assertThat(added.dosage().timesPerDay()).isEqualTo(Quantity.of(3, QuantityUnit.TIME));
        List<String> lines = GuideImporterTest.ARTICLE.lines().toList();
        assertThat(added.provenance())
                .containsExactly(new Provenance("night-cramps.txt", 18, 19, lines.get(17) + "\n" + lines.get(18)));
        assertThat(r.report().editorialDecisions())
                .contains(new ImportReport.EditorialDecision(
                        "exercise.ankle-circles", "add", null, "night-cramps.txt:18-19", 3));
        assertThat(new GuideValidator().validate(r.guide())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            night-cramps.txt:25-40 | lines 25-40 are not all in night-cramps.txt, which has 27 lines
            other.txt:3            | guide 'night-cramps' has no document 'other.txt'; its documents: night-cramps.txt
            """)
    void addedItemWithBadLinesIsAnErrorAtTheLines(String lines, String message) {
        DiagnosticException e =
                failure(() -> run("night-cramps:\n  warning.x:\n    title: X\n    add: " + lines + "\n"));
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("editorial-add-lines");
            assertThat(d.message()).isEqualTo(message);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(10);
        });
    }

    @Test
    void descriptionStepsSpecialistsAndDosageReplaceWhatTheImporterFound() throws Exception {
        Guide g = run("""
                night-cramps:
                  specialist.phlebologist: {add: 'night-cramps.txt:14', title: Phlebologist}
                  %s:
                    description: A hawthorn decoction, taken in small amounts.
                    steps: [Pour boiling water over a spoon of berries., Drink one tablespoon twice a day.]
                    specialists: [specialist.phlebologist]
                  %s:
                    dosage: {repetitions: 12 times, sets: 2 sets, duration: 5 minutes}
                """.formatted(LINDEN, RISE)).guide();
        Remedy hawthorn = remedy(g, LINDEN);
        assertThat(hawthorn.description()).isEqualTo("A hawthorn decoction, taken in small amounts.");
        assertThat(hawthorn.steps())
                .containsExactly("Pour boiling water over a spoon of berries.", "Drink one tablespoon twice a day.");
        assertThat(hawthorn.specialists()).containsExactly("specialist.phlebologist");
        assertThat(hawthorn.quantities())
                .as("the amounts of the text that ships")
                .containsExactly(Quantity.of(1, QuantityUnit.TABLESPOON), Quantity.of(2, QuantityUnit.TIME));
        Exercise rise = exercise(g, RISE);
        assertThat(rise.dosage().repetitions()).isEqualTo(Quantity.of(12, QuantityUnit.TIME));
        assertThat(rise.dosage().sets()).isEqualTo(Quantity.of(2, QuantityUnit.SET));
        assertThat(rise.dosage().duration()).isEqualTo(Quantity.of(5, QuantityUnit.MINUTE));
        assertThat(rise.dosage().timesPerDay()).isNull();
        assertThat(new GuideValidator().validate(g)).isEmpty();
    }

    @Test
    void unknownSpecialistIsAnErrorAtTheListedId() {
        DiagnosticException e = failure(() ->
                run("night-cramps:\n  " + LINDEN + ":\n    specialists:\n" + "      - specialist.phlebologist\n"));
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("editorial-specialists");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("no specialist 'specialist.phlebologist'");
        });
    }

    @Test
    void splitAtASentenceMakesTheRestANewItemThatNamesItsFormerId() throws Exception {
        ImportResult r = run("night-cramps:\n  " + LINDEN + ":\n    split: {at: drink one, into: "
                + "remedy.linden-dose, title: How much linden tea to drink}\n"
                + "  remedy.linden-dose: {review: approved}\n");
        Remedy kept = remedy(r.guide(), LINDEN);
        Remedy part = remedy(r.guide(), "remedy.linden-dose");
        assertThat(kept.description()).isEqualTo("A decoction of linden flowers before sleep.");
        assertThat(part.title()).isEqualTo("How much linden tea to drink");
        assertThat(part.description()).isEqualTo("Drink one cup three times a day.");
        assertThat(part.review()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(part.kind()).isEqualTo(kept.kind());
        assertThat(part.provenance()).extracting(Provenance::startLine).containsExactly(23);
        assertThat(kept.provenance()).extracting(Provenance::startLine).containsExactly(23);
        assertThat(r.report().idChanges())
                .containsExactly(new ImportReport.IdChange("remedy.linden-dose", LINDEN, "editorial-split"));
    }

    @Test
    void splitAtASentenceThatIsNotThereListsTheSentences() {
        DiagnosticException e =
                failure(() -> run("night-cramps:\n  " + LINDEN + ": {split: {at: Boil, into: remedy.linden-dose}}\n"));
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("editorial-split");
            assertThat(d.message())
                    .contains(
                            "no sentence of '" + LINDEN + "' starts with 'Boil'",
                            "1) A decoction of linden flowers",
                            "2) Drink one cup");
        });
    }

    @Test
    void rejectSetsTheReviewAndKeepsTheReason() throws Exception {
        ImportResult r = run("night-cramps:\n  " + MASSAGE + ": {reject: \"Duplicate of the first-aid massage.\"}\n");
        assertThat(remedy(r.guide(), MASSAGE).review()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(r.report().editorialDecisions())
                .containsExactly(new ImportReport.EditorialDecision(
                        MASSAGE, "reject", "draft", "rejected: Duplicate of the first-aid massage.", 2));
    }

    @Test
    void asWarningsTheOverridesWithProblemsAreLeftOutAndTheRestApplied() throws Exception {
        GuideImporter importer = importer(
                "night-cramps:\n  " + MASSAGE + ": {title: Calf massage}\n" + "  " + LINDEN
                        + ": {title: Hawthorn, kind: potion}\n",
                Diagnostic.Severity.WARNING);
        assertThat(importer.editorialProblems(List.of("night-cramps"))).isEmpty();
        ImportResult r = importer.importGuide("night-cramps", List.of(article()), dir.resolve("content"));
        assertThat(r.report().warnings()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.code()).isEqualTo("editorial-kind");
            assertThat(d.line()).isEqualTo(3);
        });
        assertThat(remedy(r.guide(), MASSAGE).title()).isEqualTo("Calf massage");
        assertThat(remedy(r.guide(), LINDEN).title()).isNotEqualTo("Hawthorn");
    }

    @Test
    void aBadValueAndAnUnknownItemOfOneGuideFailItsImportTogetherEachOnce() {
        DiagnosticException e = failure(() -> run(
                "night-cramps:\n  " + LINDEN + ": {kind: potion}\n" + "  remedy.no-such-thing: {review: approved}\n"));
        assertThat(e.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("editorial-kind", 2), tuple("editorial-unknown-id", 3));
    }

    @Test
    void problemsInTheBlockOfAnUnknownGuideComeWithItAndNotWithAnyImport() throws Exception {
        GuideImporter importer =
                importer("night-crams:\n  " + LINDEN + ": {kind: potion}\n", Diagnostic.Severity.ERROR);
        assertThat(importer.editorialProblems(List.of("night-cramps")))
                .extracting(Diagnostic::code)
                .containsExactly("editorial-unknown-guide", "editorial-kind");
        assertThat(importer.importGuide("night-cramps", List.of(article()), dir.resolve("content"))
                        .report()
                        .warnings())
                .isEmpty();
    }
}
