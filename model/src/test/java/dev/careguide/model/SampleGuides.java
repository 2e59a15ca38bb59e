package dev.careguide.model;

import java.math.BigDecimal;
import java.util.List;

/** A small but complete guide used across the model tests. */
final class SampleGuides {

    private SampleGuides() {}

    static Guide legCramps() {
        Provenance p1 = new Provenance("leg-cramps.txt", 3, 4, "Судороги часто вызваны нехваткой магния.");
        Provenance p3 = new Provenance("leg-cramps.txt", 5, 6, "Магний есть в гречке и орехах.");
        Provenance p2 = new Provenance("leg-cramps.txt", 10, 10, "Потяните носок на себя.");
        return Guide.builder("leg-cramps-pregnancy", "ru")
                .title("Судороги в ногах при беременности")
                .summary("Почему сводит ноги и что делать.")
                .add(new Cause(
                        "cause.magnesium-deficiency",
                        "Нехватка магния",
                        "",
                        CauseCategory.NUTRITIONAL,
                        List.of("magnesium", "calcium"),
                        ReviewStatus.DRAFT,
                        List.of(p1)))
                .add(new Remedy(
                        "remedy.pull-toes",
                        "Потянуть носок",
                        "Сразу при судороге.",
                        RemedyKind.FIRST_AID,
                        List.of("Сядьте.", "Потяните носок на себя."),
                        List.of(
                                Quantity.range(10, 15, QuantityUnit.SECOND),
                                new Quantity(
                                        new BigDecimal("0.5"),
                                        new BigDecimal("1.25"),
                                        QuantityUnit.LITER,
                                        Quantity.Limit.AT_MOST)),
                        Safety.OK,
                        List.of("specialist.obstetrician-gynecologist"),
                        ReviewStatus.APPROVED,
                        List.of(p2)))
                .add(new Remedy(
                        "remedy.vinegar-rub",
                        "Растирание уксусом",
                        "",
                        RemedyKind.FOLK,
                        List.of(),
                        List.of(),
                        Safety.needsMedicalReview("folk remedy, not checked by a doctor"),
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of()))
                .add(new Exercise(
                        "exercise.calf-stretch",
                        "Растяжка икр",
                        "",
                        List.of("Встаньте у стены."),
                        new Dosage(
                                Quantity.range(10, 15, QuantityUnit.REPETITION),
                                Quantity.of(3, QuantityUnit.SET),
                                Quantity.of(2, QuantityUnit.TIME),
                                null),
                        List.of("gastrocnemius"),
                        ReviewStatus.DRAFT,
                        List.of(p2)))
                .add(new Exercise(
                        "exercise.walk",
                        "Прогулка",
                        "",
                        List.of(),
                        Dosage.NONE,
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of()))
                .add(new Specialist(
                        "specialist.obstetrician-gynecologist", "Акушер-гинеколог", "", ReviewStatus.DRAFT, List.of()))
                .add(new NutrientSource(
                        "nutrient.magnesium",
                        "Магний",
                        "",
                        "magnesium",
                        List.of("гречка", "орехи"),
                        ReviewStatus.DRAFT,
                        List.of(p3)))
                .add(new WarningSign("warning.swelling", "Отёк и боль в одной ноге", "", ReviewStatus.DRAFT, List.of()))
                .build();
    }
}
