package dev.careguide.i18n.memory;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Earlier translations that suggest translations for new and changed strings: pairs of a source text and its
 * translation into one locale, each with where it came from (a guide, or the project's memory file). Looked up
 * through a word index per target language ({@link MemoryIndex}), so finding the candidates of one string costs
 * about the number of entries that share its rarer words, not the size of the memory.
 */
public final class TranslationMemory {

    /** Suggestions below this similarity (percent) are not offered. */
    public static final int MINIMUM_SCORE = 50;
    /** At most this many suggestions per string. */
    public static final int MAXIMUM_SUGGESTIONS = 3;

    /** One pair: target locale (BCP 47), source text, translation, origin, and the catalog key it had if any. */
    public record Entry(String locale, String source, String target, String origin, String key) {

        public Entry {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(origin, "origin");
        }
    }

    private static final TranslationMemory EMPTY = new TranslationMemory(Map.of(), 0);

    private final Map<String, MemoryIndex> byLanguage;
    private final int size;

    private TranslationMemory(Map<String, MemoryIndex> byLanguage, int size) {
        this.byLanguage = byLanguage;
        this.size = size;
    }

    public static TranslationMemory empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of distinct pairs. */
    public int size() {
        return size;
    }

    /**
     * Up to {@link #MAXIMUM_SUGGESTIONS} translations into {@code tag}'s language of sources like {@code source},
     * best first: similarity, then the same {@code guide} before other guides before the memory file, then text.
     * The entry of {@code guide}'s own {@code key} is never offered (it is the string's own translation).
     */
    public List<Suggestion> suggest(String tag, String source, String guide, String key) {
        MemoryIndex index = byLanguage.get(language(tag));
        return index == null ? List.of() : index.suggest(source, guide, key);
    }

    /** Every pair, grouped by locale, in the order they were added. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        byLanguage.values().forEach(i -> out.addAll(i.entries()));
        return out;
    }

    static String language(String tag) {
        return ULocale.forLanguageTag(tag).getLanguage();
    }

    /** Collects pairs; a pair whose locale, source and translation repeat an earlier one keeps the first origin. */
    public static final class Builder {
        private final Map<String, List<Entry>> byLanguage = new TreeMap<>();
        private final Set<Entry> seen = new HashSet<>();
        /** Locale tag → language, worked out once per tag rather than once per pair. */
        private final Map<String, String> languages = new HashMap<>();

        private Builder() {}

        public Builder add(Entry entry) {
            if (entry.source().isBlank() || entry.target().isBlank()) {
                return this;
            }
            if (seen.add(entry)) {
                byLanguage
                        .computeIfAbsent(
                                languages.computeIfAbsent(entry.locale(), TranslationMemory::language),
                                l -> new ArrayList<>())
                        .add(entry);
            }
            return this;
        }

        public Builder addAll(TranslationMemory memory) {
            memory.entries().forEach(this::add);
            return this;
        }

        public TranslationMemory build() {
            Map<String, MemoryIndex> indexes = new HashMap<>();
            int size = 0;
            for (Map.Entry<String, List<Entry>> e : byLanguage.entrySet()) {
                indexes.put(e.getKey(), new MemoryIndex(e.getValue()));
                size += e.getValue().size();
            }
            return new TranslationMemory(indexes, size);
        }
    }

    /** Case-folded words of a text, ideographs one by one; the unit the index and the similarity count in. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean ideograph = cp >= 0x2E80
                    && (Character.isIdeographic(cp)
                            || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
            if (Character.isLetterOrDigit(cp) && !ideograph) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= cp < 0x80;
            } else {
                if (start >= 0) {
                    String word = text.substring(start, i);
                    out.add(ascii ? word.toLowerCase(java.util.Locale.ROOT) : UCharacter.foldCase(word, true));
                    start = -1;
                }
                if (ideograph) {
                    out.add(new String(Character.toChars(cp)));
                }
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }
}
