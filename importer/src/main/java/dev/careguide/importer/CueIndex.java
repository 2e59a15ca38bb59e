package dev.careguide.importer;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** A cue of one set: the set's id, the cue's place in that set, and its words. */
    private record Entry(int set, int ordinal, CueSet.Cue cue, String[] words) {}

    private static final Comparator<Entry> SET_ORDER =
            Comparator.comparingInt(Entry::set).thenComparingInt(Entry::ordinal);

    /** A node of the trie of one-word prefix cues; {@code cues} are those whose prefix ends here, in set order. */
    private static final class PrefixNode {
        private char[] keys = new char[0];
        private PrefixNode[] children = new PrefixNode[0];
        private Entry[] cues = new Entry[0];

        /** Children by ASCII character at the root, where the fan-out is wide; null elsewhere. */
        private PrefixNode[] ascii;

        PrefixNode child(char c) {
            if (ascii != null && c < ascii.length) {
                return ascii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        PrefixNode addChild(char c) {
            PrefixNode child = child(c);
            if (child == null) {
                child = new PrefixNode();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = child;
            }
            return child;
        }

        void indexAscii() {
            ascii = new PrefixNode[128];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < ascii.length) {
                    ascii[keys[i]] = children[i];
                }
            }
        }

        void addCue(Entry entry) {
            cues = Arrays.copyOf(cues, cues.length + 1);
            cues[cues.length - 1] = entry;
        }
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
                Entry entry = new Entry(s, k, cue, cue.words().toArray(String[]::new));
                String first = entry.words()[0];
                if (cue.prefix() && entry.words().length == 1) {
                    PrefixNode node = prefixes;
                    for (int i = 0; i < first.length(); i++) {
                        node = node.addChild(first.charAt(i));
                    }
                    node.addCue(entry);
                } else {
                    byFirst.computeIfAbsent(first, w -> new ArrayList<>()).add(entry);
                }
            }
        }
        byFirst.forEach((w, entries) -> byFirstWord.put(w, entries.toArray(Entry[]::new)));
        prefixes.indexAscii();
        for (int s = 0; s < sets.size(); s++) {
            sets.get(s).indexedBy(this, s);
        }
    }

    /** The hits of every set in {@code words}. */
    Scan scan(Words words) {
        int[] counts = new int[size];
        @SuppressWarnings("unchecked")
        List<CueSet.Hit>[] hits = new List[size];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Entry[] opening = byFirstWord.get(w);
            if (opening != null) {
                for (Entry e : opening) {
                    if (restMatchesAt(e, words, i)) {
                        add(counts, hits, e, i, i + e.words().length);
                    }
                }
            }
            Entry[] started = null;
            List<Entry> more = null;
            PrefixNode node = prefixes;
            for (int k = 0; k < w.length() && node != null; k++) {
                node = node.child(w.charAt(k));
                if (node != null && node.cues.length > 0) {
                    if (started == null) {
                        started = node.cues;
                    } else {
                        if (more == null) {
                            more = new ArrayList<>(List.of(started));
                        }
                        more.addAll(List.of(node.cues));
                    }
                }
            }
            if (more != null) {
                more.sort(SET_ORDER);
                started = more.toArray(Entry[]::new);
            }
            if (started != null) {
                for (Entry e : started) {
                    add(counts, hits, e, i, i + 1);
                }
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

    /** Whether the words after the first (which opened the lookup) match at {@code at}. */
    private static boolean restMatchesAt(Entry e, Words words, int at) {
        String[] ws = e.words();
        if (at + ws.length > words.size()) {
            return false;
        }
        for (int k = 1; k < ws.length; k++) {
            String w = words.get(at + k);
            boolean last = k == ws.length - 1;
            if (last && e.cue().prefix() ? !w.startsWith(ws[k]) : !w.equals(ws[k])) {
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
