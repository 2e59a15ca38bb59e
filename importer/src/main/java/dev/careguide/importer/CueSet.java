package dev.careguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of cue phrases matched on whole case-folded words; a phrase whose last word ends with {@code *} matches
 * any word starting with it. Matching is linear in the number of words (phrases are indexed by first word).
 */
final class CueSet {

    /** One phrase of the set. */
    record Cue(String phrase, List<String> words, boolean prefix) {
    }

    /** A phrase found at word positions {@code [from, to)}. */
    record Hit(Cue cue, int from, int to) {
    }

    static final CueSet EMPTY = new CueSet(List.of());

    private final List<Cue> cues;
    private final Map<String, Cue[]> byFirstWord;
    /** One-word prefix cues by their first character, each group in phrase order. */
    private final Map<Character, Cue[]> prefixByFirstChar;

    CueSet(List<String> phrases) {
        List<Cue> all = new ArrayList<>();
        Map<String, List<Cue>> byFirst = new HashMap<>();
        Map<Character, List<Cue>> prefixes = new HashMap<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            boolean prefix = p.endsWith("*");
            List<String> ws = Words.fold(prefix ? p.substring(0, p.length() - 1) : p);
            if (ws.isEmpty()) {
                continue;
            }
            Cue cue = new Cue(p, List.copyOf(ws), prefix);
            all.add(cue);
            if (prefix && ws.size() == 1) {
                prefixes.computeIfAbsent(ws.get(0).charAt(0), k -> new ArrayList<>()).add(cue);
            } else {
                byFirst.computeIfAbsent(ws.get(0), k -> new ArrayList<>()).add(cue);
            }
        }
        this.cues = List.copyOf(all);
        this.byFirstWord = new HashMap<>();
        byFirst.forEach((w, cs) -> byFirstWord.put(w, cs.toArray(Cue[]::new)));
        this.prefixByFirstChar = new HashMap<>();
        prefixes.forEach((c, cs) -> prefixByFirstChar.put(c, cs.toArray(Cue[]::new)));
    }

    boolean isEmpty() {
        return cues.isEmpty();
    }

    List<Cue> cues() {
        return cues;
    }

    /** Every hit in {@code words}, in text order. */
    List<Hit> find(Words words) {
        List<Hit> hits = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            Cue[] candidates = byFirstWord.get(w);
            if (candidates != null) {
                for (Cue cue : candidates) {
                    if (matchesAt(cue, words, i)) {
                        hits.add(new Hit(cue, i, i + cue.words().size()));
                    }
                }
            }
            Cue[] prefixes = prefixByFirstChar.get(w.charAt(0));
            if (prefixes != null) {
                for (Cue cue : prefixes) {
                    if (w.startsWith(cue.words().get(0))) {
                        hits.add(new Hit(cue, i, i + 1));
                    }
                }
            }
        }
        return hits;
    }

    /** The number of hits {@link #find} would return. */
    int count(Words words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            count += hitsAt(words, i, Integer.MAX_VALUE);
        }
        return count;
    }

    boolean matches(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (hitsAt(words, i, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String text) {
        return matches(Words.of(text));
    }

    /** True when a cue matches starting at the first word. */
    boolean matchesFirstWord(Words words) {
        return words.size() > 0 && hitsAt(words, 0, 1) > 0;
    }

    /** The number of cues matching at word {@code at}, counting no further than {@code limit}. */
    private int hitsAt(Words words, int at, int limit) {
        String w = words.get(at);
        int count = 0;
        Cue[] candidates = byFirstWord.get(w);
        if (candidates != null) {
            for (Cue cue : candidates) {
                if (matchesAt(cue, words, at) && ++count >= limit) {
                    return count;
                }
            }
        }
        Cue[] prefixes = prefixByFirstChar.get(w.charAt(0));
        if (prefixes != null) {
            for (Cue cue : prefixes) {
                if (w.startsWith(cue.words().get(0)) && ++count >= limit) {
                    return count;
                }
            }
        }
        return count;
    }

    private static boolean matchesAt(Cue cue, Words words, int at) {
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
}
