package dev.careguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of phrases matched on whole tokens: each word of a phrase matches a token whose lemma or lower-case form
 * it equals; {@code *} matches any one token; a word ending in {@code *} matches tokens starting with it;
 * quotation marks between its words are passed over ("the main \"culprit\" is"). Phrases
 * are indexed by their first word, so finding the phrases at a token is a hash lookup, not a scan of the set.
 */
final class Phrases {

    private static final String QUOTES = "\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB";

    /** One phrase: its words as written in the profile ({@code *} kept), for reporting. */
    record Phrase(String text, String[] words) {

        /** Where the phrase ends when it starts at {@code at}, or -1; quotation marks inside it are passed over. */
        int endAt(List<Token> tokens, int at, int limit) {
            int j = at;
            for (int k = 0; k < words.length; k++) {
                while (k > 0 && j < limit && isQuote(tokens.get(j))) {
                    j++;
                }
                if (j >= limit || !matches(words[k], tokens.get(j))) {
                    return -1;
                }
                j++;
            }
            return j;
        }

        private static boolean isQuote(Token token) {
            String t = token.form();
            return t.length() == 1 && QUOTES.indexOf(t.charAt(0)) >= 0;
        }

        int length() {
            return words.length;
        }

        private static boolean matches(String word, Token token) {
            if (word.equals("*")) {
                return token.isWord();
            }
            if (word.endsWith("*")) {
                String stem = word.substring(0, word.length() - 1);
                return token.lower().startsWith(stem) || token.lemma().startsWith(stem);
            }
            return word.equals(token.lower()) || word.equals(token.lemma());
        }
    }

    /** A phrase found at tokens {@code [from, to)}. */
    record Match(Phrase phrase, int from, int to) {}

    static final Phrases NONE = new Phrases(List.of());

    private final List<Phrase> phrases;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> open = new ArrayList<>();

    Phrases(List<String> texts) {
        List<Phrase> all = new ArrayList<>();
        for (String text : texts) {
            String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            Phrase p = new Phrase(text, words);
            all.add(p);
            String first = words[0];
            if (first.endsWith("*")) {
                open.add(p);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Phrase> list : byFirstWord.values()) {
            list.sort((a, b) -> Integer.compare(b.length(), a.length()));
        }
        open.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.phrases = List.copyOf(all);
    }

    List<Phrase> phrases() {
        return phrases;
    }

    /** The longest phrase starting at token {@code at} and ending before {@code limit}, or null. */
    Match at(List<Token> tokens, int at, int limit) {
        Token t = tokens.get(at);
        Match best = longest(byFirstWord.get(t.lower()), tokens, at, limit, null);
        if (!t.lemma().equals(t.lower())) {
            best = longest(byFirstWord.get(t.lemma()), tokens, at, limit, best);
        }
        best = longest(byFirstWord.get("*"), tokens, at, limit, best);
        return longest(open, tokens, at, limit, best);
    }

    private static Match longest(List<Phrase> candidates, List<Token> tokens, int at, int limit, Match best) {
        if (candidates == null) {
            return best;
        }
        for (Phrase p : candidates) {
            int end = best == null || p.length() > best.to() - best.from() ? p.endAt(tokens, at, limit) : -1;
            if (end >= 0) {
                return new Match(p, at, end);
            }
        }
        return best;
    }

    /** The first match in tokens {@code [from, to)}, or null. */
    Match find(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Match m = at(tokens, i, to);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Every non-overlapping match in tokens {@code [from, to)}, left to right. */
    List<Match> findAll(List<Token> tokens, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match m = at(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }

    boolean occursIn(List<Token> tokens, int from, int to) {
        return find(tokens, from, to) != null;
    }
}
