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
        if (!listItem && sentence.endsWith("?")) {
            return SentenceRole.BACKGROUND;
        }
        List<CueSet.Hit> causeHits = withoutOverlap(rules.causeCues.find(words), rules.notCauseCues.find(words));
        List<CueSet.Hit> directiveHits = strongDirectives(words);
        boolean imperative = isImperative(words) || isImperativeAfterClause(sentence);
        boolean cause = !causeHits.isEmpty();
        boolean directive = !directiveHits.isEmpty() || imperative;
        if (cause && directive && !imperative && causeHits.get(0).from() < directiveHits.get(0).from()) {
            directive = false;
        }
        boolean exercise = rules.exerciseCues.matches(words);
        boolean warning = rules.warningCues.matches(words);
        if (warning && !(listItem && section == SectionType.CAUSES)) {
            return SentenceRole.WARNING;
        }
        if (!listItem && !imperative && startsWithAny(words, rules.anaphora)) {
            return SentenceRole.CONTINUATION;
        }
        if (rules.nutrientSourceCues.matches(words) && sentence.contains(":") && mentionsNutrient(words)) {
            return SentenceRole.NUTRIENT_SOURCE;
        }
        if (rules.backgroundCues.matches(words) && !imperative) {
            return SentenceRole.BACKGROUND;
        }
        switch (section) {
            case CAUSES -> {
                if (directive && !cause && !listItem) {
                    return SentenceRole.REMEDY;
                }
                return cause || (listItem && hasCategoryWord(words)) || listItem ? SentenceRole.CAUSE
                        : SentenceRole.CONTINUATION;
            }
            case EXERCISES -> {
                if (listItem) {
                    return SentenceRole.EXERCISE;
                }
                if (exercise && (imperative || startsWithPosture(words))) {
                    return SentenceRole.EXERCISE;
                }
                if (exercise && !imperative && !directive) {
                    return SentenceRole.CONTINUATION;
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
                    return exercise && (imperative || startsWithPosture(words)) ? SentenceRole.EXERCISE
                            : SentenceRole.REMEDY;
                }
                return listItem ? SentenceRole.REMEDY : SentenceRole.CONTINUATION;
            }
            default -> {
                if (exercise && (imperative || startsWithPosture(words)) && section != SectionType.FIRST_AID) {
                    return SentenceRole.EXERCISE;
                }
                if (cause && !directive && !listItem) {
                    return SentenceRole.CAUSE;
                }
                if (directive || listItem) {
                    return SentenceRole.REMEDY;
                }
                return SentenceRole.CONTINUATION;
            }
        }
    }

    /** True when the sentence opens (after fillers, or after a leading "If ...," clause) with an imperative verb. */
    boolean isImperative(Words words) {
        int i = skipFillers(words, 0);
        if (i < words.size() && rules.imperativeVerbs.contains(words.get(i))) {
            return true;
        }
        return false;
    }

    /** True for an imperative after a leading clause: "During the attack, grasp the shin ...". */
    boolean isImperativeAfterClause(String sentence) {
        String rest = sentence;
        for (int guard = 0; guard < 3; guard++) {
            int comma = rest.indexOf(", ");
            if (comma < 0 || comma > 80) {
                return false;
            }
            Words head = Words.of(rest.substring(0, comma));
            boolean clause = head.size() > 0 && (head.get(0).endsWith("ing") && head.get(0).length() > 5
                    || rules.titleFillers.containsAll(head.list()))
                    || rules.leadingClauses.matchesFirstWord(head);
            if (!clause) {
                return false;
            }
            rest = rest.substring(comma + 2);
            if (isImperative(Words.of(rest))) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence opens with a posture ("Sitting on the couch, ...", "Or, standing ..."). */
    boolean opensWithPosture(String sentence) {
        return startsWithPosture(Words.of(sentence));
    }

    private int skipFillers(Words words, int from) {
        int i = from;
        while (i < words.size() && i - from < 3 && rules.titleFillers.contains(words.get(i))) {
            i++;
        }
        return i;
    }

    boolean startsWithAnaphora(Words words) {
        return startsWithAny(words, rules.anaphora);
    }

    private static boolean startsWithAny(Words words, java.util.Set<String> set) {
        return words.size() > 0 && set.contains(words.get(0));
    }

    private boolean startsWithPosture(Words words) {
        int from = skipFillers(words, 0);
        for (int i = from; i < Math.min(from + 1, words.size()); i++) {
            String w = words.get(i);
            if (w.endsWith("ing") && w.length() > 5) {
                String stem = w.substring(0, w.length() - 3);
                String undoubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        ? stem.substring(0, stem.length() - 1) : stem;
                if (rules.imperativeVerbs.contains(stem) || rules.imperativeVerbs.contains(stem + "e")
                        || rules.imperativeVerbs.contains(undoubled)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<CueSet.Hit> withoutOverlap(List<CueSet.Hit> hits, List<CueSet.Hit> excluded) {
        if (excluded.isEmpty()) {
            return hits;
        }
        List<CueSet.Hit> out = new java.util.ArrayList<>();
        for (CueSet.Hit h : hits) {
            boolean overlaps = false;
            for (CueSet.Hit x : excluded) {
                if (h.from() < x.to() && x.from() < h.to()) {
                    overlaps = true;
                }
            }
            if (!overlaps) {
                out.add(h);
            }
        }
        return out;
    }

    /** Directive cues not followed by a passive "be" ("should be observed" is a statement, not advice). */
    private List<CueSet.Hit> strongDirectives(Words words) {
        List<CueSet.Hit> out = new java.util.ArrayList<>();
        for (CueSet.Hit h : rules.directiveCues.find(words)) {
            int next = h.to();
            boolean passive = next < words.size() && (words.get(next).equals("be") || (next + 1 < words.size()
                    && words.get(next).equals("not") && words.get(next + 1).equals("be")));
            if (!passive) {
                out.add(h);
            }
        }
        return out;
    }

    /** True when the sentence opens with a verb that continues a procedure ("Repeat ...", "Return ..."). */
    boolean isContinuation(Words words) {
        int i = skipFillers(words, 0);
        if (i < words.size() && rules.continuationVerbs.contains(words.get(i))) {
            return true;
        }
        return words.size() <= 12 && words.list().contains("repeat");
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

    int kindWords(Words words) {
        int n = 0;
        for (CueSet c : rules.remedyKinds.values()) {
            n += c.count(words);
        }
        return n;
    }
}
