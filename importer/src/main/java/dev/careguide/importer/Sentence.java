package dev.careguide.importer;

import java.util.List;

/** A sentence of a block's cleaned text: its span in that text, and its tokens (their spans are in that text too). */
record Sentence(Span span, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The span of text that tokens {@code [from, to)} cover. */
    Span span(int from, int to) {
        if (from >= to) {
            int at = from < tokens.size() ? tokens.get(from).span().start() : span.end();
            return new Span(at, at);
        }
        return new Span(
                tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
