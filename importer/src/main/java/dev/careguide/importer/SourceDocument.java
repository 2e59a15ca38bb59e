package dev.careguide.importer;

import java.util.List;

/**
 * One decoded input file: its name as written in provenance ({@code document}) and its lines, NFC-normalized
 * but otherwise verbatim (line terminators and a leading BOM removed). Line {@code n} is {@code lines.get(n - 1)}.
 */
record SourceDocument(String name, List<String> lines) {

    SourceDocument {
        lines = List.copyOf(lines);
    }

    String line(int number) {
        return lines.get(number - 1);
    }
}
