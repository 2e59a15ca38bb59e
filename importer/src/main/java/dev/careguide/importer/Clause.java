package dev.careguide.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a sentence that states one thing, with what its grammar says: where its main clause starts (after
 * a leading "If ..., " or "In the evening"), its mood, whether it is negated, the causal connective it uses, the
 * stance it takes, whether it opens by referring back, and whether the author speaks of the text ("We will
 * list ..."). Token indices are those of the sentence.
 */
record Clause(
        Sentence sentence,
        int from,
        int to,
        int head,
        Mood mood,
        boolean negated,
        Causal causal,
        Set<Stance> stance,
        boolean anaphoric,
        boolean authorial) {

    /** How a clause speaks. */
    enum Mood {
        /** Tells the reader to do (or not to do) something: "Lie on the left side", "Do not sit". */
        IMPERATIVE,
        /** Recommends or praises: "it is better to rinse", "you should", "a warm shower helps". */
        RECOMMENDATION,
        /** Asks: "Is sport allowed?" */
        QUESTION,
        /** States a fact. */
        STATEMENT
    }

    /** How a clause judges what it speaks of. */
    enum Stance {
        /** Harmful or forbidden: "contraindicated", "under the ban", "dangerous". */
        UNSAFE,
        /** Ruled out as a habit: "it is impossible", "better not". */
        PROHIBITION,
        /** Allowed only with a doctor: "only after the doctor", "prescribed by the doctor". */
        DOCTOR_ONLY,
        /** Advised by someone who is not a doctor: "a friend advised", "on the forums". */
        HEARSAY,
        /** Allowed only within limits the text sets on it: "over swollen knots it is impossible to massage". */
        RESTRICTED
    }

    /**
     * A causal connective at tokens {@code [from, to)}; the cause stands before it when {@code agentFirst}; a
     * {@code weak} one only names a bodily effect ("presses on") and counts as causal in a section about causes.
     */
    record Causal(int from, int to, boolean agentFirst, boolean weak) {}

    Clause {
        stance = stance.isEmpty() ? EnumSet.noneOf(Stance.class) : EnumSet.copyOf(stance);
    }

    List<Token> tokens() {
        return sentence.tokens().subList(from, to);
    }

    Span span() {
        return sentence.span(from, to);
    }

    boolean has(Stance s) {
        return stance.contains(s);
    }

    /** The same clause read in another mood. */
    Clause withMood(Mood other) {
        return new Clause(sentence, from, to, head, other, negated, causal, stance, anaphoric, authorial);
    }

    boolean isAdvice() {
        return mood == Mood.IMPERATIVE || mood == Mood.RECOMMENDATION;
    }

    int size() {
        return to - from;
    }
}
