package dev.careguide.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One index over many cue sets: each word of a text is looked up once (a hash lookup for the phrases it opens,
 * a walk down a character trie for the prefix cues it starts with) and the hits of every set are found in that
 * single pass, instead of one pass per set. A text's {@link Scan} is remembered by its {@link Words}, so asking
 * many sets about the same sentence costs one scan.
 */
final class CueIndex {

    /** A cue of one set: the set's id and the cue's place in that set. */
    private record Entry(int set, int ordinal, CueSet.Cue cue) {
    }

    private static final Comparator<Entry> SET_ORDER = Comparator.comparingInt(Entry::set)
            .thenComparingInt(Entry::ordinal);

    /** A node of the trie of one-word prefix cues; {@code cues} are those whose prefix ends here. */
    private static final class PrefixNode {
        final Map<Character, PrefixNode> next = new HashMap<>();
        final List<Entry> cues = new ArrayList<>();
    }

    private final int size;
    /** Phrases (other than one-word prefixes) by their first word, ordered by set and then by place in the set. */
    private final Map<String, Entry[]> byFirstWord = new HashMap<>();
    private final PrefixNode prefixes = new PrefixNode();

    /** Indexes {@code sets}; each set then matches through this index. */
    CueIndex(List<CueSet> sets) {
        this.size = sets.size();
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<CueSet.Cue> cues = sets.get(s).cues();
            for (int k = 0; k < cues.size(); k++) {
                CueSet.Cue cue = cues.get(k);
                Entry entry = new Entry(s, k, cue);
                String first = cue.words().get(0);
                if (cue.prefix() && cue.words().size() == 1) {
                    PrefixNode node = prefixes;
                    for (int i = 0; i < first.length(); i++) {
                        node = node.next.computeIfAbsent(first.charAt(i), c -> new PrefixNode());
                    }
                    node.cues.add(entry);
                } else {
                    byFirst.computeIfAbsent(first, w -> new ArrayList<>()).add(entry);
                }
            }
        }
        byFirst.forEach((w, entries) -> byFirstWord.put(w, entries.toArray(Entry[]::new)));
        for (int s = 0; s < sets.size(); s++) {
            sets.get(s).indexedBy(this, s);
        }
    }

    /** The hits of every set in {@code words}. */
    Scan scan(Words words) {
        int[] counts = new int[size];
        @SuppressWarnings("unchecked")
        List<CueSet.Hit>[] hits = new List[size];
        List<Entry> started = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Entry[] opening = byFirstWord.get(w);
            if (opening != null) {
                for (Entry e : opening) {
                    if (matchesAt(e.cue(), words, i)) {
                        add(counts, hits, e, i, i + e.cue().words().size());
                    }
                }
            }
            started.clear();
            PrefixNode node = prefixes;
            for (int k = 0; k < w.length() && node != null; k++) {
                node = node.next.get(w.charAt(k));
                if (node != null) {
                    started.addAll(node.cues);
                }
            }
            if (started.size() > 1) {
                started.sort(SET_ORDER);
            }
            for (Entry e : started) {
                add(counts, hits, e, i, i + 1);
            }
        }
        return new Scan(this, counts, hits);
    }

    private static void add(int[] counts, List<CueSet.Hit>[] hits, Entry e, int from, int to) {
        counts[e.set()]++;
        if (hits[e.set()] == null) {
            hits[e.set()] = new ArrayList<>(2);
        }
        hits[e.set()].add(new CueSet.Hit(e.cue(), from, to));
    }

    private static boolean matchesAt(CueSet.Cue cue, Words words, int at) {
        List<String> ws = cue.words();
        if (at + ws.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < ws.size(); k++) {
            String w = words.get(at + k);
            boolean last = k == ws.size() - 1;
            if (last && cue.prefix() ? !w.startsWith(ws.get(k)) : !w.equals(ws.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The hits of every set of one index in one text, each set's in text order. Immutable. */
    static final class Scan {
        private final CueIndex index;
        private final int[] counts;
        private final List<CueSet.Hit>[] hits;

        private Scan(CueIndex index, int[] counts, List<CueSet.Hit>[] hits) {
            this.index = index;
            this.counts = counts;
            this.hits = hits;
        }

        boolean isOf(CueIndex other) {
            return index == other;
        }

        int count(int set) {
            return counts[set];
        }

        List<CueSet.Hit> hits(int set) {
            return hits[set] == null ? List.of() : Collections.unmodifiableList(hits[set]);
        }

        boolean matchesFirstWord(int set) {
            return hits[set] != null && hits[set].get(0).from() == 0;
        }
    }
}
