package dev.careguide.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a text, case-folded, stripped of stop and domain words and lightly stemmed ("cramps",
 * "cramping" and "cramped" share a stem), used to compare items and to build ids-independent merge keys.
 */
final class Signature {

    private static final String[] SUFFIXES = {"ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly"};

    private Signature() {
    }

    static Set<String> of(String text, ImportRules rules) {
        Set<String> out = new LinkedHashSet<>();
        Stems stems = RECENT_STEMS.get().of(rules);
        for (String w : Words.of(text).list()) {
            String stem = stems.contentStem(w);
            if (stem != null) {
                out.add(stem);
            }
        }
        return out;
    }

    private static final ThreadLocal<Stems> RECENT_STEMS = ThreadLocal.withInitial(Stems::new);

    /** Per thread, the content stems of the words it saw last under one rules instance (a direct-mapped table). */
    private static final class Stems {
        private static final int SIZE = 1024;
        private static final String NOISE = new String("noise");
        private ImportRules rules;
        private final String[] words = new String[SIZE];
        private final String[] stems = new String[SIZE];

        Stems of(ImportRules current) {
            if (rules != current) {
                rules = current;
                java.util.Arrays.fill(words, null);
            }
            return this;
        }

        /** The stem of a folded word after its synonym, or null for a stop, domain or number word. */
        String contentStem(String w) {
            int slot = w.hashCode() & (SIZE - 1);
            String stem;
            if (w.equals(words[slot])) {
                stem = stems[slot];
            } else {
                stem = rules.isNoise(w) ? NOISE : stem(rules.synonyms.getOrDefault(w, w));
                if (stem != NOISE && rules.isNoise(stem)) {
                    stem = NOISE;
                }
                words[slot] = w;
                stems[slot] = stem;
            }
            return stem == NOISE ? null : stem;
        }
    }

    static List<String> stems(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(stem(w));
        }
        return out;
    }

    static String stem(String w) {
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String s = w.substring(0, w.length() - suffix.length());
                if (suffix.equals("ies") || suffix.equals("ied")) {
                    return s + "y";
                }
                if (suffix.equals("es") && !(s.endsWith("s") || s.endsWith("x") || s.endsWith("ch")
                        || s.endsWith("sh"))) {
                    return w.substring(0, w.length() - 1);
                }
                return s.length() > 6 ? s.substring(0, 6) : s;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    /** Overlap of two signatures relative to the smaller one, 0 when either is empty. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    static int common(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return common;
    }
}
