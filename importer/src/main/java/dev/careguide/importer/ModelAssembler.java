package dev.careguide.importer;

import dev.careguide.model.Cause;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Remedy;
import dev.careguide.model.Specialist;
import dev.careguide.model.WarningSign;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns finished drafts into the model's immutable records and the {@link Guide}. */
final class ModelAssembler {

    private ModelAssembler() {}

    static Guide assemble(
            String guideId,
            String locale,
            String title,
            String summary,
            List<Draft> drafts,
            DosageParser dosages,
            ItemLabeler labeler) {
        Guide.Builder b = Guide.builder(guideId, locale).title(title).summary(summary);
        ImportRules rules = labeler.rules();
        LabelClassifier labels = labeler.classifier();
        List<String> specialistIds = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == dev.careguide.model.ItemType.SPECIALIST) {
                specialistIds.add(d.id);
            }
        }
        for (Draft d : drafts) {
            String description = d.description != null ? d.description : ItemWriter.description(d.sentences);
            String text = d.text();
            switch (d.type) {
                case CAUSE ->
                    b.add(new Cause(
                            d.id,
                            d.title,
                            description,
                            d.category,
                            labels.keys(rules.nutrients, text),
                            d.review,
                            d.provenance));
                case REMEDY -> {
                    List<String> steps = List.copyOf(d.steps);
                    List<String> specialists = d.specialists != null ? d.specialists : new ArrayList<>();
                    if (d.specialists == null) {
                        for (String key : labels.keys(rules.specialists, text)) {
                            String id = "specialist." + key;
                            if (specialistIds.contains(id)) {
                                specialists.add(id);
                            }
                        }
                    }
                    b.add(new Remedy(
                            d.id,
                            d.title,
                            description,
                            d.kind,
                            steps,
                            dosages.quantities(shippedText(d, description, steps, text)),
                            d.safety,
                            specialists,
                            d.review,
                            d.provenance));
                }
                case EXERCISE -> {
                    List<String> steps = List.copyOf(d.steps);
                    Dosage dosage = d.dosage != null ? d.dosage : dosages.dosage(d.sentences);
                    b.add(new Exercise(
                            d.id,
                            d.title,
                            description,
                            steps,
                            dosage,
                            labels.keys(rules.muscles, text),
                            d.review,
                            d.provenance));
                }
                case SPECIALIST ->
                    b.add(new Specialist(
                            d.id, d.title, d.description == null ? "" : d.description, d.review, d.provenance));
                case NUTRIENT_SOURCE ->
                    b.add(new NutrientSource(
                            d.id,
                            d.title,
                            description,
                            d.nutrient == null ? "" : d.nutrient,
                            List.copyOf(new LinkedHashSet<>(d.foods)),
                            d.review,
                            d.provenance));
                case WARNING_SIGN -> b.add(new WarningSign(d.id, d.title, description, d.review, d.provenance));
                default -> throw new IllegalStateException("unknown type " + d.type);
            }
        }
        return b.build();
    }

    /**
     * The text a remedy's quantities are read from: what ships (title, description, steps) when the description
     * or steps were set rather than taken from the sentences, so a corrected amount is the amount shown.
     */
    private static String shippedText(Draft d, String description, List<String> steps, String sourceText) {
        if (!d.rewritten) {
            return sourceText;
        }
        StringBuilder sb = new StringBuilder(d.title).append(' ').append(description);
        steps.forEach(step -> sb.append(' ').append(step));
        return sb.toString();
    }
}
