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
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Cue> firstWordPrefix = new ArrayList<>();

    CueSet(List<String> phrases) {
        List<Cue> all = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            boolean prefix = p.endsWith("*");
            List<String> ws = new ArrayList<>(Words.fold(prefix ? p.substring(0, p.length() - 1) : p));
            if (ws.isEmpty()) {
                continue;
            }
            Cue cue = new Cue(p, List.copyOf(ws), prefix);
            all.add(cue);
            if (prefix && ws.size() == 1) {
                firstWordPrefix.add(cue);
            } else {
                byFirstWord.computeIfAbsent(ws.get(0), k -> new ArrayList<>()).add(cue);
            }
        }
        this.cues = List.copyOf(all);
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
            List<Cue> candidates = byFirstWord.get(w);
            if (candidates != null) {
                for (Cue cue : candidates) {
                    if (matchesAt(cue, words, i)) {
                        hits.add(new Hit(cue, i, i + cue.words().size()));
                    }
                }
            }
            for (Cue cue : firstWordPrefix) {
                if (w.startsWith(cue.words().get(0))) {
                    hits.add(new Hit(cue, i, i + 1));
                }
            }
        }
        return hits;
    }

    int count(Words words) {
        return find(words).size();
    }

    boolean matches(Words words) {
        return !find(words).isEmpty();
    }

    boolean matches(String text) {
        return matches(Words.of(text));
    }

    /** True when a cue matches starting at the first word. */
    boolean matchesFirstWord(Words words) {
        for (Hit h : find(words)) {
            if (h.from() == 0) {
                return true;
            }
            break;
        }
        return false;
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
