package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3b, terminology: the content team's fixes for known mistranslations ("seizures" means cramps), applied to
 * the cleaned text before extraction. Terms match whole words, ignoring case; the longest term wins where terms
 * overlap and a capitalized source keeps its capital. Each replacement is recorded with its source position.
 *
 * <p>Matching is one left-to-right pass per block: terms are indexed by their case-folded first character, so the
 * cost is linear in the text whatever the number of terms. A term matches where no letter or number
 * ({@code \p{L}}, {@code \p{N}}) touches it on either side, comparing characters as {@code java.util.regex} does
 * with {@code CASE_INSENSITIVE | UNICODE_CASE}.
 *
 * <p>File format: {@code replacements:} a list of {@code {from: ..., to: ...}} (an optional {@code note} is
 * ignored).
 */
final class Glossary {

    /** One term and its fix. */
    record Term(String from, String to) {
        Term {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("a glossary term cannot be empty");
            }
        }
    }

    /** A replacement made at {@code sourceOffset} of the block's source text. */
    record Replacement(int sourceOffset, String from, String to) {}

    /** Text after the glossary, and the replacements made. */
    record Applied(MappedText text, List<Replacement> replacements) {}

    static final Glossary EMPTY = new Glossary(List.of());

    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER
            | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    /** Terms longest first, then by spelling: the order in which overlapping matches are preferred. */
    private final List<Term> terms;
    /** Each term's characters, case-folded. */
    private final char[][] folded;
    /** Indexes into {@link #terms} (ascending) by the folded first character of the term, when it is Latin-1. */
    private final int[][] byLatinFirstChar = new int[256][];
    /** The same for other first characters. */
    private final Map<Character, int[]> byFirstChar = new HashMap<>();

    Glossary(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt((Term t) -> -t.from().length()).thenComparing(Term::from));
        this.terms = List.copyOf(sorted);
        this.folded = new char[sorted.size()][];
        Map<Character, List<Integer>> index = new HashMap<>();
        for (int t = 0; t < sorted.size(); t++) {
            String from = sorted.get(t).from();
            folded[t] = new char[from.length()];
            for (int k = 0; k < from.length(); k++) {
                folded[t][k] = fold(from.charAt(k));
            }
            index.computeIfAbsent(folded[t][0], k -> new ArrayList<>()).add(t);
        }
        index.forEach((c, ts) -> {
            int[] ids = ts.stream().mapToInt(Integer::intValue).toArray();
            if (c < byLatinFirstChar.length) {
                byLatinFirstChar[c] = ids;
            } else {
                byFirstChar.put(c, ids);
            }
        });
    }

    static Term term(String from, String to) {
        return new Term(from, to);
    }

    static Glossary load(Path file) {
        if (file == null) {
            return EMPTY;
        }
        YamlDocument doc = YamlDocument.read(file);
        JsonNode list = doc.root().get("replacements");
        if (list == null || !list.isArray()) {
            throw new DiagnosticException(doc.error(
                    list == null ? doc.root() : list,
                    "glossary-format",
                    "a glossary needs 'replacements:', a list of {from: ..., to: ...}"));
        }
        List<Term> terms = new ArrayList<>();
        for (JsonNode entry : list) {
            JsonNode from = entry.get("from");
            JsonNode to = entry.get("to");
            if (!entry.isObject()
                    || from == null
                    || to == null
                    || from.isContainerNode()
                    || to.isContainerNode()
                    || from.asText().isBlank()) {
                throw new DiagnosticException(
                        doc.error(entry, "glossary-entry", "each glossary entry needs a non-empty 'from' and a 'to'"));
            }
            for (JsonNode value : List.of(from, to)) {
                if (!value.isTextual()) {
                    throw new DiagnosticException(doc.error(
                            value,
                            "glossary-entry",
                            "this value was read as a "
                                    + (value.isNull()
                                            ? "YAML null (~, null or nothing)"
                                            : "YAML boolean (yes, no, on, off, true, false)")
                                    + ", not as text; quote it"));
                }
            }
            terms.add(term(from.asText().strip(), to.asText()));
        }
        return new Glossary(terms);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    Applied apply(MappedText text) {
        if (terms.isEmpty()) {
            return new Applied(text, List.of());
        }
        String s = text.text();
        List<int[]> found = find(s);
        if (found.isEmpty()) {
            return new Applied(text, List.of());
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        List<Replacement> replacements = new ArrayList<>();
        int pos = 0;
        for (int[] f : found) {
            for (int i = pos; i < f[0]; i++) {
                out.append(s.charAt(i), text.origin(i));
            }
            String original = s.substring(f[0], f[1]);
            String replacement = matchCase(original, terms.get(f[2]).to());
            int sourceStart = text.origin(f[0]);
            int sourceEnd = text.origin(f[1] - 1);
            for (int i = 0; i < replacement.length(); i++) {
                out.append(replacement.charAt(i), i == replacement.length() - 1 ? sourceEnd : sourceStart);
            }
            replacements.add(new Replacement(sourceStart, original, replacement));
            pos = f[1];
        }
        for (int i = pos; i < s.length(); i++) {
            out.append(s.charAt(i), text.origin(i));
        }
        return new Applied(out.build(), replacements);
    }

    /**
     * The matches to replace, as {@code {start, end, term}} in text order. At each position the first term in
     * {@link #terms} order wins; a term's own matches never overlap each other (each is searched for after the end
     * of its previous match), and a match overlapping an earlier chosen one is dropped.
     */
    private List<int[]> find(String s) {
        List<int[]> chosen = new ArrayList<>();
        int[] termEnd = new int[terms.size()];
        int chosenEnd = 0;
        int n = s.length();
        for (int p = 0; p < n; p++) {
            if (p > 0 && isLetterOrNumber(s.charAt(p - 1))) {
                continue;
            }
            char c = s.charAt(p);
            char fc = fold(c);
            int best = firstMatch(startingWith(fc), s, p, termEnd, -1);
            if (fc != c) {
                best = firstMatch(startingWith(c), s, p, termEnd, best);
            }
            if (best >= 0 && p >= chosenEnd) {
                chosenEnd = p + folded[best].length;
                chosen.add(new int[] {p, chosenEnd, best});
            }
        }
        return chosen;
    }

    private int[] startingWith(char c) {
        return c < byLatinFirstChar.length ? byLatinFirstChar[c] : byFirstChar.get(c);
    }

    /** Records every candidate matching at {@code p} in {@code termEnd}; returns the lowest matching term index. */
    private int firstMatch(int[] candidates, String s, int p, int[] termEnd, int best) {
        if (candidates == null) {
            return best;
        }
        for (int t : candidates) {
            if (p >= termEnd[t] && matchesAt(folded[t], s, p)) {
                termEnd[t] = p + folded[t].length;
                if (best < 0 || t < best) {
                    best = t;
                }
            }
        }
        return best;
    }

    private static boolean matchesAt(char[] term, String s, int p) {
        int end = p + term.length;
        if (end > s.length()) {
            return false;
        }
        for (int k = 0; k < term.length; k++) {
            char c = s.charAt(p + k);
            if (c != term[k] && fold(c) != term[k]) {
                return false;
            }
        }
        return end == s.length() || !isLetterOrNumber(s.codePointAt(end));
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return (LETTER_OR_NUMBER >> Character.getType(codePoint) & 1) != 0;
    }

    private static String matchCase(String original, String replacement) {
        if (!original.isEmpty()
                && !replacement.isEmpty()
                && Character.isUpperCase(original.charAt(0))
                && Character.isLowerCase(replacement.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
