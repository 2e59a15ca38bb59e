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
 * title. Candidates come from an inverted index of signature words, skipping words so common they say nothing,
 * so the cost stays near-linear in the number of drafts rather than comparing all pairs.
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
        for (Draft d : drafts) {
            signatures.add(signature(d));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
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
            for (int j : candidates) {
                if (similar(sig, signatures.get(j), drafts.get(i), drafts.get(j))) {
                    union(parent, i, j);
                }
            }
            for (String w : sig) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<Draft>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(drafts.get(i));
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> g : groups.values()) {
            out.add(g.size() == 1 ? g.get(0) : combine(g, log));
        }
        return out;
    }

    Set<String> signature(Draft d) {
        return Signature.of(d.title, rules);
    }

    private boolean similar(Set<String> a, Set<String> b, Draft x, Draft y) {
        int common = Signature.common(a, b);
        if (common == 0) {
            return false;
        }
        int small = Math.min(a.size(), b.size());
        int large = Math.max(a.size(), b.size());
        if (small == 1) {
            return large <= 3;
        }
        return common >= 2 && (double) common / small >= rules.mergeThreshold;
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
