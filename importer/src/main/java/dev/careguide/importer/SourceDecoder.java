package dev.careguide.importer;

import com.ibm.icu.text.Normalizer2;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.LineIndex;
import dev.careguide.model.Utf8Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1, decode: strict UTF-8 through {@link Utf8Text} (an invalid byte is an error naming its line and
 * column, UTF-16 text is one error), BOM removed, CRLF / CR / LF line ends, each line NFC-normalized. Empty and
 * binary files are rejected with the file named.
 */
final class SourceDecoder {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private SourceDecoder() {}

    static SourceDocument read(Path file, String name) {
        return decode(Utf8Text.readBytes(file, name), name);
    }

    static SourceDocument decode(byte[] bytes, String name) {
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, name);
        String text = decoded.text();
        if (text.isEmpty()) {
            throw error(name, 0, 0, "empty-file", "file is empty");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            LineIndex lines = LineIndex.of(text);
            int offset = 0;
            while (bytes[offset] != 0) {
                offset++;
            }
            throw error(
                    name,
                    lines.line(nul),
                    lines.column(nul),
                    "binary-file",
                    "binary file: NUL byte at line " + lines.line(nul) + ", byte offset " + offset);
        }
        if (!decoded.invalidBytes().isEmpty()) {
            Utf8Text.InvalidByte first = decoded.invalidBytes().get(0);
            throw error(name, first.line(), first.column(), Utf8Text.INVALID_UTF8, first.message());
        }
        List<String> lines = splitLines(text);
        boolean blank = lines.stream().allMatch(String::isBlank);
        if (blank) {
            throw error(name, 0, 0, "empty-file", "file contains no text");
        }
        if (NFC.isNormalized(text)) {
            return new SourceDocument(name, lines);
        }
        List<String> normalized = new ArrayList<>(lines.size());
        for (String line : lines) {
            normalized.add(NFC.isNormalized(line) ? line : NFC.normalize(line));
        }
        return new SourceDocument(name, normalized);
    }

    /** Lines ended by CRLF, CR or LF; the line ends are found with {@link String#indexOf}, which is vectorized. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            int end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
            lines.add(text.substring(lineStart, end));
            lineStart = end == cr && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (lf >= 0 && lf < lineStart) {
                lf = text.indexOf('\n', lineStart);
            }
            if (cr >= 0 && cr < lineStart) {
                cr = text.indexOf('\r', lineStart);
            }
        }
        if (lineStart < n) {
            lines.add(text.substring(lineStart, n));
        }
        return lines;
    }

    private static DiagnosticException error(String name, int line, int column, String code, String message) {
        return new DiagnosticException(Diagnostic.error(name, line, column, code, message));
    }
}
