package dev.careguide.importer;

import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;

/**
 * Stage 8, safety: a remedy whose text matches a safety rule's cues (pricking a muscle with a needle, herbal
 * preparations or drugs in pregnancy, unproven tricks) gets that rule's level and reason; the strictest matching
 * rule wins, and among equals the first in the rules.
 */
final class SafetyAssessor {

    private final ImportRules rules;

    SafetyAssessor(ImportRules rules) {
        this.rules = rules;
    }

    Safety assess(String text) {
        Words words = Words.of(text);
        Safety best = Safety.OK;
        for (ImportRules.SafetyRule rule : rules.safety) {
            if (rule.cues().matches(words) && rank(rule.safety().level()) > rank(best.level())) {
                best = rule.safety();
            }
        }
        return best;
    }

    private static int rank(SafetyLevel level) {
        return switch (level) {
            case OK -> 0;
            case NEEDS_MEDICAL_REVIEW -> 1;
            case UNSAFE -> 2;
        };
    }
}
