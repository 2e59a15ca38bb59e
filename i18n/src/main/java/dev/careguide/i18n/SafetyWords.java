package dev.careguide.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.careguide.model.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language the health-safety checks look for, from {@code safety-words/<language>.yaml}:
 * negation words and phrases, phrases that contain one but do not negate ("without fail", "not only"), and the
 * words that join the two ends of a range. Words are compared as
 * {@link #fold folded} tokens of ICU's word iterator; {@code avoid*} matches any word starting with "avoid",
 * {@code *n't} any word ending with "n't", and an entry of several words matches them in a row.
 */
final class SafetyWords {

    private static final Map<String, SafetyWords> CACHE = new ConcurrentHashMap<>();
    private static final SafetyWords NONE = new SafetyWords(List.of(), List.of(), List.of(), false);
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final List<List<String>> negation;
    private final List<List<String>> notNegation;
    private final List<String> rangeWords;
    private final boolean known;

    private SafetyWords(
            List<List<String>> negation, List<List<String>> notNegation, List<String> rangeWords, boolean known) {
        this.negation = negation;
        this.notNegation = notNegation;
        this.rangeWords = rangeWords;
        this.known = known;
    }

    /** The words of a locale's language; {@link #hasNegation()} is false when none ship. */
    static SafetyWords of(ULocale locale) {
        return CACHE.computeIfAbsent(locale.getLanguage(), SafetyWords::load);
    }

    private static SafetyWords load(String language) {
        String resource = "safety-words/" + language + ".yaml";
        if (SafetyWords.class.getResource(resource) == null) {
            return NONE;
        }
        JsonNode root = YamlDocument.resource(SafetyWords.class, resource).root();
        List<List<String>> negation = new ArrayList<>();
        root.path("negation").forEach(n -> negation.add(List.of(fold(n.asText()).split(" "))));
        List<List<String>> notNegation = new ArrayList<>();
        root.path("notNegation")
                .forEach(n -> notNegation.add(List.of(fold(n.asText()).split(" "))));
        List<String> range = new ArrayList<>();
        root.path("rangeWords").forEach(n -> range.add(fold(n.asText())));
        return new SafetyWords(
                List.copyOf(negation), List.copyOf(notNegation), List.copyOf(range), !negation.isEmpty());
    }

    /** Whether negation words ship for this language (else the negation check skips it). */
    boolean hasNegation() {
        return known;
    }

    /** Words that join the ends of a range ("to", "bis"), folded. */
    List<String> rangeWords() {
        return rangeWords;
    }

    /** The first negation of a text as written there, e.g. "do not", or {@code null} when it has none. */
    String findNegation(String text, BreakIterator it) {
        if (negation.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                raw.add(text.substring(start, end));
                words.add(fold(text.substring(start, end)));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int skip = 0;
            for (List<String> entry : notNegation) {
                if (matches(entry, words, i)) {
                    skip = Math.max(skip, entry.size());
                }
            }
            if (skip > 0) {
                i += skip - 1;
                continue;
            }
            for (List<String> entry : negation) {
                if (matches(entry, words, i)) {
                    return String.join(" ", raw.subList(i, i + entry.size()));
                }
            }
        }
        return null;
    }

    /** The negation words for a message, e.g. {@code nicht, kein, keine, …}. */
    String examples() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(4, negation.size()); i++) {
            out.add(String.join(" ", negation.get(i)).replace("*", "…"));
        }
        return String.join(", ", out) + (negation.size() > 4 ? ", …" : "");
    }

    private static boolean matches(List<String> entry, List<String> words, int at) {
        if (at + entry.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < entry.size(); k++) {
            String pattern = entry.get(k);
            String word = words.get(at + k);
            boolean ok = pattern.length() > 1 && pattern.endsWith("*")
                    ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.length() > 1 && pattern.startsWith("*")
                            ? word.endsWith(pattern.substring(1))
                            : word.equals(pattern);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Case-folded, without combining marks (accents, Arabic vowel signs), with ’ as '. */
    static String fold(String word) {
        String d = NFD.normalize(UCharacter.foldCase(word.strip(), true)).replace('\u2019', '\'');
        StringBuilder sb = new StringBuilder(d.length());
        d.codePoints()
                .filter(c -> UCharacter.getType(c) != UCharacter.NON_SPACING_MARK && c != 0x0640)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
