package dev.careguide.importer;

/**
 * Stage 6b, defects: finds broken text. A list item that is a short lower-case fragment ("lower limbs.") is kept
 * only when it still names something the rules know (a cause category word, a nutrient), and then flagged; a
 * sentence ending in a preposition or a verb left without its object ("... appear in response to.",
 * "... are diagnosed.") is reported.
 */
final class DefectDetector {

    /** What a list item is worth. */
    enum Fragment {
        WHOLE,
        KEPT,
        MEANINGLESS
    }

    private final ImportRules rules;

    DefectDetector(ImportRules rules) {
        this.rules = rules;
    }

    Fragment fragment(String item) {
        String t = item.strip();
        if (t.isEmpty()) {
            return Fragment.MEANINGLESS;
        }
        if (!Character.isLowerCase(t.charAt(0))) {
            return Fragment.WHOLE;
        }
        Words words = Words.of(t);
        if (words.size() > rules.maxFragmentWords) {
            return Fragment.WHOLE;
        }
        if (t.indexOf('(') >= 0 || t.endsWith(";")) {
            return Fragment.WHOLE;
        }
        for (CueSet c : rules.causeCategories.values()) {
            if (c.matches(words)) {
                return Fragment.KEPT;
            }
        }
        for (CueSet c : rules.nutrients.values()) {
            if (c.matches(words)) {
                return Fragment.KEPT;
            }
        }
        return Fragment.MEANINGLESS;
    }

    boolean isDangling(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty() || !(t.endsWith(".") || t.endsWith(",."))) {
            return false;
        }
        Words words = Words.of(t);
        if (words.size() < 3) {
            return false;
        }
        String last = words.get(words.size() - 1);
        for (CueSet.Hit h : rules.fineEndings.find(words)) {
            if (h.to() == words.size()) {
                return false;
            }
        }
        return rules.danglingEndWords.contains(last) && t.charAt(words.end(words.size() - 1)) == '.';
    }
}
