package dev.careguide.importer;

/**
 * One token of analyzed text: its span in the text it was read from, its form as written and lower-cased, its
 * word class and its lemma (the dictionary form: "caused" is "cause", "is" is "be").
 */
record Token(Span span, String form, String lower, Pos pos, String lemma) {

    boolean is(Pos p) {
        return pos == p;
    }

    /** Whether the token is written in its dictionary form ("go", not "goes"): an imperative's verb is. */
    boolean isBaseForm() {
        return lemma.equals(lower);
    }

    boolean isWord() {
        return pos != Pos.PUNCTUATION && Character.isLetterOrDigit(form.codePointAt(0));
    }

    boolean isPunctuation(char c) {
        return form.length() == 1 && form.charAt(0) == c;
    }
}
