package dev.careguide.importer;

import java.util.Map;

/**
 * Stage 3a, classify sections: the section type a heading or lead-in names, by the rules' section cues tried in
 * order; {@code null} when the heading names none (a sub-heading then stays in its parent section).
 */
final class SectionClassifier {

    private final ImportRules rules;

    SectionClassifier(ImportRules rules) {
        this.rules = rules;
    }

    SectionType classify(String headingText) {
        Words words = Words.of(headingText);
        for (Map.Entry<SectionType, CueSet> e : rules.sections.entrySet()) {
            if (e.getValue().matches(words)) {
                return e.getKey();
            }
        }
        return null;
    }
}
