package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 7, merge repetitions: drafts of the same type whose texts share most of their content words (case
 * folded, stemmed, stop and domain words removed) become one item keeping every provenance span and the clearest
 * title. A draft joins the group whose leader it resembles most (shared words weighted by rarity, at least
 * {@code merge.threshold} of the lighter text; remedies about the same thing, see {@link #anchor}, always match),
 * else it leads a new group; leaders are found through an inverted index of signature words that skips words
 * too common to say anything, so the cost stays near-linear in the number of drafts rather than comparing all
 * pairs. Items of one list never merge with each other.
 */
final class DuplicateMerger {

    /** Words shared by more drafts than this are not used to find candidates. */
    static final int MAX_POSTING = 64;

    /** The least share of words two items must have in common before their openings count at all. */
    static final double MIN_BASE_SIMILARITY = 0.1;

    private final ImportRules rules;
    private final Set<String> topic;

    /** {@code topic}: lemmas of what the guide is about, which tell no two of its items apart. */
    DuplicateMerger(ImportRules rules, Set<String> topic) {
        this.rules = rules;
        this.topic = Set.copyOf(topic);
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
        List<String> anchors = new ArrayList<>(n);
        for (Draft d : drafts) {
            anchors.add(anchor(d));
        }
        int[][] signatures = new int[n][];
        int vocabulary = signatures(drafts, signatures);
        int[] df = new int[vocabulary];
        for (int[] sig : signatures) {
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
                double base = similarity(sig, totals[i], signatures[leader], totals[leader], weight);
                if (base < MIN_BASE_SIMILARITY) {
                    continue;
                }
                double score = base + headBonus(draft, drafts.get(leader));
                Draft other = drafts.get(leader);
                boolean sameVerb = draft.headVerb != null && draft.headVerb.equals(other.headVerb)
                        || draft.subject != null && draft.subject.equals(other.subject);
                if (shared(sig, signatures[leader]) < 2
                        && !sameVerb
                        && Math.max(sig.length, signatures[leader].length) > 2) {
                    continue;
                }
                if (draft.type == ItemType.EXERCISE && !sameMovement(draft, drafts.get(leader))) {
                    continue;
                }
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
            out.add(group.size() == 1 ? drafts.get(leader) : combine(group, drafts, signatures));
        }
        return out;
    }

    /**
     * Two items that open with the same verb are likely the same advice worded again ("massage the calf",
     * "massage the cramped muscle"), the more so when they also name the same thing; different verbs on
     * different things are likely different advice, and so are an action and a thing that name different things
     * first ("sleep half-sitting on two pillows", "a small pillow with hop cones"); two causes whose subjects are the same thing are likely one
     * cause explained twice; help during an attack and advice for every day stay apart unless their words say
     * otherwise.
     */
    static double headBonus(Draft a, Draft b) {
        double bonus = 0;
        if (a.headVerb != null && a.headVerb.equals(b.headVerb)) {
            bonus += 0.35;
        } else if (a.headVerb != null && b.headVerb != null && java.util.Collections.disjoint(a.headNouns, b.headNouns)
                || (a.headVerb == null) != (b.headVerb == null) && !sameFirstNoun(a, b)) {
            bonus -= 0.15;
        }
        if (!java.util.Collections.disjoint(a.headNouns, b.headNouns)) {
            bonus += 0.15;
        }
        if (a.subject != null && a.subject.equals(b.subject)) {
            bonus += 0.25;
        }
        if (a.type == ItemType.REMEDY && firstAid(a.section) != firstAid(b.section)) {
            bonus -= 0.2;
        }
        return bonus;
    }

    private static boolean sameFirstNoun(Draft a, Draft b) {
        return !a.headNouns.isEmpty()
                && !b.headNouns.isEmpty()
                && a.headNouns.iterator().next().equals(b.headNouns.iterator().next());
    }

    /** How many words two sorted signatures share. */
    static int shared(int[] a, int[] b) {
        int n = 0;
        int j = 0;
        for (int w : a) {
            while (j < b.length && b[j] < w) {
                j++;
            }
            if (j < b.length && b[j] == w) {
                n++;
            }
        }
        return n;
    }

    /** Exercises are told apart by their movement: the same verb on the same part of the body. */
    private static boolean sameMovement(Draft a, Draft b) {
        return a.headVerb != null
                && a.headVerb.equals(b.headVerb)
                && !java.util.Collections.disjoint(a.headNouns, b.headNouns);
    }

    /** The summed weight of a signature's words, added in word order. */
    private static double total(int[] signature, double[] weight) {
        double total = 0;
        for (int w : signature) {
            total += weight[w];
        }
        return total;
    }

    /**
     * Items of one list are distinct by design and never merge with each other; neither do a thing to do and
     * the same thing forbidden ("sleep half-sitting", "do not sleep on the back").
     */
    private boolean compatible(Draft d, Draft leader, Set<Integer> lists) {
        if (d.list != 0 && lists != null && lists.contains(d.list)) {
            return false;
        }
        if (warnedAgainst(d) != warnedAgainst(leader)
                || d.headVerb != null && d.headVerb.equals(leader.headVerb) && d.negatedVerb != leader.negatedVerb) {
            return false;
        }
        return !rules.firstAidApart
                || d.type != dev.careguide.model.ItemType.REMEDY
                || firstAid(d.section) == firstAid(leader.section)
                || d.section == SectionType.NONE
                || leader.section == SectionType.NONE;
    }

    /** A practice the text warns against is never the same item as advice it gives. */
    private static boolean warnedAgainst(Draft d) {
        return d.stance.contains(Clause.Stance.UNSAFE) || d.stance.contains(Clause.Stance.HEARSAY);
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
     * The thing a remedy's title is about: the most specific remedy-kind cue in it (a food, "massage", "shoes",
     * ...). Remedies about the same thing merge when the rules ask for it ({@code merge.anchors}); null for other
     * types.
     */
    String anchor(Draft d) {
        if (d.type != ItemType.REMEDY || !rules.anchorMerge) {
            return null;
        }
        Words words = Words.of(d.title);
        CueSet.Hit first = mostSpecific(words);
        return first == null ? null : first.cue().phrase();
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

    /**
     * Fills {@code out} with each draft's {@link #signature} as ascending word ids, the ids following the words'
     * sorted order, and returns how many words there are. Only the ids are kept: a set of strings per draft is
     * more than a long document's hundreds of thousands of drafts can hold.
     */
    private int signatures(List<Draft> drafts, int[][] out) {
        List<String[]> words = new ArrayList<>(drafts.size());
        Map<String, Integer> ids = new HashMap<>();
        for (Draft d : drafts) {
            String[] sig = signature(d).toArray(String[]::new);
            words.add(sig);
            for (String w : sig) {
                ids.put(w, 0);
            }
        }
        String[] sorted = ids.keySet().toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        for (int w = 0; w < sorted.length; w++) {
            ids.put(sorted[w], w);
        }
        for (int i = 0; i < out.length; i++) {
            String[] sig = words.get(i);
            int[] ws = new int[sig.length];
            for (int k = 0; k < sig.length; k++) {
                ws[k] = ids.get(sig[k]);
            }
            java.util.Arrays.sort(ws);
            out[i] = ws;
        }
        return sorted.length;
    }

    /** The lemmas of the item's content words, folded through the synonyms, without stop and domain words. */
    Set<String> signature(Draft d) {
        Set<String> out = new java.util.TreeSet<>();
        for (String lemma : d.lemmas) {
            String w = rules.synonyms.getOrDefault(lemma, lemma);
            if (!rules.isNoise(w) && !rules.isNoise(lemma) && !topic.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private Draft combine(List<Integer> members, List<Draft> drafts, int[][] signatures) {
        List<Draft> group = new ArrayList<>(members.size());
        Map<Integer, Integer> coverage = new HashMap<>();
        int total = 0;
        for (int i : members) {
            group.add(drafts.get(i));
            for (int w : signatures[i]) {
                coverage.merge(w, 1, Integer::sum);
            }
            total += signatures[i].length;
        }
        Draft first = group.get(0);
        Draft best = first;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < group.size(); k++) {
            Draft d = group.get(k);
            double score = representativeness(d, signatures[members.get(k)], coverage, total);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        Draft merged = new Draft(first.type, first.section, best.title, first.documentIndex, first.firstLine);
        merged.sentences.addAll(best.sentences);
        merged.steps.addAll(best.steps);
        merged.procedure = best.procedure;
        for (Draft d : group) {
            if (d != best) {
                merged.mergedTitles.add(d.title);
            }
            merged.provenance.addAll(d.provenance);
            merged.foods.addAll(d.foods);
            d.warnings.forEach(merged.warnings::putIfAbsent);
            merged.words.addAll(d.words);
            merged.stance.addAll(d.stance);
            merged.lemmas.addAll(d.lemmas);
            merged.flagged |= d.flagged;
            if (merged.nutrient == null) {
                merged.nutrient = d.nutrient;
            }
            merged.mergedSources.add(d.firstSource());
        }
        return merged;
    }

    /**
     * How well a member speaks for its group: the share of the group's words (each counted once per member that
     * has it, {@code total} in all) its own words cover, less a little for each sentence beyond two and for a
     * title of one word, so the clearest complete wording wins. Linear in the size of the member's signature.
     */
    private double representativeness(Draft d, int[] words, Map<Integer, Integer> coverage, int total) {
        double covered = 0;
        for (int w : words) {
            covered += coverage.get(w);
        }
        int titleWords = Words.of(d.title).size();
        return (total == 0 ? 0 : covered / total)
                + (d.list != 0 || !d.steps.isEmpty() ? 0.15 : 0)
                - 0.05 * Math.max(0, d.sentences.size() - 2)
                - (titleWords < 2 ? 0.2 : 0)
                - (d.flagged ? 0.1 : 0);
    }
}
