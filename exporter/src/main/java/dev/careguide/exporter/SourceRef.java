package dev.careguide.exporter;

/**
 * Where an item came from: the source document (relative path) and its inclusive 1-based line range. The
 * source text itself stays out of the bundle.
 */
public record SourceRef(String document, int startLine, int endLine) {}
