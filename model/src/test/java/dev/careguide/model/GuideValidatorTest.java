package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideValidatorTest {

    private final GuideValidator validator = new GuideValidator();

    private static final Guide SAMPLE = SampleGuides.legCramps();

    private List<ValidationProblem> problems(Guide guide) {
        return validator.validate(guide);
    }

    private static Remedy remedy(
            String id, List<String> steps, List<Quantity> quantities, Safety safety, List<String> specialists) {
        return new Remedy(
                id,
                "Title",
                "",
                RemedyKind.TREATMENT,
                steps,
                quantities,
                safety,
                specialists,
                ReviewStatus.DRAFT,
                List.of());
    }

    private static Exercise exercise(
            String id, String title, List<String> steps, Dosage dosage, List<Provenance> provenance) {
        return new Exercise(id, title, "", steps, dosage, List.of(), ReviewStatus.DRAFT, provenance);
    }

    @Test
    void sampleGuideIsValid() {
        assertThat(problems(SAMPLE)).isEmpty();
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        Guide guide = SAMPLE.toBuilder()
                .add(new WarningSign("warning.swelling", "Again", "", null, null))
                .build();

        assertThat(problems(guide))
                .containsExactly(new ValidationProblem(
                        "$.warningSigns[1].id",
                        "duplicate id 'warning.swelling', already used at $.warningSigns[0].id"));
    }

    @Test
    void idOfAnotherTypeOrNotKebabCaseIsReported() {
        Guide guide = SAMPLE.toBuilder()
                .causes(List.of(
                        new Cause("remedy.pull-toes-2", "T", "", CauseCategory.GENETIC, null, null, null),
                        new Cause("cause.Flat_Feet", "T", "", CauseCategory.GENETIC, null, null, null),
                        new Cause("cause." + "a".repeat(80), "T", "", CauseCategory.GENETIC, null, null, null)))
                .build();

        assertThat(problems(guide))
                .extracting(ValidationProblem::path)
                .containsExactly("$.causes[0].id", "$.causes[1].id", "$.causes[2].id");
        assertThat(problems(guide).get(0).message()).contains("'remedy.pull-toes-2' is not a valid cause id");
    }

    @Test
    void blankTitlesOfGuideAndItemsAreReported() {
        Guide guide = SAMPLE.toBuilder()
                .title("  ")
                .specialists(List.of(new Specialist("specialist.obstetrician-gynecologist", "\t", "", null, null)))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.title", "title is blank"),
                        new ValidationProblem("$.specialists[0].title", "title is blank"));
    }

    @Test
    void emptyAndBlankStepsAreReported() {
        Guide guide = SAMPLE.toBuilder()
                .remedies(List.of(remedy("remedy.a", List.of("ok", ""), List.of(), Safety.OK, List.of())))
                .exercises(List.of(exercise("exercise.a", "T", List.of(" \n "), Dosage.NONE, List.of())))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.remedies[0].steps[1]", "step is blank"),
                        new ValidationProblem("$.exercises[0].steps[0]", "step is blank"));
    }

    @Test
    void rangeWithMinAboveMaxAndNegativeQuantitiesAreReported() {
        Quantity inverted = new Quantity(new BigDecimal("4.5"), new BigDecimal("3"), QuantityUnit.SET, null);
        Quantity negative = new Quantity(new BigDecimal("-2"), BigDecimal.ONE, QuantityUnit.MINUTE, null);
        Guide guide = SAMPLE.toBuilder()
                .remedies(List.of(remedy("remedy.a", List.of(), List.of(negative), Safety.OK, List.of())))
                .exercises(List.of(
                        exercise("exercise.a", "T", List.of(), new Dosage(null, inverted, null, null), List.of())))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.remedies[0].quantities[0].min", "quantity -2 is negative"),
                        new ValidationProblem("$.exercises[0].dosage.sets.min", "range min 4.5 is greater than max 3"));
    }

    @Test
    void provenanceLinesMustStartAtOneAndNotRunBackwards() {
        Guide guide = SAMPLE.toBuilder()
                .exercises(List.of(exercise(
                        "exercise.a",
                        "T",
                        List.of(),
                        Dosage.NONE,
                        List.of(
                                new Provenance("a.txt", 0, 0, "x"),
                                new Provenance("b.txt", 7, 5, "y"),
                                new Provenance(" ", 1, 1, "z")))))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.exercises[0].provenance[0].document", "document is blank"),
                        new ValidationProblem(
                                "$.exercises[0].provenance[1].startLine",
                                "startLine 0 is not a line (lines start at 1)"),
                        new ValidationProblem(
                                "$.exercises[0].provenance[2].endLine", "endLine 5 is before startLine 7"));
    }

    @Test
    void remedyNamingAnUnknownSpecialistIsReported() {
        Guide guide = SAMPLE.toBuilder()
                .remedies(List.of(remedy(
                        "remedy.a",
                        List.of(),
                        List.of(),
                        Safety.OK,
                        List.of("specialist.obstetrician-gynecologist", "specialist.neurologist"))))
                .build();

        assertThat(problems(guide))
                .containsExactly(new ValidationProblem(
                        "$.remedies[0].specialists[0]", "'specialist.neurologist' names no specialist of this guide"));
    }

    @Test
    void unsafeRemedyNeedsAReason() {
        Guide guide = SAMPLE.toBuilder()
                .remedies(List.of(remedy("remedy.a", List.of(), List.of(), Safety.unsafe(" "), List.of())))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.remedies[0].safety.reason", "safety level 'unsafe' needs a reason"));
    }

    @Test
    void guideIdMustBeKebabCase() {
        assertThat(problems(SAMPLE.toBuilder().id("Leg_Cramps").build()))
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.id"))
                .satisfies(p -> assertThat(p.message()).contains("'Leg_Cramps' is not kebab-case"));
        assertThat(problems(SAMPLE.toBuilder().id("leg--cramps").build())).hasSize(1);
        assertThat(problems(SAMPLE.toBuilder().id("").build())).hasSize(1);
    }

    @Test
    void sourceLocaleMustBeAWellFormedLanguageTag() {
        for (String good : List.of("ru", "en-US", "zh-Hant-TW", "sr-Latn-RS", "und", "de-CH-1996")) {
            assertThat(problems(SAMPLE.toBuilder().sourceLocale(good).build()))
                    .as(good)
                    .isEmpty();
        }
        for (String bad : List.of("en_US", "", "ru-x", "toolonglanguage", "e")) {
            assertThat(problems(SAMPLE.toBuilder().sourceLocale(bad).build()))
                    .as(bad)
                    .singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("$.sourceLocale"));
        }
    }

    @Test
    void missingEnumValuesAreReported() {
        Guide guide = SAMPLE.toBuilder()
                .causes(List.of(new Cause("cause.a", "T", "", null, null, null, null)))
                .remedies(List.of(new Remedy("remedy.a", "T", "", null, null, null, null, null, null, null)))
                .build();

        assertThat(problems(guide))
                .containsExactly(
                        new ValidationProblem("$.causes[0].category", "category is missing"),
                        new ValidationProblem("$.remedies[0].kind", "kind is missing"));
    }

    @Test
    void everyProblemOfAGuideIsReportedAtOnce() {
        Guide guide = SAMPLE.toBuilder()
                .id("Bad Id")
                .sourceLocale("en_US")
                .title("")
                .add(new WarningSign("warning.swelling", "", "", null, List.of(new Provenance("a.txt", 3, 1, ""))))
                .build();

        assertThat(problems(guide))
                .extracting(ValidationProblem::path)
                .containsExactly(
                        "$.id",
                        "$.sourceLocale",
                        "$.title",
                        "$.warningSigns[1].id",
                        "$.warningSigns[1].title",
                        "$.warningSigns[1].provenance[0].endLine");
    }

    @org.junit.jupiter.api.Test
    void aLoneSurrogateInAnyTextIsAProblemAtItsPath() {
        Guide guide = SampleGuides.legCramps();
        Remedy first = guide.remedies().get(0);
        Guide broken = guide.toBuilder()
                .title("Cramps \uD800")
                .remedies(java.util.List.of(new Remedy(
                        first.id(),
                        first.title(),
                        first.description(),
                        first.kind(),
                        java.util.List.of("ok", "bad \uDC00"),
                        first.quantities(),
                        first.safety(),
                        first.specialists(),
                        first.review(),
                        first.provenance())))
                .build();

        assertThat(new GuideValidator().validate(broken))
                .extracting(ValidationProblem::path)
                .contains("$.title", "$.remedies[0].steps[1]");
    }
}
