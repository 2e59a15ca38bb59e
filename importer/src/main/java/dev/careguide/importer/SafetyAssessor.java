package dev.careguide.importer;

import dev.careguide.model.ItemType;
import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;

/**
 * Stage 8b, safety: a practice the text itself warns against ("contraindicated", "under the ban", "this is a
 * mistake") is unsafe, with the warning quoted as the reason; one allowed only with a doctor, or advised by
 * someone who is not one ("a friend advised"), needs medical review. Then the vocabulary: a remedy matching a
 * safety rule's cues (drugs, supplements and herbs in pregnancy, invasive tricks) gets that rule's level and
 * reason. The strictest judgement wins; among equals, the first.
 */
final class SafetyAssessor {

    private final ImportRules rules;

    SafetyAssessor(ImportRules rules) {
        this.rules = rules;
    }

    Safety assess(Draft d) {
        if (d.type != ItemType.REMEDY) {
            return Safety.OK;
        }
        Safety best = Safety.OK;
        if (d.stance.contains(Clause.Stance.UNSAFE)) {
            best = Safety.unsafe("The text warns against it: \u201C" + quote(d, Clause.Stance.UNSAFE) + "\u201D");
        } else if (d.stance.contains(Clause.Stance.HEARSAY)) {
            best = Safety.needsMedicalReview(
                    "Advised by someone who is not a doctor: \u201C" + quote(d, Clause.Stance.HEARSAY) + "\u201D");
        } else if (d.stance.contains(Clause.Stance.DOCTOR_ONLY)) {
            best = Safety.needsMedicalReview(
                    "The text allows it only with a doctor: \u201C" + quote(d, Clause.Stance.DOCTOR_ONLY) + "\u201D");
        } else if (d.stance.contains(Clause.Stance.RESTRICTED)) {
            best = Safety.needsMedicalReview(
                    "The text sets limits on it: \u201C" + quote(d, Clause.Stance.RESTRICTED) + "\u201D");
        }
        Words words = Words.of(d.text());
        for (ImportRules.SafetyRule rule : rules.safety) {
            if (rule.cues().matches(words) && rank(rule.safety().level()) > rank(best.level())) {
                best = rule.safety();
            }
        }
        return best;
    }

    /** The first sentence in which the text takes that stance on the item. */
    private static String quote(Draft d, Clause.Stance stance) {
        return ItemWriter.sentence(d.warnings.getOrDefault(stance, d.title));
    }

    private static int rank(SafetyLevel level) {
        return switch (level) {
            case OK -> 0;
            case NEEDS_MEDICAL_REVIEW -> 1;
            case UNSAFE -> 2;
        };
    }
}
