package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.DiagnosticException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 5, terminology: the content team's fixes for known mistranslations ("seizures" means cramps), applied to
 * the cleaned text before extraction. Terms match whole words, ignoring case; the longest term wins where terms
 * overlap and a capitalized source keeps its capital. Each replacement is recorded with its source position.
 *
 * <p>File format: {@code replacements:} a list of {@code {from: ..., to: ...}} (an optional {@code note} is
 * ignored).
 */
final class Glossary {

    /** One term and its fix. */
    record Term(String from, String to, Pattern pattern) {
    }

    /** A replacement made at {@code sourceOffset} of the block's source text. */
    record Replacement(int sourceOffset, String from, String to) {
    }

    /** Text after the glossary, and the replacements made. */
    record Applied(MappedText text, List<Replacement> replacements) {
    }

    static final Glossary EMPTY = new Glossary(List.of());

    private final List<Term> terms;

    Glossary(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt((Term t) -> -t.from().length()).thenComparing(Term::from));
        this.terms = List.copyOf(sorted);
    }

    static Term term(String from, String to) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(from) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Term(from, to, p);
    }

    static Glossary load(Path file) {
        if (file == null) {
            return EMPTY;
        }
        YamlDocument doc = YamlDocument.read(file);
        JsonNode list = doc.root().get("replacements");
        if (list == null || !list.isArray()) {
            throw new DiagnosticException(doc.error(list == null ? doc.root() : list, "glossary-format",
                    "a glossary needs 'replacements:', a list of {from: ..., to: ...}"));
        }
        List<Term> terms = new ArrayList<>();
        for (JsonNode entry : list) {
            JsonNode from = entry.get("from");
            JsonNode to = entry.get("to");
            if (!entry.isObject() || from == null || to == null || from.isContainerNode() || to.isContainerNode()
                    || from.asText().isBlank()) {
                throw new DiagnosticException(doc.error(entry, "glossary-entry",
                        "each glossary entry needs a non-empty 'from' and a 'to'"));
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
        List<int[]> found = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            Matcher m = terms.get(t).pattern().matcher(s);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end(), t});
            }
        }
        if (found.isEmpty()) {
            return new Applied(text, List.of());
        }
        found.sort(Comparator.comparingInt((int[] f) -> f[0]).thenComparingInt(f -> f[0] - f[1]));
        MappedText.Builder out = new MappedText.Builder(s.length());
        List<Replacement> replacements = new ArrayList<>();
        int pos = 0;
        for (int[] f : found) {
            if (f[0] < pos) {
                continue;
            }
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

    private static String matchCase(String original, String replacement) {
        if (!original.isEmpty() && !replacement.isEmpty() && Character.isUpperCase(original.charAt(0))
                && Character.isLowerCase(replacement.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
