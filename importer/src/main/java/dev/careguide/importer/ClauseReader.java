package dev.careguide.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 5, clauses: splits an analyzed sentence into the clauses that each state one thing and reads each one's
 * grammar with the {@link LanguageProfile}. A sentence splits at ';', at ':' between two clauses, and at a comma
 * (with or without "and", "but") that opens a new independent clause: an imperative, or a subject with its own
 * verb. A clause that opens by referring back ("..., and it ...") stays with the one before it. Dashes never
 * split: what follows a dash explains what stands before it.
 */
final class ClauseReader {

    private final LanguageProfile profile;
    private final Set<String> audience;

    /** {@code audience}: the words naming the reader, who makes "can" and "may" advice ("you can rest"). */
    ClauseReader(LanguageProfile profile, Set<String> audience) {
        this.profile = profile;
        this.audience = Set.copyOf(audience);
    }

    /** The clauses of a sentence, in order; together they cover every token but the separators between them. */
    List<Clause> read(Sentence s) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        int n = s.size();
        int i = 0;
        int depth = 0;
        while (i < n) {
            Token t = s.token(i);
            int next = -1;
            if (t.isPunctuation('(')) {
                depth++;
            } else if (t.isPunctuation(')') && depth > 0) {
                depth--;
            }
            if (depth > 0) {
                i++;
                continue;
            }
            if (t.isPunctuation(';')) {
                next = i + 1;
            } else if (t.isPunctuation(':') && hasFiniteVerb(s, start, i) && opensClause(s, i + 1, true)) {
                next = i + 1;
            } else if (t.isPunctuation(',') || t.is(Pos.COORDINATOR) && isInfinitive(s, start)) {
                int j = i + 1;
                if (j < n && s.token(j).is(Pos.COORDINATOR)) {
                    j++;
                }
                if (isInfinitive(s, start) && isInfinitive(s, j)) {
                    next = j;
                } else if (t.isPunctuation(',')
                        && (hasFiniteVerb(s, start, i) || hasNounPhrase(s, start, i))
                        && !isLeadingPhrase(s, start, i)
                        && opensClause(s, j, false)
                        && !refersBackByPronoun(s, j)) {
                    next = j;
                }
            }
            if (next > 0 && next < n) {
                add(out, s, start, i);
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        add(out, s, start, n);
        return out;
    }

    /** Reads one clause made of tokens {@code [from, to)} of {@code s}. */
    Clause clause(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        int head = head(s, from, to);
        boolean question = to > from && tokens.get(to - 1).isPunctuation('?')
                || to < s.size() && s.token(s.size() - 1).isPunctuation('?') && to == s.size();
        boolean imperative = isImperative(s, from, to, head);
        boolean recommends = !imperative
                && (recommends(s, from, to, head)
                        || elliptical(s, from, to)
                        || commandAfterDash(s, from, to)
                        || isInfinitive(s, from)
                                && from > 0
                                && !hasFiniteVerb(s, from + 2, to)
                                && (s.token(from - 1).isPunctuation(':')
                                        || s.token(from - 1).isPunctuation(',')
                                        || s.token(from - 1).is(Pos.COORDINATOR)));
        Clause.Mood mood = question
                ? Clause.Mood.QUESTION
                : imperative ? Clause.Mood.IMPERATIVE : recommends ? Clause.Mood.RECOMMENDATION : Clause.Mood.STATEMENT;
        boolean negated = false;
        for (int k = from; k < to; k++) {
            if (profile.negations.contains(tokens.get(k).lower())) {
                negated = true;
                break;
            }
        }
        Set<Clause.Stance> stance = EnumSet.noneOf(Clause.Stance.class);
        if (affirmed(profile.unsafe, tokens, from, to)) {
            stance.add(Clause.Stance.UNSAFE);
        }
        if (profile.prohibition.occursIn(tokens, from, to)) {
            stance.add(Clause.Stance.PROHIBITION);
        }
        if (profile.doctorOnly.occursIn(tokens, from, to)) {
            stance.add(Clause.Stance.DOCTOR_ONLY);
        }
        if (profile.hearsay.occursIn(tokens, from, to)) {
            stance.add(Clause.Stance.HEARSAY);
        }
        if (profile.restricted.occursIn(tokens, from, to)) {
            stance.add(Clause.Stance.RESTRICTED);
        }
        boolean authorial = profile.authorWords.find(tokens, from, Math.min(to, from + 4)) != null;
        boolean anaphoric = (refersBack(s, from) || head > from && refersBack(s, head))
                        && profile.expletives.at(tokens, head, to) == null
                        && !(recommends && profile.recommendationLeads.at(tokens, from, to) != null)
                || refersBackInObject(s, head, to, recommends);
        return new Clause(s, from, to, head, mood, negated, causal(s, from, to), stance, anaphoric, authorial);
    }

    /**
     * Whether a phrase of the set occurs not negated: a match is denied by a negation just before it ("does not
     * harm", "is not dangerous") unless the phrase holds its own negation ("not safe").
     */
    private boolean affirmed(Phrases phrases, List<Token> tokens, int from, int to) {
        for (Phrases.Match m : phrases.findAll(tokens, from, to)) {
            boolean ownNegation = false;
            for (int k = m.from(); k < m.to(); k++) {
                ownNegation |= profile.negations.contains(tokens.get(k).lower());
            }
            boolean denied = false;
            for (int k = Math.max(from, m.from() - 3); k < m.from() && !ownNegation; k++) {
                denied |= profile.negations.contains(tokens.get(k).lower());
            }
            if (!denied) {
                return true;
            }
        }
        return false;
    }

    private void add(List<Clause> out, Sentence s, int from, int to) {
        while (to > from && isSeparator(s.token(to - 1))) {
            to--;
        }
        while (from < to && (isSeparator(s.token(from)) || s.token(from).is(Pos.COORDINATOR))) {
            from++;
        }
        if (to > from) {
            out.add(clause(s, from, to));
        }
    }

    private static boolean isSeparator(Token t) {
        return t.isPunctuation(',') || t.isPunctuation(';') || t.isPunctuation(':');
    }

    /** Whether the tokens from {@code j} open an independent clause: an imperative, or a subject and its verb. */
    private boolean opensClause(Sentence s, int j, boolean afterColon) {
        int n = s.size();
        if (j >= n) {
            return false;
        }
        if (profile.conditionWords.contains(s.token(j).lower())) {
            return conditionalClause(s, j, afterColon);
        }
        if (profile.dependentOpeners.contains(s.token(j).lower())
                || s.token(j).is(Pos.SUBORDINATOR)
                        && !profile.anaphora.contains(s.token(j).lower())) {
            return false;
        }
        int end = j;
        while (end < n && !s.token(end).isPunctuation(',') && !s.token(end).isPunctuation(';')) {
            end++;
        }
        if (profile.negatedImperative.at(s.tokens(), j, end) != null || afterColon && isInfinitive(s, j)) {
            return true;
        }
        int head = skipFillers(s, j, end);
        if (head < end && isImperativeVerb(s, head, j)) {
            return true;
        }
        for (int k = j + 1; k < end; k++) {
            Token t = s.token(k);
            if (t.is(Pos.COORDINATOR) || t.is(Pos.SUBORDINATOR)) {
                return false;
            }
            if (t.pos().isVerbal()) {
                Token before = s.token(k - 1);
                boolean subject = before.is(Pos.NOUN)
                        || before.is(Pos.PRONOUN)
                        || before.is(Pos.NUMBER)
                        || before.is(Pos.ADVERB)
                                && k - 2 >= j
                                && (s.token(k - 2).is(Pos.NOUN)
                                        || s.token(k - 2).is(Pos.PRONOUN));
                return subject || afterColon;
            }
        }
        return false;
    }

    /**
     * Advice whose object refers back ("..., but take them only after ...", "you should slowly pull them towards
     * you"): it continues its antecedent.
     */
    private boolean refersBackInObject(Sentence s, int head, int to, boolean recommends) {
        int verb = skipFillers(s, head, to);
        for (int k = head; recommends && k < to; k++) {
            Phrases.Match lead = profile.recommendationLeads.at(s.tokens(), k, to);
            if (lead != null) {
                verb = lead.to();
                break;
            }
        }
        while (verb < to && s.token(verb).is(Pos.ADVERB)) {
            verb++;
        }
        if (verb + 1 >= to || !s.token(verb).is(Pos.VERB)) {
            return false;
        }
        Token object = s.token(verb + 1);
        return object.is(Pos.PRONOUN) && profile.anaphora.contains(object.lower());
    }

    /** Whether a clause opens with a pronoun that refers back ("it", "they", "this"): not with a connective. */
    private boolean refersBackByPronoun(Sentence s, int j) {
        while (j < s.size() && (s.token(j).is(Pos.COORDINATOR) || s.token(j).is(Pos.PUNCTUATION))) {
            j++;
        }
        return j < s.size()
                && profile.anaphora.contains(s.token(j).lower())
                && !profile.connectives.contains(s.token(j).lower());
    }

    private boolean refersBack(Sentence s, int j) {
        while (j < s.size() && (s.token(j).is(Pos.COORDINATOR) || s.token(j).is(Pos.PUNCTUATION))) {
            j++;
        }
        return j < s.size() && profile.anaphora.contains(s.token(j).lower());
    }

    /**
     * A condition and the command it leads to: "if X happens, do Y" (the comma, then an imperative). After a colon
     * a condition and any main clause are a clause of their own ("... plays a role: if the mother had it, the risk
     * is higher").
     */
    private boolean conditionalClause(Sentence s, int j, boolean afterColon) {
        for (int k = j + 1; k < s.size() - 1; k++) {
            Token t = s.token(k);
            if (t.isPunctuation(',')) {
                int h = skipFillers(s, k + 1, s.size());
                if (h < s.size()
                        && (isImperativeVerb(s, h, k + 1)
                                || profile.negatedImperative.at(s.tokens(), h, s.size()) != null)) {
                    return true;
                }
                int end = h;
                while (end < s.size()
                        && !s.token(end).isPunctuation(',')
                        && !s.token(end).isPunctuation(';')) {
                    end++;
                }
                return afterColon && hasFiniteVerb(s, h, end);
            }
            if (t.isPunctuation(';') || t.isPunctuation(':')) {
                return false;
            }
        }
        return false;
    }

    /** Whether an infinitive starts at {@code k} ("to sleep", "to walk"): a member of a list of things to do. */
    private boolean isInfinitive(Sentence s, int k) {
        if (k + 1 >= s.size() || !profile.isInfinitiveMarker(s.token(k))) {
            return false;
        }
        Token next = s.token(k + 1);
        return next.is(Pos.VERB)
                || next.is(Pos.NOUN)
                        && next.isBaseForm()
                        && Character.isLowerCase(next.form().charAt(0))
                        && k + 2 < s.size()
                        && !s.token(k + 2).is(Pos.NOUN)
                        && !s.token(k + 2).isPunctuation(',');
    }

    /** Whether tokens {@code [from, to)} hold a verb that is not a participle ("having slept", "lying"). */
    private boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (t.pos().isVerbal()
                    && !profile.isParticiple(t)
                    && !(k > from && profile.leadsNonFinite(s.token(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} hold a noun and three words or more (a tagger may miss their verb). */
    private static boolean hasNounPhrase(Sentence s, int from, int to) {
        int words = 0;
        boolean noun = false;
        for (int k = from; k < to; k++) {
            words += s.token(k).isWord() ? 1 : 0;
            noun |= s.token(k).is(Pos.NOUN);
        }
        return noun && words >= 3;
    }

    /** Whether tokens {@code [from, to)} are a leading phrase that the main clause still has to follow. */
    private boolean isLeadingPhrase(Sentence s, int from, int to) {
        while (from < to && s.token(from).is(Pos.COORDINATOR)) {
            from++;
        }
        return head(s, from, to + 1) == from && head(s, from, s.size()) > to;
    }

    /** First token of the main clause: after a leading phrase that a comma closes ("If ..., ", "Still lying, "). */
    int head(Sentence s, int from, int to) {
        int h = from;
        while (h < to && (s.token(h).is(Pos.COORDINATOR) || s.token(h).is(Pos.PUNCTUATION))) {
            h++;
        }
        if (h >= to) {
            return from;
        }
        Phrases.Match answer = profile.answerYes.at(s.tokens(), h, to);
        if (answer == null) {
            answer = profile.answerNo.at(s.tokens(), h, to);
        }
        if (answer != null && answer.to() < to && s.token(answer.to()).isPunctuation(',')) {
            h = answer.to() + 1;
            while (h < to && s.token(h).is(Pos.COORDINATOR)) {
                h++;
            }
            return h;
        }
        int label = label(s, h, to);
        if (label > h) {
            return label;
        }
        Phrases.Match lead = profile.leadingPhrases.at(s.tokens(), h, to);
        Token first = s.token(h);
        int maxWords;
        if (first.is(Pos.SUBORDINATOR) || lead != null && profile.conditionWords.contains(first.lower())) {
            maxWords = 14;
        } else if (first.is(Pos.VERB) && profile.isParticiple(first)) {
            maxWords = 9;
        } else if (lead != null || first.is(Pos.ADPOSITION)) {
            maxWords = 5;
        } else {
            return h;
        }
        int words = 0;
        for (int k = h; k < to - 1; k++) {
            Token t = s.token(k);
            if (t.isPunctuation(',')) {
                return k > h ? k + 1 : h;
            }
            if (t.isPunctuation('\u2013') || t.isPunctuation('\u2014') || t.isPunctuation(':')) {
                break;
            }
            if (t.isWord() && ++words > maxWords) {
                break;
            }
        }
        return h;
    }

    /**
     * After a short verbless label closed by a colon ("Apple cider vinegar: wipe the legs ...", "A useful
     * exercise for the morning: turn the head ...") the main clause starts; else {@code from}.
     */
    private int label(Sentence s, int from, int to) {
        for (int k = from + 1; k < Math.min(to - 1, from + 9); k++) {
            Token t = s.token(k);
            if (t.pos().isVerbal()) {
                return from;
            }
            if (t.isPunctuation(':')) {
                int h = head(s, k + 1, to);
                return isImperative(s, k + 1, to, h) ? h : from;
            }
        }
        return from;
    }

    private int skipFillers(Sentence s, int from, int to) {
        int h = from;
        while (h < to
                && (profile.imperativeFillers.contains(s.token(h).lower())
                                && !s.token(h).is(Pos.VERB)
                        || s.token(h).is(Pos.PUNCTUATION)
                        || s.token(h).is(Pos.COORDINATOR))) {
            h++;
        }
        return h;
    }

    /**
     * Whether the main clause is an imperative: a negated imperative ("Do not ..."), or a verb in its base form
     * with no subject before it, after fillers and at most a leading prepositional phrase ("In the evening drink
     * less"). A capitalized first word read as a noun but followed by an article is read as a verb ("Air the
     * room"), a common tagging slip at the start of a sentence.
     */
    private boolean isImperative(Sentence s, int from, int to, int head) {
        if (profile.negatedImperative.at(s.tokens(), head, to) != null) {
            return true;
        }
        int h = skipFillers(s, head, to);
        if (h < to && isImperativeVerb(s, h, head)) {
            return true;
        }
        if (h < to && s.token(h).is(Pos.ADPOSITION)) {
            boolean noun = false;
            for (int k = h + 1; k < Math.min(to, h + 7); k++) {
                Token t = s.token(k);
                if (t.is(Pos.VERB)) {
                    return t.isBaseForm()
                            && !s.token(k - 1).is(Pos.PARTICLE)
                            && !s.token(k - 1).is(Pos.PRONOUN)
                            && !profile.existentialSubjects.contains(
                                    s.token(k - 1).lower());
                }
                if (noun && !t.is(Pos.NOUN) && !t.is(Pos.ADPOSITION) && !t.is(Pos.ADVERB)) {
                    return false;
                }
                if (t.is(Pos.ADPOSITION)) {
                    noun = false;
                } else if (t.is(Pos.NOUN)) {
                    noun = true;
                } else if (!(t.is(Pos.DETERMINER) || t.is(Pos.ADJECTIVE) || t.is(Pos.NUMBER) || t.is(Pos.ADVERB))) {
                    return false;
                }
            }
        }
        return false;
    }

    private boolean isImperativeVerb(Sentence s, int k, int clauseStart) {
        Token t = s.token(k);
        if (t.is(Pos.VERB) || t.is(Pos.AUXILIARY) && t.lower().equals(profile.copula)) {
            if (!t.isBaseForm() || profile.isParticiple(t) || profile.isPastForm(t)) {
                return false;
            }
            if (k + 1 < s.size()
                    && (s.token(k + 1).is(Pos.AUXILIARY)
                            || s.token(k + 1).isPunctuation(',')
                            || k > clauseStart && s.token(k + 1).is(Pos.COORDINATOR))) {
                return false;
            }
            return profile.causatives.contains(t.lower()) || !startsSubject(s, k + 1) && !subjectOfLaterVerb(s, k);
        }
        return false;
    }

    /** Whether an article and a noun at {@code k} are followed by a verb: then they are a subject, not an object. */
    private static boolean startsSubject(Sentence s, int k) {
        if (k >= s.size() || !s.token(k).is(Pos.DETERMINER)) {
            return false;
        }
        int j = k + 1;
        while (j < s.size() && (s.token(j).is(Pos.ADJECTIVE) || s.token(j).is(Pos.NOUN))) {
            j++;
        }
        return j > k + 1
                && j < s.size()
                && s.token(j).is(Pos.VERB)
                && s.token(j - 1).is(Pos.NOUN);
    }

    /**
     * Whether the words after a would-be imperative are instead the subject of a verb further on ("Leg cramps in
     * pregnant women are ...", "weak abdominal muscles cannot hold ..."): a noun right after it or after its
     * adjectives, then a finite verb before any comma, conjunction or relative word.
     */
    private boolean subjectOfLaterVerb(Sentence s, int k) {
        int noun = k + 1;
        while (noun < s.size() && s.token(noun).is(Pos.ADJECTIVE)) {
            noun++;
        }
        if (noun >= s.size() || !s.token(noun).is(Pos.NOUN)) {
            return false;
        }
        for (int j = noun + 1; j < s.size(); j++) {
            Token t = s.token(j);
            if (t.is(Pos.PUNCTUATION)
                    || t.is(Pos.COORDINATOR)
                    || t.is(Pos.SUBORDINATOR)
                    || profile.dependentOpeners.contains(t.lower())) {
                return false;
            }
            if (t.is(Pos.AUXILIARY) || t.is(Pos.VERB) && !t.isBaseForm() && !profile.isParticiple(t)) {
                return true;
            }
        }
        return false;
    }

    /** A recommendation lead or modal before the main verb, or a predicate saying the subject helps. */
    private boolean recommends(Sentence s, int from, int to, int head) {
        List<Token> tokens = s.tokens();
        int end = to;
        for (int k = head + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (profile.dependentOpeners.contains(t.lower()) || t.is(Pos.SUBORDINATOR)) {
                end = k;
                break;
            }
        }
        for (int k = head; k < end; k++) {
            Phrases.Match m = profile.recommendationLeads.at(tokens, k, end);
            if (m != null
                    && !profile.negations.contains(
                            tokens.get(Math.min(m.to(), end - 1)).lower())
                    && hasContent(tokens, m.to(), end)) {
                return true;
            }
            Phrases.Match modal = profile.modals.at(tokens, k, end);
            if (modal != null && hasContent(tokens, modal.to(), end)) {
                return true;
            }
            Phrases.Match weak = profile.weakModals.at(tokens, k, end);
            if (weak != null
                    && hasVerb(tokens, weak.to(), end)
                    && !(weak.to() < end
                            && profile.experienceVerbs.contains(
                                    tokens.get(weak.to()).lemma()))) {
                for (int j = Math.max(head, k - 2); j < k; j++) {
                    if (audience.contains(tokens.get(j).lower())
                            || audience.contains(tokens.get(j).lemma())) {
                        return true;
                    }
                }
            }
            Phrases.Match praise = profile.helps.at(tokens, k, end);
            if (praise != null
                    && k > head
                    && tokens.get(k).pos().isVerbal()
                    && (profile.actsOn.at(tokens, k, end) == null || hasObject(tokens, praise.to(), end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a recommendation only says that its subject acts ("progesterone softens the tissue", "a warm shower
     * helps"), with no modal or lead telling the reader to do anything: in a section about causes that is how a
     * cause works, not advice.
     */
    boolean praisesOnly(Clause c) {
        if (c.mood() != Clause.Mood.RECOMMENDATION) {
            return false;
        }
        List<Token> tokens = c.sentence().tokens();
        for (int k = c.from(); k < c.to(); k++) {
            if (profile.recommendationLeads.at(tokens, k, c.to()) != null
                    || profile.modals.at(tokens, k, c.to()) != null
                    || profile.weakModals.at(tokens, k, c.to()) != null) {
                return false;
            }
        }
        for (int k = c.head() + 1; k < c.to(); k++) {
            if (profile.helps.at(tokens, k, c.to()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a content word stands in tokens {@code [from, to)}: "the main ways should be" advises nothing. */
    private static boolean hasContent(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).pos().isContent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether something the verb before {@code from} acts on stands in tokens {@code [from, to)}. */
    private static boolean hasObject(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is(Pos.NOUN) || t.is(Pos.PRONOUN) || t.is(Pos.DETERMINER)) {
                return true;
            }
            if (t.is(Pos.ADPOSITION) || t.is(Pos.SUBORDINATOR) || t.is(Pos.PUNCTUATION)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a verb stands in tokens {@code [from, to)}: a modal with none after it advises nothing. */
    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(Pos.VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verbless clause whose dash introduces a limit or a time: "Dinner – not later than 2 hours before sleep"
     * (a verb right after a preposition, "before sleep", is read as a noun).
     */
    private boolean elliptical(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token before = k > from ? s.token(k - 1) : null;
            boolean governed = before != null
                    && (before.is(Pos.ADPOSITION) || before.is(Pos.SUBORDINATOR) || profile.leadsNonFinite(before));
            if (s.token(k).pos().isVerbal() && !governed) {
                return false;
            }
        }
        for (int k = from + 1; k < to - 1; k++) {
            Token t = s.token(k);
            if (t.isPunctuation('\u2013') || t.isPunctuation('\u2014') || t.isPunctuation('-')) {
                return profile.ellipticalAdvice.at(s.tokens(), k + 1, to) != null;
            }
        }
        return false;
    }

    /** A rule explained by a command after its dash: "The bed is only for sleep – do not work in it". */
    private boolean commandAfterDash(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            Token t = s.token(k);
            if (t.isPunctuation('\u2013') || t.isPunctuation('\u2014')) {
                int j = k + 1;
                return profile.negatedImperative.at(s.tokens(), j, to) != null || isImperative(s, j, to, j);
            }
        }
        return false;
    }

    /**
     * Where a cause noun stands after the copula at {@code k} with only determiners, adjectives and adverbs
     * between them ("is also a fairly common cause of"), or -1.
     */
    private int causeNounAfterCopula(Sentence s, int k, int to) {
        if (!s.token(k).lemma().equals(profile.copula)) {
            return -1;
        }
        for (int j = k + 1; j < to; j++) {
            Token t = s.token(j);
            if (t.is(Pos.NOUN)) {
                return profile.causeNouns.contains(t.lemma()) && j + 1 < to ? j : -1;
            }
            if (!(t.is(Pos.DETERMINER) || t.is(Pos.ADJECTIVE) || t.is(Pos.ADVERB))) {
                return -1;
            }
        }
        return -1;
    }

    private Clause.Causal causal(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int k = from; k < to; k++) {
            Phrases.Match after = profile.causesAgentAfter.at(tokens, k, to);
            if (after != null && after.to() < to) {
                return new Clause.Causal(after.from(), after.to(), false, false);
            }
            Phrases.Match first = profile.causesAgentFirst.at(tokens, k, to);
            if (first != null && k > from && tokens.get(k).pos().isVerbal()) {
                return new Clause.Causal(first.from(), first.to(), true, false);
            }
            int noun = causeNounAfterCopula(s, k, to);
            if (noun > 0 && k > from) {
                return new Clause.Causal(k, noun + 1, true, false);
            }
        }
        for (int k = from + 1; k < to; k++) {
            Phrases.Match effect = profile.effects.at(tokens, k, to);
            if (effect != null && tokens.get(k).pos().isVerbal()) {
                return new Clause.Causal(effect.from(), effect.to(), true, true);
            }
        }
        return null;
    }
}
