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
        for (String w : Words.of(text).list()) {
            if (rules.isNoise(w)) {
                continue;
            }
            String stem = stem(rules.synonyms.getOrDefault(w, w));
            if (!rules.isNoise(stem)) {
                out.add(stem);
            }
        }
        return out;
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
