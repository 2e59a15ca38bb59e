package dev.careguide.i18n;

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
import dev.careguide.model.Safety;
import dev.careguide.model.WarningSign;
import java.util.List;

/** Small guides for the tests. */
public final class TestGuides {

    private TestGuides() {}

    public static Provenance at(int start, int end) {
        return new Provenance("leg-cramps.txt", start, end, "…");
    }

    public static Cause magnesium() {
        return new Cause(
                "cause.magnesium-deficiency",
                "Magnesium deficiency",
                "Too little magnesium makes muscles cramp.",
                CauseCategory.NUTRITIONAL,
                List.of("magnesium"),
                null,
                List.of(at(3, 4)));
    }

    public static Remedy stretch() {
        return new Remedy(
                "remedy.stretch-calf",
                "Stretch the calf",
                "",
                RemedyKind.FIRST_AID,
                List.of("Straighten the leg.", "Pull the toes toward you."),
                List.of(),
                Safety.OK,
                List.of(),
                null,
                List.of(at(10, 12)));
    }

    public static Exercise calfRaises() {
        return new Exercise(
                "exercise.calf-raises",
                "Calf raises",
                "Strengthens the calves.",
                List.of("Stand on the edge of a step.", "Rise on your toes 10 times."),
                new Dosage(
                        Quantity.range(10, 15, QuantityUnit.TIME), null, Quantity.range(3, 4, QuantityUnit.TIME), null),
                List.of("calf"),
                null,
                List.of(at(20, 24)));
    }

    public static NutrientSource magnesiumFoods() {
        return new NutrientSource(
                "nutrient.magnesium",
                "Magnesium",
                "",
                "magnesium",
                List.of("Nuts", "Spinach"),
                null,
                List.of(at(30, 31)));
    }

    public static WarningSign swelling() {
        return new WarningSign("warning.swelling", "Swelling and redness of the calf", "", null, List.of(at(40, 40)));
    }

    public static Remedy quinine() {
        return new Remedy(
                "remedy.quinine",
                "Quinine",
                "",
                RemedyKind.TREATMENT,
                List.of("Take quinine."),
                List.of(),
                Safety.unsafe("Quinine is not safe in pregnancy."),
                List.of(),
                null,
                List.of(at(50, 51)));
    }

    /** {@link #guide()} with a remedy whose safety judgement has a reason to translate. */
    public static Guide guideWithSafetyReason() {
        return guide().toBuilder().add(quinine()).build();
    }

    public static Guide guide() {
        return Guide.builder("leg-cramps", "en")
                .title("Leg cramps in pregnancy")
                .summary("Why legs cramp and what helps.")
                .add(magnesium())
                .add(stretch())
                .add(calfRaises())
                .add(magnesiumFoods())
                .add(swelling())
                .build();
    }
}
