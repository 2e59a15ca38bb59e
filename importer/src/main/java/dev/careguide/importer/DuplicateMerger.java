package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 6, merge duplicates: drafts of the same type whose titles share most of their content words (case
 * folded, stemmed, stop and domain words removed) become one item keeping every provenance span and the clearest
 * title. A draft joins the group whose leader's title it resembles most (shared words weighted by rarity, at
 * least {@code merge.threshold} of the lighter title), else it leads a new group; leaders are found through an
 * inverted index of signature words that skips words too common to say anything, so the cost stays near-linear
 * in the number of drafts rather than comparing all pairs. Items of one list never merge with each other.
 */
final class DuplicateMerger {

    /** Words shared by more drafts than this are not used to find candidates. */
    static final int MAX_POSTING = 64;

    private final ImportRules rules;

    DuplicateMerger(ImportRules rules) {
        this.rules = rules;
    }

    List<Draft> merge(List<Draft> drafts, List<ImportReport.Merge> log) {
        Map<ItemType, List<Draft>> byType = new LinkedHashMap<>();
        for (Draft d : drafts) {
            byType.computeIfAbsent(d.type, t -> new ArrayList<>()).add(d);
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> group : byType.values()) {
            out.addAll(mergeType(group, log));
        }
        return out;
    }

    private List<Draft> mergeType(List<Draft> drafts, List<ImportReport.Merge> log) {
        int n = drafts.size();
        List<Set<String>> signatures = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Draft d : drafts) {
            Set<String> sig = signature(d);
            signatures.add(sig);
            for (String w : sig) {
                df.merge(w, 1, Integer::sum);
            }
        }
        List<Integer> leaders = new ArrayList<>();
        Map<Integer, List<Draft>> groups = new LinkedHashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> sig = signatures.get(i);
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            for (String w : sig) {
                List<Integer> p = postings.get(w);
                if (p != null && p.size() <= MAX_POSTING) {
                    candidates.addAll(p);
                }
            }
            int best = -1;
            double bestScore = 0;
            for (int leader : candidates) {
                if (!compatible(drafts.get(i), groups.get(leader))) {
                    continue;
                }
                double score = similarity(sig, signatures.get(leader), df, n);
                if (score > bestScore) {
                    bestScore = score;
                    best = leader;
                }
            }
            if (best >= 0 && bestScore >= rules.mergeThreshold) {
                groups.get(best).add(drafts.get(i));
            } else {
                leaders.add(i);
                groups.put(i, new ArrayList<>(List.of(drafts.get(i))));
                for (String w : sig) {
                    postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Draft> out = new ArrayList<>();
        for (int leader : leaders) {
            List<Draft> g = groups.get(leader);
            out.add(g.size() == 1 ? g.get(0) : combine(g, log));
        }
        return out;
    }

    /** Items of one list are distinct by design and never merge with each other. */
    private static boolean compatible(Draft d, List<Draft> group) {
        for (Draft g : group) {
            if (d.list != 0 && d.list == g.list) {
                return false;
            }
        }
        Draft leader = group.get(0);
        return d.type != dev.careguide.model.ItemType.REMEDY
                || firstAid(d.section) == firstAid(leader.section) || d.section == SectionType.NONE
                || leader.section == SectionType.NONE;
    }

    /** Help during an attack and advice for every day are different remedies even when worded alike. */
    private static boolean firstAid(SectionType section) {
        return section == SectionType.FIRST_AID;
    }

    /** Shared content words weighted by rarity (inverse document frequency), relative to the lighter title. */
    static double similarity(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
        double wa = 0;
        double wb = 0;
        double common = 0;
        for (String w : a) {
            double weight = Math.log(1.0 + (double) n / df.getOrDefault(w, 1));
            wa += weight;
            if (b.contains(w)) {
                common += weight;
            }
        }
        for (String w : b) {
            wb += Math.log(1.0 + (double) n / df.getOrDefault(w, 1));
        }
        double lighter = Math.min(wa, wb);
        return lighter == 0 ? 0 : common / lighter;
    }

    Set<String> signature(Draft d) {
        String mode = System.getProperty("cg.sig", "title");
        if (mode.equals("text")) {
            return Signature.of(d.text(), rules);
        }
        if (mode.equals("first")) {
            return Signature.of(d.title + " " + (d.sentences.isEmpty() ? "" : d.sentences.get(0)), rules);
        }
        return Signature.of(d.title, rules);
    }

    private Draft combine(List<Draft> group, List<ImportReport.Merge> log) {
        Draft first = group.get(0);
        Draft best = first;
        for (Draft d : group) {
            if (clearer(d.title, best.title)) {
                best = d;
            }
        }
        Draft merged = new Draft(first.type, first.section, best.title, first.documentIndex, first.firstLine);
        List<String> mergedTitles = new ArrayList<>();
        for (Draft d : group) {
            merged.sentences.addAll(d.sentences);
            merged.provenance.addAll(d.provenance);
            merged.foods.addAll(d.foods);
            merged.flagged |= d.flagged;
            if (merged.nutrient == null) {
                merged.nutrient = d.nutrient;
            }
            if (d != best) {
                mergedTitles.add(d.title);
            }
        }
        merged.mergedTitles.addAll(mergedTitles);
        List<String> sources = new ArrayList<>();
        for (Draft d : group) {
            sources.add(d.firstSource());
        }
        log.add(new ImportReport.Merge(null, merged.title, mergedTitles, sources));
        return merged;
    }

    /** A title is clearer when it has at least two words and fewer words than the other. */
    private static boolean clearer(String candidate, String best) {
        int c = Words.of(candidate).size();
        int b = Words.of(best).size();
        if (c < 2) {
            return false;
        }
        if (b < 2) {
            return true;
        }
        return c < b;
    }

}
