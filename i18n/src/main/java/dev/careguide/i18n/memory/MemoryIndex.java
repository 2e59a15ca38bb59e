package dev.careguide.i18n.memory;

import dev.careguide.i18n.memory.TranslationMemory.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of one target language indexed by the words of their sources. A query counts, for every entry
 * that shares one of its words, how many it shares, reading only the posting lists of its rarer words (a word
 * in more than {@code rareLimit} sources, such as "the", is skipped; when every word is that common, the first
 * {@code rareLimit} postings of the rarest are read); the best-sharing {@value #CANDIDATES} entries are then
 * scored by word edit distance. A query reads at most {@code rareLimit} postings per word, whatever the size of
 * the memory.
 */
final class MemoryIndex {

    private static final int CANDIDATES = 24;

    private final List<Entry> entries;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final int[][] words;
    private final int[][] postings;
    private final int rareLimit;
    /** Per entry, the number of query words it shares; reused by every query, hence synchronized. */
    private final int[] shared;

    private final int[] touched;

    MemoryIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        int n = entries.size();
        words = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> w = TranslationMemory.words(entries.get(i).source());
            int[] ids = new int[w.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = wordIds.computeIfAbsent(w.get(j), k -> wordIds.size());
            }
            words[i] = ids;
        }
        int[] df = new int[wordIds.size()];
        int[] lastSeen = new int[df.length];
        Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            for (int id : words[i]) {
                if (lastSeen[id] != i) {
                    lastSeen[id] = i;
                    df[id]++;
                }
            }
        }
        postings = new int[df.length][];
        for (int id = 0; id < df.length; id++) {
            postings[id] = new int[df[id]];
        }
        int[] fill = new int[df.length];
        Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            for (int id : words[i]) {
                if (lastSeen[id] != i) {
                    lastSeen[id] = i;
                    postings[id][fill[id]++] = i;
                }
            }
        }
        rareLimit = Math.max(100, n / 50);
        shared = new int[n];
        touched = new int[n];
    }

    List<Entry> entries() {
        return entries;
    }

    synchronized List<Suggestion> suggest(String source, String guide, String key) {
        List<String> queryWords = TranslationMemory.words(source);
        if (queryWords.isEmpty()) {
            return List.of();
        }
        int[] query = new int[queryWords.size()];
        for (int i = 0; i < query.length; i++) {
            query[i] = wordIds.getOrDefault(queryWords.get(i), -1);
        }
        int[] known = distinct(query);
        // Rarest words first: (posting length << 32 | word id) sorts by length, then id.
        long[] order = new long[known.length];
        int count = 0;
        for (int id : known) {
            if (id >= 0) {
                order[count++] = ((long) postings[id].length << 32) | id;
            }
        }
        Arrays.sort(order, 0, count);
        int touchedCount = 0;
        int maxShared = 0;
        for (int k = 0; k < count; k++) {
            int[] list = postings[(int) order[k]];
            if (k > 0 && list.length > rareLimit) {
                break;
            }
            // Even the rarest word is read only up to the limit when every word is common.
            int n = Math.min(list.length, rareLimit);
            for (int p = 0; p < n; p++) {
                int e = list[p];
                if (shared[e]++ == 0) {
                    touched[touchedCount++] = e;
                }
                maxShared = Math.max(maxShared, shared[e]);
            }
        }
        int[] best = best(touchedCount, maxShared);
        for (int t = 0; t < touchedCount; t++) {
            shared[touched[t]] = 0;
        }
        List<Suggestion> scored = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int e : best) {
            Entry entry = entries.get(e);
            if (entry.origin().equals(guide)
                    && entry.key() != null
                    && entry.key().equals(key)) {
                continue;
            }
            int longer = Math.max(query.length, words[e].length);
            if (2 * Math.abs(query.length - words[e].length) > longer) {
                // The length difference alone puts the score below the minimum.
                continue;
            }
            int score = score(source, query, entry.source(), words[e]);
            if (score >= TranslationMemory.MINIMUM_SCORE) {
                scored.add(new Suggestion(score, entry.source(), entry.target(), entry.origin()));
                ranks.add(entry.origin().equals(guide) ? 0 : entry.key() != null ? 1 : 2);
            }
        }
        Integer[] sorted = new Integer[scored.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(
                sorted,
                Comparator.<Integer>comparingInt(i -> -scored.get(i).score())
                        .thenComparing(ranks::get)
                        .thenComparing(i -> scored.get(i).source())
                        .thenComparing(i -> scored.get(i).target())
                        .thenComparing(i -> scored.get(i).origin()));
        List<Suggestion> out = new ArrayList<>();
        Set<List<String>> offered = new HashSet<>();
        for (int i : sorted) {
            Suggestion s = scored.get(i);
            if (offered.add(List.of(s.source(), s.target()))) {
                out.add(s);
                if (out.size() == TranslationMemory.MAXIMUM_SUGGESTIONS) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The up to {@value #CANDIDATES} touched entries sharing the most query words, ties to the lower entry index:
     * the counts are small, so they are bucketed rather than sorted.
     */
    private int[] best(int touchedCount, int maxShared) {
        int[] histogram = new int[maxShared + 2];
        for (int t = 0; t < touchedCount; t++) {
            histogram[shared[touched[t]]]++;
        }
        int threshold = maxShared;
        int above = 0;
        while (threshold > 1 && above + histogram[threshold] < CANDIDATES) {
            above += histogram[threshold];
            threshold--;
        }
        int[] out = new int[Math.min(CANDIDATES, touchedCount)];
        int[] tied = new int[histogram[threshold]];
        int n = 0;
        int ties = 0;
        for (int t = 0; t < touchedCount; t++) {
            int e = touched[t];
            if (shared[e] > threshold) {
                out[n++] = e;
            } else if (shared[e] == threshold) {
                tied[ties++] = e;
            }
        }
        Arrays.sort(tied, 0, ties);
        for (int i = 0; i < ties && n < out.length; i++) {
            out[n++] = tied[i];
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    /** 100 for the same text, else 100 × (1 − word edit distance / longer word count), at most 99. */
    static int score(String a, int[] aWords, String b, int[] bWords) {
        if (a.equals(b)) {
            return 100;
        }
        int longer = Math.max(aWords.length, bWords.length);
        if (longer == 0) {
            return 0;
        }
        int score = (int) Math.round(100.0 * (1.0 - (double) distance(aWords, bWords) / longer));
        return Math.min(score, 99);
    }

    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                // A word unknown to the index (-1) matches nothing.
                int cost = a[i - 1] >= 0 && a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length];
    }

    private static int[] distinct(int[] ids) {
        return Arrays.stream(ids).distinct().toArray();
    }
}
