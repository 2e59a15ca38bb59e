package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 6, merge duplicates: drafts of the same type whose texts share most of their content words (case
 * folded, stemmed, stop and domain words removed) become one item keeping every provenance span and the clearest
 * title. A draft joins the group whose leader it resembles most (shared words weighted by rarity, at least
 * {@code merge.threshold} of the lighter text; remedies about the same thing, see {@link #anchor}, always match), else it leads a new group; leaders are found through an
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

    List<Draft> merge(List<Draft> drafts) {
        Map<ItemType, List<Draft>> byType = new LinkedHashMap<>();
        for (Draft d : drafts) {
            byType.computeIfAbsent(d.type, t -> new ArrayList<>()).add(d);
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> group : byType.values()) {
            out.addAll(mergeType(group));
        }
        return out;
    }

    private List<Draft> mergeType(List<Draft> drafts) {
        int n = drafts.size();
        List<Set<String>> words = new ArrayList<>(n);
        List<String> anchors = new ArrayList<>(n);
        Map<String, Integer> ids = new HashMap<>();
        for (Draft d : drafts) {
            anchors.add(anchor(d));
            Set<String> sig = signature(d);
            words.add(sig);
            for (String w : sig) {
                ids.put(w, 0);
            }
        }
        String[] sorted = ids.keySet().toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        int vocabulary = sorted.length;
        for (int w = 0; w < vocabulary; w++) {
            ids.put(sorted[w], w);
        }
        int[] df = new int[vocabulary];
        int[][] signatures = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] sig = new int[words.get(i).size()];
            int k = 0;
            for (String w : words.get(i)) {
                sig[k++] = ids.get(w);
            }
            java.util.Arrays.sort(sig);
            signatures[i] = sig;
            for (int w : sig) {
                df[w]++;
            }
        }
        double[] weight = new double[vocabulary];
        for (int w = 0; w < vocabulary; w++) {
            weight[w] = Math.log(1.0 + (double) n / df[w]);
        }
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            totals[i] = total(signatures[i], weight);
        }
        List<Integer> leaders = new ArrayList<>();
        Map<Integer, List<Integer>> groups = new HashMap<>();
        List<List<Integer>> postings = new ArrayList<>(java.util.Collections.nCopies(vocabulary, null));
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<Integer, Set<Integer>> listsOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] sig = signatures[i];
            Draft draft = drafts.get(i);
            String key = anchors.get(i);
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            if (key != null && byKey.containsKey(key)) {
                for (int leader : byKey.get(key)) {
                    if (compatible(draft, drafts.get(leader), listsOf.get(leader))) {
                        candidates.add(leader);
                    }
                }
            }
            for (int w : sig) {
                List<Integer> p = postings.get(w);
                if (p != null && p.size() <= MAX_POSTING) {
                    candidates.addAll(p);
                }
            }
            int best = -1;
            double bestScore = 0;
            for (int leader : candidates) {
                if (!compatible(draft, drafts.get(leader), listsOf.get(leader))) {
                    continue;
                }
                double score = similarity(sig, totals[i], signatures[leader], totals[leader], weight);
                if (key != null && key.equals(anchors.get(leader))) {
                    score = Math.max(score, 1.0);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = leader;
                }
            }
            int joined = best >= 0 && bestScore >= rules.mergeThreshold ? best : i;
            if (draft.list != 0) {
                listsOf.computeIfAbsent(joined, k -> new java.util.HashSet<>()).add(draft.list);
            }
            if (joined != i) {
                groups.get(best).add(i);
            } else {
                leaders.add(i);
                groups.put(i, new ArrayList<>(List.of(i)));
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
                for (int w : sig) {
                    if (postings.get(w) == null) {
                        postings.set(w, new ArrayList<>());
                    }
                    postings.get(w).add(i);
                }
            }
        }
        List<Draft> out = new ArrayList<>();
        for (int leader : leaders) {
            List<Integer> group = groups.get(leader);
            out.add(group.size() == 1 ? drafts.get(leader) : combine(group, drafts, words));
        }
        return out;
    }

    /** The summed weight of a signature's words, added in word order. */
    private static double total(int[] signature, double[] weight) {
        double total = 0;
        for (int w : signature) {
            total += weight[w];
        }
        return total;
    }

    /** Items of one list are distinct by design and never merge with each other. */
    private boolean compatible(Draft d, Draft leader, Set<Integer> lists) {
        if (d.list != 0 && lists != null && lists.contains(d.list)) {
            return false;
        }
        return !rules.firstAidApart || d.type != dev.careguide.model.ItemType.REMEDY
                || firstAid(d.section) == firstAid(leader.section) || d.section == SectionType.NONE
                || leader.section == SectionType.NONE;
    }

    /** Help during an attack and advice for every day are different remedies even when worded alike. */
    private static boolean firstAid(SectionType section) {
        return section == SectionType.FIRST_AID;
    }

    /**
     * Shared content words weighted by rarity (inverse document frequency), relative to the lighter text. The
     * signatures are ascending word ids (ids follow the words' sorted order) and weights are summed in that
     * order, so the result never depends on hashing and is the same in every run.
     */
    static double similarity(int[] a, double totalA, int[] b, double totalB, double[] weight) {
        double common = 0;
        int j = 0;
        for (int w : a) {
            while (j < b.length && b[j] < w) {
                j++;
            }
            if (j < b.length && b[j] == w) {
                common += weight[w];
            }
        }
        double lighter = Math.min(totalA, totalB);
        return lighter == 0 ? 0 : common / lighter;
    }

    /**
     * The thing a remedy's title is about: the first remedy-kind cue in it (a food, "massage", "shoes", ...),
     * folded through the synonyms and stemmed. Remedies about the same thing merge; null for other types.
     */
    String anchor(Draft d) {
        if (d.type != dev.careguide.model.ItemType.REMEDY || !rules.anchorMerge) {
            return null;
        }
        Words words = Words.of(d.title);
        CueSet.Hit first = mostSpecific(words);
        if (first == null && !d.sentences.isEmpty()) {
            words = Words.of(d.sentences.get(0));
            first = mostSpecific(words);
        }
        if (first == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = first.from(); i < first.to(); i++) {
            String w = words.get(i);
            key.append(Signature.stem(rules.synonyms.getOrDefault(w, w))).append(' ');
        }
        return key.toString().strip();
    }

    /** The longest remedy-kind cue in the words, the earliest among equals. */
    private CueSet.Hit mostSpecific(Words words) {
        CueSet.Hit best = null;
        for (CueSet cues : rules.remedyKinds.values()) {
            for (CueSet.Hit h : cues.find(words)) {
                int len = h.to() - h.from();
                int bestLen = best == null ? 0 : best.to() - best.from();
                if (best == null || len > bestLen || len == bestLen && h.from() < best.from()) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** Exercises compare by title (their steps share much wording); other items by their whole text. */
    Set<String> signature(Draft d) {
        return Signature.of(d.type == dev.careguide.model.ItemType.EXERCISE ? d.title : d.text(), rules);
    }

    private Draft combine(List<Integer> members, List<Draft> drafts, List<Set<String>> signatures) {
        List<Draft> group = new ArrayList<>(members.size());
        Map<String, Integer> coverage = new HashMap<>();
        for (int i : members) {
            Draft d = drafts.get(i);
            group.add(d);
            Set<String> words = d.type == ItemType.EXERCISE ? Signature.of(d.text(), rules) : signatures.get(i);
            for (String w : words) {
                coverage.merge(w, 1, Integer::sum);
            }
        }
        Draft first = group.get(0);
        Draft best = first;
        double bestScore = Double.NEGATIVE_INFINITY;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Draft d : group) {
            if (!seen.add(d.title)) {
                continue;
            }
            double score = representativeness(d, coverage, group.size());
            if (score > bestScore) {
                bestScore = score;
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
        for (Draft d : group) {
            merged.mergedSources.add(d.firstSource());
        }
        return merged;
    }

    /**
     * How well a title speaks for its group: the largest share of members whose text contains one of its content
     * words, less a little for each word beyond four and a lot for a one-word title, so the clearest short title
     * wins. Linear in the size of the group.
     */
    private double representativeness(Draft d, Map<String, Integer> members, int size) {
        int covered = 0;
        for (String w : Signature.of(d.title, rules)) {
            covered = Math.max(covered, members.getOrDefault(w, 0));
        }
        int words = Words.of(d.title).size();
        return (double) covered / size - 0.03 * Math.max(0, words - 4) - (words < 2 ? 0.2 : 0);
    }

}
