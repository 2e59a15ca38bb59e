package dev.careguide.importer;

import dev.careguide.model.CauseCategory;
import dev.careguide.model.RemedyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 8a, labels: a remedy's kind from the kind cues in its text plus a bonus for the section it stood in; a
 * cause's category from the category cues (words of the title count double); the vocabulary keys (nutrients,
 * specialists, muscles) a text mentions.
 */
final class LabelClassifier {

    private final ImportRules rules;

    LabelClassifier(ImportRules rules) {
        this.rules = rules;
    }

    /**
     * The kind with the most different cues in the text (a word repeated counts once), the section's own kind
     * counting a bonus and winning ties.
     */
    RemedyKind kind(String text, SectionType section) {
        Words words = Words.of(text);
        RemedyKind best = section.remedyKind();
        double bestScore = best == null
                ? 0
                : rules.remedyKinds.containsKey(best)
                        ? rules.remedyKinds.get(best).distinct(words) + rules.kindSectionBonus
                        : rules.kindSectionBonus;
        for (Map.Entry<RemedyKind, CueSet> e : rules.remedyKinds.entrySet()) {
            if (e.getKey() == section.remedyKind()) {
                continue;
            }
            double score = e.getValue().distinct(words);
            if (score > bestScore
                    || score == bestScore
                            && score > 0
                            && best != section.remedyKind()
                            && firstHit(e.getValue(), words) < firstHit(rules.remedyKinds.get(best), words)) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best == null ? RemedyKind.PREVENTION : best;
    }

    /** Word position of a cue set's first hit, or the largest int when there is none. */
    private static int firstHit(CueSet cues, Words words) {
        if (cues == null) {
            return Integer.MAX_VALUE;
        }
        List<CueSet.Hit> hits = cues.find(words);
        return hits.isEmpty() ? Integer.MAX_VALUE : hits.get(0).from();
    }

    CauseCategory category(String title, String text) {
        Words titleWords = Words.of(title);
        Words words = Words.of(text);
        CauseCategory best = null;
        double bestScore = 0;
        for (Map.Entry<CauseCategory, CueSet> e : rules.causeCategories.entrySet()) {
            double score =
                    2.0 * e.getValue().count(titleWords) + 0.5 * e.getValue().count(words);
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best == null ? CauseCategory.MEDICAL_CONDITION : best;
    }

    List<String> keys(Map<String, CueSet> vocabulary, String text) {
        Words words = Words.of(text);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, CueSet> e : vocabulary.entrySet()) {
            if (e.getValue().matches(words)) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
