package dev.careguide.i18n;

import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which earlier item each item of a sync continues, so sync can offer the earlier item's translations on the new
 * keys: the former ids the import reports (an item split off another), and, for an item whose id is new while an
 * item of the last sync is gone, the gone item whose strings share most of its words (at least
 * {@value #SIMILARITY} of the words of both). The second is how translations follow an item whose id changed
 * without a registry; found through an index of words, near-linear in the number of items.
 */
final class ItemLineage {

    /** Share of their words two items' strings must have in common to be one item under two ids. */
    static final double SIMILARITY = 0.5;
    /** Words in more gone items than this do not propose candidates. */
    private static final int MAX_POSTING = 64;

    private ItemLineage() {}

    /**
     * @param formerIds  item id → former item id, as the import reports them
     * @param oldTexts   key → source text at the last sync
     * @param newTexts   key → source text now
     * @return item id → the former item whose translations it may borrow
     */
    static Map<String, String> of(
            Map<String, String> formerIds, Map<String, String> oldTexts, Map<String, String> newTexts) {
        Map<String, String> lineage = new HashMap<>(formerIds);
        Set<String> before = items(oldTexts);
        Set<String> now = items(newTexts);
        Set<String> goneItems = new HashSet<>(before);
        goneItems.removeAll(now);
        Set<String> arrivedItems = new HashSet<>(now);
        arrivedItems.removeAll(before);
        arrivedItems.removeAll(lineage.keySet());
        if (goneItems.isEmpty() || arrivedItems.isEmpty()) {
            return lineage;
        }
        // Word sets only of the items that left and came: a sync that changed a few items reads few words.
        Map<String, Set<String>> gone = new TreeMap<>(words(oldTexts, goneItems));
        Map<String, Set<String>> arrived = new TreeMap<>(words(newTexts, arrivedItems));
        Map<String, List<String>> postings = new HashMap<>();
        gone.forEach((item, words) -> words.forEach(
                w -> postings.computeIfAbsent(w, x -> new ArrayList<>()).add(item)));
        record Pair(String item, String former, double score) {}
        List<Pair> pairs = new ArrayList<>();
        arrived.forEach((item, words) -> {
            Set<String> candidates = new TreeSet<>();
            for (String w : words) {
                List<String> p = postings.get(w);
                if (p != null && p.size() <= MAX_POSTING) {
                    candidates.addAll(p);
                }
            }
            for (String former : candidates) {
                double score = jaccard(words, gone.get(former));
                if (score >= SIMILARITY) {
                    pairs.add(new Pair(item, former, score));
                }
            }
        });
        pairs.sort(Comparator.comparingDouble(Pair::score)
                .reversed()
                .thenComparing(Pair::item)
                .thenComparing(Pair::former));
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!lineage.containsKey(p.item()) && taken.add(p.former())) {
                lineage.put(p.item(), p.former());
            }
        }
        return lineage;
    }

    /** The item of a key ({@code cause.x.title} → {@code cause.x}), or null for a key of no item. */
    static String item(String key) {
        if (ItemType.ofId(key) == null) {
            return null;
        }
        String group = CatalogFile.group(key);
        return group.equals(key) ? null : group;
    }

    /** The field of an item's key ({@code cause.x.steps.2} → {@code steps.2}). */
    static String field(String key) {
        String item = item(key);
        return item == null ? key : key.substring(item.length() + 1);
    }

    /** The share of words two texts have in common, of the words of both. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>();
        Set<String> y = new HashSet<>();
        addWords(a, x);
        addWords(b, y);
        return jaccard(x, y);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static Set<String> items(Map<String, String> texts) {
        Set<String> items = new HashSet<>();
        for (String key : texts.keySet()) {
            String item = item(key);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static Map<String, Set<String>> words(Map<String, String> texts, Set<String> items) {
        Map<String, Set<String>> byItem = new HashMap<>();
        texts.forEach((key, text) -> {
            String item = item(key);
            if (item != null && items.contains(item)) {
                addWords(text, byItem.computeIfAbsent(item, i -> new HashSet<>()));
            }
        });
        return byItem;
    }

    /** The lower-cased words of three or more letters and the numbers of a text. */
    private static void addWords(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean digits = true;
            int length = 0;
            while (i < n && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                digits &= Character.isDigit(c);
                length++;
                i += Character.charCount(c);
            }
            if (digits || length >= 3) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
    }
}
