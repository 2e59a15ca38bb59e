package dev.careguide.importer;

import dev.careguide.model.ItemType;
import java.util.List;
import java.util.Locale;

/**
 * Makes an item's title from the clause that opened it: a complete noun phrase or imperative verb phrase of at
 * most the profile's {@code titleMaxWords} words. A leading phrase ("If the heartburn wakes you, ...") and a
 * recommending lead ("it is better to", "you should") are dropped; a cause is named by what stands on the cause's
 * side of a causal connective. A phrase too long is cut where a phrase ends (before a comma, a preposition, a
 * conjunction), never after a function word.
 */
final class TitleMaker {

    /** A title cut elsewhere than at punctuation keeps at most this many words, so it reads as a phrase. */
    static final int UNCUT_WORDS = 6;

    private final ImportRules rules;
    private final LanguageProfile profile;

    TitleMaker(ImportRules rules, LanguageProfile profile) {
        this.rules = rules;
        this.profile = profile;
    }

    String title(AnalyzedBlock b, Clause c, ItemType type) {
        List<Token> tokens = c.sentence().tokens();
        int from = c.head();
        int to = c.to();
        int name = type == ItemType.EXERCISE ? name(tokens, c.from(), c.head()) : -1;
        if (name > 0) {
            return phrase(b.text().text(), tokens, c.from(), name);
        }
        if (type == ItemType.CAUSE && c.causal() != null) {
            Clause.Causal causal = c.causal();
            int agentFrom = causal.agentFirst() ? c.head() : causal.to();
            int agentTo = causal.agentFirst() ? causal.from() : c.to();
            if (hasContent(tokens, agentFrom, agentTo)) {
                from = agentFrom;
                to = agentTo;
            }
        } else if (type == ItemType.WARNING_SIGN && c.head() > c.from()) {
            from = c.from() + 1;
            to = c.head();
        } else if (type == ItemType.WARNING_SIGN && condition(tokens, c.head(), to) > 0) {
            from = condition(tokens, c.head(), to) + 1;
        } else if (type != ItemType.CAUSE) {
            int passive = passiveVerb(tokens, from, to);
            if (passive > from && c.mood() == Clause.Mood.RECOMMENDATION) {
                to = subjectEnd(tokens, from, passive);
                from = afterFrontedPhrase(tokens, from, to);
            } else {
                from = afterLead(tokens, from, to);
                from = imperativeVerb(c, tokens, from, to);
            }
        }
        from = skipLeading(tokens, from, to);
        if (from >= to) {
            from = c.from();
            to = c.to();
        }
        if (type != ItemType.CAUSE
                        && from > c.head()
                        && profile.negations.contains(tokens.get(from - 1).lower())
                || from > c.head() + 1
                        && profile.isInfinitiveMarker(tokens.get(from - 1))
                        && profile.negations.contains(tokens.get(from - 2).lower())) {
            String prohibited = phrase(b.text().text(), tokens, from, to);
            return prohibited.isEmpty()
                    ? heading(b.text(c))
                    : capitalize(profile.prohibitionTitle.replace("{0}", lowerFirst(prohibited)));
        }
        String title = phrase(b.text().text(), tokens, from, to);
        return title.isEmpty() ? heading(b.text(c)) : title;
    }

    /** Where a condition after the main clause starts ("see a doctor if the leg goes numb"), or -1. */
    private int condition(List<Token> tokens, int head, int to) {
        for (int k = head + 1; k < to - 1; k++) {
            if (profile.conditionWords.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where an exercise's name ends: a short phrase with a noun and no verb, closed by a colon before the clause's
     * main part ("Shoulder circles: raise the shoulders ..."); -1 when there is none.
     */
    private static int name(List<Token> tokens, int from, int head) {
        int colon = head - 1;
        while (colon > from && !tokens.get(colon).isPunctuation(':')) {
            colon--;
        }
        if (colon <= from || !tokens.get(colon).isPunctuation(':') || words(tokens, from, colon) > 5) {
            return -1;
        }
        boolean noun = false;
        for (int k = from; k < colon; k++) {
            if (tokens.get(k).pos().isVerbal() && !tokens.get(k).is(Pos.NOUN)) {
                return -1;
            }
            noun |= tokens.get(k).is(Pos.NOUN);
        }
        return noun ? colon : -1;
    }

    /**
     * Where the subject starts after a prepositional phrase put before it ("In tablets the magnesium ... is
     * prescribed"): at the determiner that opens it; {@code from} when no such phrase stands there.
     */
    private static int afterFrontedPhrase(List<Token> tokens, int from, int to) {
        if (from >= to || !tokens.get(from).is(Pos.ADPOSITION)) {
            return from;
        }
        int j = from + 1;
        while (j < to && (tokens.get(j).is(Pos.DETERMINER) || tokens.get(j).is(Pos.ADJECTIVE))) {
            j++;
        }
        int nouns = j;
        while (j < to && tokens.get(j).is(Pos.NOUN)) {
            j++;
        }
        return j > nouns && j < to && tokens.get(j).is(Pos.DETERMINER) ? j : from;
    }

    /** A title for a heading or a line of text as it stands: trimmed, without closing punctuation, capitalized. */
    String heading(String text) {
        return capitalize(ItemExtractor.trimEnd(text, "?!.;,:"));
    }

    /** The first token after a recommending lead near the start ("it is better to | rinse ..."). */
    private int afterLead(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 12); k++) {
            Phrases.Match m = profile.recommendationLeads.at(tokens, k, to);
            if (m != null && m.to() < to && tokens.get(m.to()).is(Pos.VERB)
                    || m != null
                            && m.to() < to
                            && profile.negations.contains(tokens.get(m.to()).lower())) {
                return m.to();
            }
            Token t = tokens.get(k);
            if (t.is(Pos.VERB) && k > from) {
                break;
            }
        }
        return from;
    }

    /** An imperative after a short prepositional phrase ("Under the belly put a pillow") is titled from its verb. */
    private static int imperativeVerb(Clause c, List<Token> tokens, int from, int to) {
        if (c.mood() != Clause.Mood.IMPERATIVE || !tokens.get(from).is(Pos.ADPOSITION)) {
            return from;
        }
        for (int k = from + 1; k < Math.min(to, from + 7); k++) {
            if (tokens.get(k).is(Pos.VERB) && tokens.get(k).isBaseForm()) {
                return k;
            }
        }
        return from;
    }

    /** The participle of a passive main verb ("should be put", "is applied"), or -1 when the verb is active. */
    private int passiveVerb(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is(Pos.VERB)) {
                return tokens.get(k - 1).is(Pos.AUXILIARY) && profile.isCopula(tokens.get(k - 1)) ? k : -1;
            }
        }
        return -1;
    }

    /** Where the subject of a clause ends: before the first auxiliary or verb. */
    private static int subjectEnd(List<Token> tokens, int from, int verb) {
        for (int k = from; k < verb; k++) {
            if (tokens.get(k).pos().isVerbal()) {
                return k;
            }
        }
        return verb;
    }

    private int skipLeading(List<Token> tokens, int from, int to) {
        while (from < to) {
            Token t = tokens.get(from);
            if (t.is(Pos.PARTICLE)
                    && profile.isInfinitiveMarker(t)
                    && from + 1 < to
                    && tokens.get(from + 1).is(Pos.VERB)) {
                from++;
                continue;
            }
            if (t.is(Pos.PUNCTUATION)
                    || t.is(Pos.COORDINATOR)
                    || profile.imperativeFillers.contains(t.lower())
                            && !t.is(Pos.VERB)
                            && !t.is(Pos.NOUN)
                            && !profile.negations.contains(t.lower())) {
                from++;
            } else {
                break;
            }
        }
        return from;
    }

    private boolean hasContent(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(Pos.NOUN)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} as a phrase of at most the maximum words, cut where a phrase ends. */
    String phrase(String text, List<Token> tokens, int from, int to) {
        int max = profile.titleMaxWords;
        int end = adjunct(tokens, from, to);
        int words = words(tokens, from, end);
        if (words > max) {
            end = cut(tokens, from, to, max);
        }
        while (end > from
                && (profile.isFunctionWord(tokens.get(end - 1))
                        || !tokens.get(end - 1).isWord())
                && !isClosingBracket(tokens.get(end - 1))
                && !(end - 2 >= from
                        && profile.particles.contains(tokens.get(end - 1).lower())
                        && tokens.get(end - 2).pos().isVerbal())) {
            end--;
        }
        if (end <= from) {
            return "";
        }
        String s = text.substring(
                tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return capitalize(balance(s.strip()));
    }

    /**
     * Where to end a phrase that is too long: before the first dash or colon within the limit (what follows is an
     * aside, an explanation or a list), else at the last punctuation within the limit, else at the last phrase
     * boundary (before a preposition, a conjunction, a pronoun) within {@link #UNCUT_WORDS} words, so that a title
     * cut inside a clause stays short; never after a function word or a number, never between a verb and its
     * particle or its object.
     */
    private int cut(List<Token> tokens, int from, int to, int max) {
        int atDash = -1;
        int atPunctuation = -1;
        int atPhrase = -1;
        int words = 0;
        for (int k = from; k + 1 < to; k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                words++;
            }
            if (words > max) {
                break;
            }
            boolean particle = profile.particles.contains(t.lower())
                    && k > from
                    && tokens.get(k - 1).is(Pos.VERB);
            if (words < 2 || (profile.isFunctionWord(t) && !particle) || !t.isWord()) {
                continue;
            }
            Token next = tokens.get(k + 1);
            if (t.is(Pos.NUMBER)
                    || t.is(Pos.VERB)
                            && (next.is(Pos.ADPOSITION)
                                    || next.is(Pos.ADVERB)
                                    || next.is(Pos.PARTICLE)
                                    || next.is(Pos.DETERMINER)
                                    || next.is(Pos.PRONOUN))
                    || t.is(Pos.ADJECTIVE) && next.is(Pos.NOUN)) {
                continue;
            }
            if ((isDash(next) || next.isPunctuation(':')) && atDash < 0) {
                atDash = k + 1;
            }
            if (next.is(Pos.PUNCTUATION) && !next.isPunctuation('(')) {
                atPunctuation = k + 1;
            } else if (words <= UNCUT_WORDS
                    && t.is(Pos.ADVERB)
                    && atPhrase > 0
                    && tokens.get(atPhrase - 1).is(Pos.NOUN)) {
                continue;
            } else if (words <= UNCUT_WORDS
                    && (next.is(Pos.ADPOSITION)
                            || next.is(Pos.COORDINATOR)
                            || next.is(Pos.SUBORDINATOR)
                            || next.is(Pos.PRONOUN)
                            || next.is(Pos.DETERMINER)
                            || next.is(Pos.VERB) && profile.isParticiple(next)
                            || t.is(Pos.NOUN)
                                    && (next.is(Pos.NUMBER) || next.is(Pos.ADVERB) || next.is(Pos.ADJECTIVE)))) {
                atPhrase = k + 1;
            }
        }
        if (atDash > 0) {
            return atDash;
        }
        if (atPunctuation > 0) {
            return atPunctuation;
        }
        if (atPhrase > 0) {
            return atPhrase;
        }
        return Math.min(to, from + UNCUT_WORDS);
    }

    /**
     * Where a trailing adjunct starts: a comma after two words or more followed by an adverb, a subordinator, a
     * participle or a word that refers back (", slowly", ", while ...", ", so ..."), or an aside between two dashes
     * ("Regular activity – walking, swimming – lowers ..."); the title ends before it.
     */
    private int adjunct(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int k = from; k + 1 < to; k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                words++;
            }
            if (words >= 2 && isDash(t)) {
                for (int j = k + 1; j < to; j++) {
                    if (isDash(tokens.get(j))) {
                        return k;
                    }
                }
            }
            if (words >= 2 && t.isPunctuation(',')) {
                Token next = tokens.get(k + 1);
                if (next.is(Pos.ADVERB)
                        || next.is(Pos.SUBORDINATOR)
                        || profile.anaphora.contains(next.lower())
                        || profile.dependentOpeners.contains(next.lower())
                        || next.is(Pos.VERB) && profile.isParticiple(next)) {
                    return k;
                }
            }
        }
        return to;
    }

    private static boolean isDash(Token t) {
        return t.isPunctuation('\u2013') || t.isPunctuation('\u2014');
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    private static boolean isClosingBracket(Token t) {
        return t.isPunctuation(')');
    }

    /** Drops an opening bracket or quote left without its partner by the cut. */
    private static String balance(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        if (open > 0) {
            int at = s.lastIndexOf('(');
            s = s.substring(0, at).strip();
        }
        long quotes = s.chars().filter(ch -> ch == '"').count();
        if (quotes % 2 == 1) {
            s = s.replace("\"", "");
        }
        if (s.indexOf('\u201C') >= 0 != s.indexOf('\u201D') >= 0) {
            s = s.replace("\u201C", "").replace("\u201D", "");
        }
        return ItemExtractor.trimEnd(ItemExtractor.trimEnd(s, "\u2013\u2014-"), ".;,:");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))
                ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }

    @Override
    public String toString() {
        return "TitleMaker[" + profile.language.toLowerCase(Locale.ROOT) + ", " + rules + "]";
    }
}
