package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage after merging and the importer's own ids: gives each finished draft the id the {@link IdRegistry} knows
 * it by, so an item whose source was reworded, moved or merged differently keeps its id and everything keyed on
 * it (editorial decisions, translations). It looks only at what a finished draft is (type, source spans, id),
 * never at how extraction got there.
 *
 * <p>A draft and a registered item of the same type are the same item when their source text is identical
 * ({@link ItemTrace#fingerprint}), when they share source lines and at least {@value #SHARED_LINES_SIMILARITY}
 * of their words, or, wherever they are, when they share at least {@value #SIMILARITY} of their words. The
 * best pairs are taken first. A draft with the very text of one registered item, the common case, takes it at
 * once; for the others, candidates come from an index of their texts, lines and sampled words that each
 * registered item is looked up in (words common to more than {@value #MAX_POSTING} registered items are
 * skipped), so the cost grows with the number of items, not with its square. When an item was split, the larger part keeps the id and the others get new ones that
 * name it as their former id; a registered item that matched nothing is kept as retired. Specialists keep the
 * importer's ids, which name the specialist itself.
 */
final class IdMatcher {

    /** Share of sampled words that makes two items at the same source lines the same item. */
    static final double SHARED_LINES_SIMILARITY = 0.3;
    /** Share of sampled words that makes two items the same item wherever they are. */
    static final double SIMILARITY = 0.5;
    /** The score of a pair with the same source text, above any other (similarity and overlap add up to 2). */
    private static final double IDENTICAL = 4;
    /** Words sampled in more registered items than this do not propose candidates. */
    static final int MAX_POSTING = 64;

    /**
     * What matching did.
     *
     * @param entries      the guide's registry entries after this import (drafts, then retired items), by id
     * @param changes      drafts that took over part of a registered item under a new id (splits)
     * @param unregistered drafts the registry does not know (empty when there is no registry)
     * @param whereabouts  for registered ids no draft has now, where the item went, for messages
     */
    record Outcome(
            List<IdRegistry.Entry> entries,
            List<ImportReport.IdChange> changes,
            List<Draft> unregistered,
            Map<String, String> whereabouts) {}

    private record Pair(int draft, int entry, double score) {}

    /**
     * Gives the drafts their registered ids (in place) and says what changed.
     *
     * @param reserved ids the editorial file gives to items it adds or splits off, which new drafts do not take
     */
    Outcome match(List<Draft> drafts, IdRegistry registry, String guideId, Set<String> reserved) {
        List<ItemTrace> traces = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            traces.add(ItemTrace.of(d.provenance));
        }
        if (!registry.exists()) {
            return new Outcome(entries(drafts, traces, List.of()), List.of(), List.of(), Map.of());
        }
        List<IdRegistry.Entry> registered = registry.entries(guideId);
        ItemType[] types = new ItemType[registered.size()];
        for (int j = 0; j < registered.size(); j++) {
            types[j] = ItemType.ofId(registered.get(j).id());
        }
        int[] owner = new int[registered.size()];
        java.util.Arrays.fill(owner, -1);
        int[] entryOf = new int[drafts.size()];
        java.util.Arrays.fill(entryOf, -1);
        boolean[] identical = new boolean[drafts.size()];
        Map<String, Integer> byId = new HashMap<>();
        for (int j = 0; j < registered.size(); j++) {
            byId.put(registered.get(j).id(), j);
        }
        for (int i = 0; i < drafts.size(); i++) {
            Integer j = byId.get(drafts.get(i).id);
            if (drafts.get(i).type == ItemType.SPECIALIST && j != null) {
                owner[j] = i;
                entryOf[i] = j;
            }
        }
        sameText(drafts, traces, registered, types, owner, entryOf, identical);
        Map<Integer, List<Pair>> accepted = new HashMap<>();
        List<Pair> pairs = pairs(drafts, traces, registered, types, entryOf, accepted);
        for (Pair p : pairs) {
            if (entryOf[p.draft()] < 0 && owner[p.entry()] < 0) {
                owner[p.entry()] = p.draft();
                entryOf[p.draft()] = p.entry();
                identical[p.draft()] = p.score() >= IDENTICAL;
            }
        }
        Map<Integer, Integer> formerEntry = splits(drafts, traces, accepted, owner, entryOf, identical);

        Set<String> taken = new HashSet<>(byId.keySet());
        taken.addAll(reserved);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> drafts.get(i).documentIndex)
                .thenComparingInt(i -> drafts.get(i).firstLine)
                .thenComparing(i -> drafts.get(i).id));
        List<Draft> unregistered = new ArrayList<>();
        List<ImportReport.IdChange> changes = new ArrayList<>();
        for (int i : order) {
            Draft d = drafts.get(i);
            if (entryOf[i] >= 0) {
                d.id = registered.get(entryOf[i]).id();
                continue;
            }
            if (d.type != ItemType.SPECIALIST) {
                d.id = fresh(d.id, taken);
            }
            taken.add(d.id);
            unregistered.add(d);
            Integer former = formerEntry.get(i);
            if (former != null) {
                changes.add(
                        new ImportReport.IdChange(d.id, registered.get(former).id(), "split"));
            }
        }
        List<IdRegistry.Entry> retired = new ArrayList<>();
        Map<String, String> whereabouts = new TreeMap<>();
        Map<String, Draft> byLine = null;
        for (int j = 0; j < registered.size(); j++) {
            if (owner[j] < 0) {
                IdRegistry.Entry e = registered.get(j);
                retired.add(e.retire());
                byLine = byLine != null ? byLine : lines(drafts);
                whereabouts.put(e.id(), whereabouts(e, byLine));
            }
        }
        changes.sort(Comparator.comparing(ImportReport.IdChange::itemId));
        return new Outcome(entries(drafts, traces, retired), changes, unregistered, whereabouts);
    }

    /**
     * The common case first: a draft whose source text is that of exactly one registered item of its type, and no
     * other draft's, is that item.
     */
    private static void sameText(
            List<Draft> drafts,
            List<ItemTrace> traces,
            List<IdRegistry.Entry> known,
            ItemType[] types,
            int[] owner,
            int[] entryOf,
            boolean[] identical) {
        Map<String, Integer> entryByText = new HashMap<>();
        for (int j = 0; j < known.size(); j++) {
            entryByText.merge(known.get(j).fingerprint(), j, (a, b) -> -1);
        }
        Map<String, Integer> draftByText = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            draftByText.merge(traces.get(i).fingerprint(), i, (a, b) -> -1);
        }
        draftByText.forEach((text, i) -> {
            Integer j = entryByText.get(text);
            if (i >= 0 && j != null && j >= 0 && types[j] == drafts.get(i).type && entryOf[i] < 0 && owner[j] < 0) {
                owner[j] = i;
                entryOf[i] = j;
                identical[i] = true;
            }
        });
    }

    /**
     * Every acceptable pair of a draft still without an id and a registered item of its type, best first. The
     * few open drafts are indexed by text, lines and sampled words, and every registered item is looked up in
     * that index once, so the cost grows with the registered items, not with their product with the drafts.
     */
    private static List<Pair> pairs(
            List<Draft> drafts,
            List<ItemTrace> traces,
            List<IdRegistry.Entry> known,
            ItemType[] types,
            int[] entryOf,
            Map<Integer, List<Pair>> accepted) {
        Map<String, List<Integer>> byText = new HashMap<>();
        Map<String, Map<Integer, List<Integer>>> byLine = new HashMap<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (entryOf[i] >= 0 || drafts.get(i).type == ItemType.SPECIALIST) {
                continue;
            }
            ItemTrace t = traces.get(i);
            byText.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>(1)).add(i);
            for (IdRegistry.Span s : t.spans()) {
                Map<Integer, List<Integer>> lines = byLine.computeIfAbsent(s.document(), k -> new HashMap<>());
                for (int line = s.startLine(); line <= s.endLine(); line++) {
                    lines.computeIfAbsent(line, k -> new ArrayList<>(1)).add(i);
                }
            }
            for (String w : t.words()) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>(2)).add(i);
            }
        }
        if (byText.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> postings = new HashMap<>();
        for (IdRegistry.Entry k : known) {
            for (String w : k.words()) {
                if (byWord.containsKey(w)) {
                    postings.computeIfAbsent(w, x -> new int[1])[0]++;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int[] seenFor = new int[drafts.size()];
        java.util.Arrays.fill(seenFor, -1);
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < known.size(); j++) {
            IdRegistry.Entry entry = known.get(j);
            candidates.clear();
            collect(byText.get(entry.fingerprint()), j, seenFor, candidates);
            for (IdRegistry.Span s : entry.spans()) {
                Map<Integer, List<Integer>> lines = byLine.get(s.document());
                for (int line = s.startLine(); lines != null && line <= s.endLine(); line++) {
                    collect(lines.get(line), j, seenFor, candidates);
                }
            }
            for (String w : entry.words()) {
                List<Integer> open = byWord.get(w);
                if (open != null && postings.get(w)[0] <= MAX_POSTING) {
                    collect(open, j, seenFor, candidates);
                }
            }
            ItemTrace k = null;
            for (int i : candidates) {
                if (types[j] != drafts.get(i).type) {
                    continue;
                }
                k = k != null ? k : ItemTrace.of(entry);
                ItemTrace t = traces.get(i);
                double overlap = t.overlap(k);
                double score;
                if (t.fingerprint().equals(k.fingerprint())) {
                    score = IDENTICAL + overlap;
                } else {
                    double similarity = t.similarity(k);
                    if (similarity < SIMILARITY && (overlap == 0 || similarity < SHARED_LINES_SIMILARITY)) {
                        continue;
                    }
                    score = similarity + overlap;
                }
                Pair p = new Pair(i, j, score);
                pairs.add(p);
                accepted.computeIfAbsent(i, x -> new ArrayList<>()).add(p);
            }
        }
        Comparator<Pair> best = Comparator.comparingDouble(Pair::score)
                .reversed()
                .thenComparingInt(Pair::draft)
                .thenComparingInt(Pair::entry);
        pairs.sort(best);
        accepted.values().forEach(list -> list.sort(best));
        return pairs;
    }

    /** Adds the drafts of {@code posting} not yet among registered item {@code j}'s candidates. */
    private static void collect(List<Integer> posting, int j, int[] seenFor, List<Integer> candidates) {
        if (posting != null) {
            for (int i : posting) {
                if (seenFor[i] != j) {
                    seenFor[i] = j;
                    candidates.add(i);
                }
            }
        }
    }

    /**
     * Drafts left without an id whose best registered item went to another draft are parts of a split item: the
     * largest part (most words; on a tie, the one that matched first) keeps the id, unless the one that matched
     * first has the registered item's very text. Returns, for each other part, the registered item it came from.
     */
    private static Map<Integer, Integer> splits(
            List<Draft> drafts,
            List<ItemTrace> traces,
            Map<Integer, List<Pair>> accepted,
            int[] owner,
            int[] entryOf,
            boolean[] identical) {
        Map<Integer, List<Integer>> parts = new TreeMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<Pair> mine = accepted.get(i);
            if (entryOf[i] < 0 && mine != null) {
                parts.computeIfAbsent(mine.get(0).entry(), j -> new ArrayList<>(List.of(owner[j])))
                        .add(i);
            }
        }
        Map<Integer, Integer> formerEntry = new HashMap<>();
        parts.forEach((j, group) -> {
            int keeper = group.get(0);
            for (int i : group) {
                if (!identical[group.get(0)]
                        && traces.get(i).size() > traces.get(keeper).size()) {
                    keeper = i;
                }
            }
            if (keeper != owner[j]) {
                entryOf[owner[j]] = -1;
                entryOf[keeper] = j;
                owner[j] = keeper;
            }
            for (int i : group) {
                if (i != keeper) {
                    formerEntry.put(i, j);
                }
            }
        });
        return formerEntry;
    }

    /** Each source line ({@code document:line}) and the first draft, in source order, whose spans cover it. */
    private static Map<String, Draft> lines(List<Draft> drafts) {
        Map<String, Draft> byLine = new HashMap<>();
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt((Draft d) -> d.documentIndex)
                .thenComparingInt(d -> d.firstLine)
                .thenComparing(d -> d.id));
        for (Draft d : ordered) {
            for (dev.careguide.model.Provenance p : d.provenance) {
                for (int line = p.startLine(); line <= p.endLine(); line++) {
                    byLine.putIfAbsent(p.document() + ':' + line, d);
                }
            }
        }
        return byLine;
    }

    /** Where a registered item no draft matched went, for the message about a decision that names it. */
    private static String whereabouts(IdRegistry.Entry e, Map<String, Draft> byLine) {
        for (IdRegistry.Span s : e.spans()) {
            for (int line = s.startLine(); line <= s.endLine(); line++) {
                Draft d = byLine.get(s.document() + ':' + line);
                if (d != null) {
                    return "its source lines (" + e.source() + ") are now part of '" + d.id + "'";
                }
            }
        }
        return "its source lines (" + e.source()
                + (e.retired()
                        ? ") left the articles before the last sync"
                        : ") were removed or changed beyond recognition");
    }

    /** The importer's id, or with {@code -2}, {@code -3}, ... when the registry or another draft has it. */
    private static String fresh(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static List<IdRegistry.Entry> entries(
            List<Draft> drafts, List<ItemTrace> traces, List<IdRegistry.Entry> retired) {
        List<IdRegistry.Entry> out = new ArrayList<>(drafts.size() + retired.size());
        for (int i = 0; i < drafts.size(); i++) {
            out.add(IdRegistry.Entry.of(drafts.get(i).id, traces.get(i)));
        }
        out.addAll(retired);
        out.sort(Comparator.comparing(IdRegistry.Entry::id));
        return out;
    }
}
