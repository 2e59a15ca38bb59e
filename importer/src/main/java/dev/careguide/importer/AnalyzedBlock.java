package dev.careguide.importer;

import dev.careguide.model.Provenance;
import java.util.List;

/**
 * A block after cleaning and analysis: its cleaned text (mapped back to the source), its sentences and the
 * clauses of each sentence.
 */
record AnalyzedBlock(Block block, MappedText text, List<Sentence> sentences, List<List<Clause>> clauses) {

    AnalyzedBlock {
        sentences = List.copyOf(sentences);
        clauses = List.copyOf(clauses);
    }

    String text(Span span) {
        return span.of(text.text());
    }

    String text(Sentence s) {
        return text(s.span());
    }

    String text(Clause c) {
        return text(c.span());
    }

    /** The source lines and verbatim source text that a span of the cleaned text came from. */
    Provenance provenance(Span span) {
        int[] src = text.sourceRange(span.start(), span.end());
        return new Provenance(
                block.document(),
                block.lineOf(src[0]),
                block.lineOf(Math.max(src[0], src[1] - 1)),
                block.source().substring(src[0], src[1]));
    }

    Provenance provenance() {
        return provenance(new Span(0, text.length()));
    }

    boolean isListItem() {
        return block.kind().isListItem();
    }
}
