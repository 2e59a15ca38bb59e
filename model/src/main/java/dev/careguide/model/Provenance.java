package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where an item came from: a document (path relative to the content root, with {@code /}), an inclusive
 * 1-based line range, and the verbatim source text of that span.
 */
@JsonPropertyOrder({"document", "startLine", "endLine", "text"})
public record Provenance(String document, int startLine, int endLine, String text) {

    public Provenance {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }
}
