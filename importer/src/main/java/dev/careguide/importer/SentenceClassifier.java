package dev.careguide.importer;

import java.util.List;

/**
 * Stage 3b, classify items inside sections: decides what a sentence (or list item) is, from its cues (causal
 * verbs, directives and imperatives, exercise words, warning phrases, food-source phrases) with the section it
 * stands in as the tie-breaker. A sentence with no cue of its own continues the item before it.
 */
final class SentenceClassifier {

    private final ImportRules rules;

    SentenceClassifier(ImportRules rules) {
        this.rules = rules;
    }

    SentenceRole classify(String sentence, SectionType section, boolean listItem) {
        Words words = Words.of(sentence);
        boolean cause = rules.causeCues.matches(words);
        boolean directive = rules.directiveCues.matches(words) || isImperative(words);
        boolean exercise = rules.exerciseCues.matches(words);
        boolean warning = rules.warningCues.matches(words);
        if (rules.nutrientSourceCues.matches(words) && sentence.contains(":") && mentionsNutrient(words)) {
            return SentenceRole.NUTRIENT_SOURCE;
        }
        if (rules.backgroundCues.matches(words) && !directive) {
            return SentenceRole.BACKGROUND;
        }
        switch (section) {
            case CAUSES -> {
                if (directive && !cause && !listItem) {
                    return SentenceRole.REMEDY;
                }
                return cause || listItem || hasCategoryWord(words) ? SentenceRole.CAUSE : SentenceRole.CONTINUATION;
            }
            case EXERCISES -> {
                if (listItem) {
                    return SentenceRole.EXERCISE;
                }
                if (exercise && isImperativeOrPosture(words)) {
                    return SentenceRole.EXERCISE;
                }
                return directive ? SentenceRole.REMEDY : SentenceRole.CONTINUATION;
            }
            case WARNINGS -> {
                return listItem || warning ? SentenceRole.WARNING : SentenceRole.CONTINUATION;
            }
            case SPECIALISTS -> {
                if (directive && !rules.specialistCues.matches(words)) {
                    return SentenceRole.REMEDY;
                }
                return SentenceRole.BACKGROUND;
            }
            case NONE -> {
                if (warning && !listItem) {
                    return SentenceRole.WARNING;
                }
                if (cause && !directive) {
                    return SentenceRole.CAUSE;
                }
                if (directive) {
                    return exercise && isImperativeOrPosture(words) ? SentenceRole.EXERCISE : SentenceRole.REMEDY;
                }
                return listItem ? SentenceRole.REMEDY : SentenceRole.CONTINUATION;
            }
            default -> {
                if (exercise && isImperativeOrPosture(words) && section != SectionType.FIRST_AID) {
                    return SentenceRole.EXERCISE;
                }
                if (cause && !directive && !listItem) {
                    return SentenceRole.CAUSE;
                }
                if (directive || listItem || kindWords(words) > 0) {
                    return SentenceRole.REMEDY;
                }
                return SentenceRole.CONTINUATION;
            }
        }
    }

    boolean isImperative(Words words) {
        int i = 0;
        while (i < words.size() && i < 3 && rules.titleFillers.contains(words.get(i))) {
            i++;
        }
        return i < words.size() && rules.imperativeVerbs.contains(words.get(i));
    }

    private boolean isImperativeOrPosture(Words words) {
        if (isImperative(words)) {
            return true;
        }
        for (int i = 0; i < Math.min(6, words.size()); i++) {
            String w = words.get(i);
            if (w.endsWith("ing") && rules.imperativeVerbs.contains(w.substring(0, w.length() - 3))) {
                return true;
            }
            if (rules.imperativeVerbs.contains(w) && i > 0 && (words.get(i - 1).equals("you")
                    || words.get(i - 1).equals("should") || words.get(i - 1).equals("can"))) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsNutrient(Words words) {
        for (CueSet c : rules.nutrients.values()) {
            if (c.matches(words)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCategoryWord(Words words) {
        for (CueSet c : rules.causeCategories.values()) {
            if (c.matches(words)) {
                return true;
            }
        }
        return false;
    }

    private int kindWords(Words words) {
        int n = 0;
        for (CueSet c : rules.remedyKinds.values()) {
            n += c.count(words);
        }
        return n;
    }

    static boolean any(List<?> l) {
        return !l.isEmpty();
    }
}
