package dev.careguide.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of cue phrases matched on whole case-folded words; a phrase whose last word ends with {@code *} matches
 * any word starting with it. Matching goes through a {@link CueIndex}: the set's own, or the one the rules build
 * over all their sets, so that a text is scanned once for all of them.
 */
final class CueSet {

    /** One phrase of the set. */
    record Cue(String phrase, List<String> words, boolean prefix) {}

    /** A phrase found at word positions {@code [from, to)}. */
    record Hit(Cue cue, int from, int to) {}

    static final CueSet EMPTY = new CueSet(List.of());

    private final List<Cue> cues;
    private CueIndex index;
    private int id;

    CueSet(List<String> phrases) {
        List<Cue> all = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            boolean prefix = p.endsWith("*");
            List<String> ws = Words.fold(prefix ? p.substring(0, p.length() - 1) : p);
            if (!ws.isEmpty()) {
                all.add(new Cue(p, List.copyOf(ws), prefix));
            }
        }
        this.cues = List.copyOf(all);
        new CueIndex(List.of(this));
    }

    /** Called once by the index this set then matches through, before the set is shared. */
    void indexedBy(CueIndex index, int id) {
        this.index = index;
        this.id = id;
    }

    boolean isEmpty() {
        return cues.isEmpty();
    }

    List<Cue> cues() {
        return cues;
    }

    /** Every hit in {@code words}, in text order. */
    List<Hit> find(Words words) {
        return words.scan(index).hits(id);
    }

    /** How many different cues of the set the words hold (a cue repeated counts once). */
    int distinct(Words words) {
        java.util.Set<Cue> seen = new java.util.HashSet<>();
        for (Hit h : find(words)) {
            seen.add(h.cue());
        }
        return seen.size();
    }

    int count(Words words) {
        return words.scan(index).count(id);
    }

    boolean matches(Words words) {
        return count(words) > 0;
    }

    boolean matches(String text) {
        return matches(Words.of(text));
    }

    /** True when a cue matches starting at the first word. */
    boolean matchesFirstWord(Words words) {
        return words.scan(index).matchesFirstWord(id);
    }
}
