package dev.careguide.importer;

import com.ibm.icu.text.Transliterator;
import dev.careguide.model.ItemIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 10, stable ids: {@code <type>.<slug>} where the slug comes from the item's canonical title through ICU
 * ({@code Any-Latin; Latin-ASCII; Lower}), so non-Latin titles work, keeping at most {@link #MAX_WORDS} words
 * (stop words dropped). An id depends only on its own title; when titles collide, the item appearing first in the
 * source keeps the bare slug and the others get {@code -2}, {@code -3}, ... in source order.
 */
final class IdAssigner {

    static final int MAX_WORDS = 6;
    static final int MAX_SLUG = 60;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final ImportRules rules;

    IdAssigner(ImportRules rules) {
        this.rules = rules;
    }

    /** {@code Any-Latin; Latin-ASCII; Lower}; for text that is already ASCII that is lower-casing, done directly. */
    static String toAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return TO_ASCII.transliterate(text);
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    void assign(List<Draft> drafts) {
        Map<String, List<Draft>> byBase = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String base = d.type.prefix() + "." + slug(d.title);
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(d);
        }
        Set<String> taken = new HashSet<>(byBase.keySet());
        for (Map.Entry<String, List<Draft>> e : byBase.entrySet()) {
            List<Draft> group = e.getValue();
            group.sort(Comparator.comparingInt((Draft d) -> d.documentIndex)
                    .thenComparingInt(d -> d.firstLine)
                    .thenComparing(d -> d.title));
            group.get(0).id = e.getKey();
            int n = 2;
            for (Draft d : group.subList(1, group.size())) {
                String id;
                do {
                    id = e.getKey() + "-" + n++;
                } while (taken.contains(id));
                taken.add(id);
                d.id = id;
            }
        }
    }

    String slug(String title) {
        String ascii = toAscii(title);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                w.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!rules.stopWords.contains(word) && kept.size() < MAX_WORDS) {
                kept.add(word);
            }
        }
        if (kept.isEmpty()) {
            kept = words.subList(0, Math.min(MAX_WORDS, words.size()));
        }
        String slug = String.join("-", kept);
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            slug = slug.substring(0, Math.max(1, slug.lastIndexOf('-') > 0 ? slug.lastIndexOf('-') : slug.length()));
        }
        if (slug.isEmpty() || !ItemIds.isValidSlug(slug)) {
            slug = "item";
        }
        return slug;
    }
}
