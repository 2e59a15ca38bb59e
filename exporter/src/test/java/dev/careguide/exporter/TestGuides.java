package dev.careguide.exporter;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.TextDirection;
import dev.careguide.model.Cause;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import dev.careguide.model.Specialist;
import dev.careguide.model.WarningSign;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small guide with every item type and policy case, and its locales: source, complete, partial, RTL, pseudo. */
final class TestGuides {

    static final String DOC = "leg-cramps.txt";

    private TestGuides() {}

    static Provenance at(int from, int to) {
        return new Provenance(DOC, from, to, "source text that must not reach the bundle");
    }

    static Guide guide() {
        return Guide.builder("leg-cramps", "en")
                .title("Leg cramps")
                .summary("What helps against leg cramps.")
                .add(new Cause(
                        "cause.magnesium-deficiency",
                        "Magnesium deficiency",
                        "Too little magnesium.",
                        CauseCategory.NUTRITIONAL,
                        List.of("magnesium", "calcium"),
                        ReviewStatus.APPROVED,
                        List.of(at(3, 4))))
                .add(new Remedy(
                        "remedy.stretch-calf",
                        "Stretch the calf",
                        "Pull the toes toward you.",
                        RemedyKind.FIRST_AID,
                        List.of("Sit down.", "Pull the toes toward you."),
                        List.of(
                                Quantity.range(10, 15, QuantityUnit.SECOND),
                                new Quantity(
                                        new BigDecimal("1.5"),
                                        new BigDecimal("1.5"),
                                        QuantityUnit.LITER,
                                        Quantity.Limit.AT_LEAST)),
                        Safety.OK,
                        List.of("specialist.obstetrician"),
                        ReviewStatus.APPROVED,
                        List.of(at(10, 12))))
                .add(new Remedy(
                        "remedy.quinine",
                        "Quinine tablets",
                        "",
                        RemedyKind.TREATMENT,
                        List.of(),
                        List.of(),
                        Safety.unsafe("Quinine is not safe in pregnancy."),
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of(at(20, 20))))
                .add(new Remedy(
                        "remedy.magnesium-supplement",
                        "Magnesium supplement",
                        "Take magnesium.",
                        RemedyKind.NUTRITION,
                        List.of("Ask your doctor first."),
                        List.of(Quantity.of(300, QuantityUnit.MILLIGRAM).withLimit(Quantity.Limit.AT_MOST)),
                        Safety.needsMedicalReview("Dose must be checked by a doctor."),
                        List.of("specialist.obstetrician"),
                        ReviewStatus.DRAFT,
                        List.of(at(22, 23))))
                .add(new Remedy(
                        "remedy.vinegar-wrap",
                        "Vinegar wrap",
                        "",
                        RemedyKind.FOLK,
                        List.of(),
                        List.of(),
                        Safety.OK,
                        List.of(),
                        ReviewStatus.REJECTED,
                        List.of(at(25, 25))))
                .add(new Exercise(
                        "exercise.calf-raises",
                        "Calf raises",
                        "",
                        List.of("Stand up.", "Rise on your toes."),
                        new Dosage(
                                Quantity.range(10, 15, QuantityUnit.REPETITION),
                                Quantity.of(2, QuantityUnit.SET),
                                Quantity.range(3, 4, QuantityUnit.TIME),
                                null),
                        List.of("gastrocnemius", "soleus"),
                        ReviewStatus.APPROVED,
                        List.of(at(30, 33))))
                .add(new Specialist(
                        "specialist.obstetrician", "Obstetrician", "", ReviewStatus.APPROVED, List.of(at(40, 40))))
                .add(new NutrientSource(
                        "nutrient.magnesium",
                        "Magnesium",
                        "",
                        "magnesium",
                        List.of("Nuts", "Spinach", "Bananas"),
                        ReviewStatus.APPROVED,
                        List.of(at(5, 6))))
                .add(new WarningSign(
                        "warning.swelling",
                        "Swelling and redness",
                        "See a doctor at once.",
                        ReviewStatus.APPROVED,
                        List.of(at(50, 51))))
                .build();
    }

    /** Source, a complete ru, a partial de with one stale string, a partial RTL ar, en-XA and ar-XB pseudo-locales. */
    static List<LocaleView> locales(Guide guide) {
        Map<String, String> de = new LinkedHashMap<>();
        de.put("cause.magnesium-deficiency.title", "Magnesiummangel");
        de.put("remedy.stretch-calf.title", "Wade dehnen");
        de.put("remedy.stretch-calf.steps.1", "Hinsetzen (alt).");
        Map<String, String> ar = new LinkedHashMap<>();
        ar.put("cause.magnesium-deficiency.title", "نقص المغنيسيوم");
        ar.put("warning.swelling.title", "تورم واحمرار");
        ar.put("specialist.obstetrician.title", "طبيب التوليد");
        return List.of(
                FakeLocaleView.source(guide),
                FakeLocaleView.translated(guide, "ru", TextDirection.LTR, s -> "RU " + s),
                FakeLocaleView.target(guide, "de", TextDirection.LTR, de, Set.of("remedy.stretch-calf.steps.1")),
                FakeLocaleView.target(guide, "ar", TextDirection.RTL, ar, Set.of()),
                FakeLocaleView.translated(guide, "en-XA", TextDirection.LTR, s -> "[Ļéĝ " + s + " one two]"),
                FakeLocaleView.translated(guide, "ar-XB", TextDirection.RTL, s -> "\u202e" + s + "\u202c"));
    }

    static GuideContent content() {
        Guide g = guide();
        return new GuideContent(g, locales(g));
    }
}
