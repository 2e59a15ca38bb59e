package dev.careguide.importer;

import java.util.List;
import java.util.Map;

/**
 * Stage 6a, sections: the section type a heading or lead-in names by the rules' section cues. When a
 * heading names several ("Sleep hygiene: what to do in the evening?"), the cue standing first wins, and among
 * cues at the same place the type listed first; {@code null} when the heading names none.
 */
final class SectionClassifier {

    private final ImportRules rules;

    SectionClassifier(ImportRules rules) {
        this.rules = rules;
    }

    SectionType classify(String headingText) {
        Words words = Words.of(headingText);
        SectionType best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<SectionType, CueSet> e : rules.sections.entrySet()) {
            List<CueSet.Hit> hits = e.getValue().find(words);
            if (!hits.isEmpty() && hits.get(0).from() < bestAt) {
                bestAt = hits.get(0).from();
                best = e.getKey();
            }
        }
        return best;
    }
}
