package dev.careguide.importer;

import com.ibm.icu.text.Normalizer2;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1, decode: strict UTF-8 (an invalid byte is an error naming its line and byte offset), BOM removed,
 * CRLF / CR / LF line ends, each line NFC-normalized. Empty and binary files are rejected with the file named.
 */
final class SourceDecoder {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private SourceDecoder() {
    }

    static SourceDocument read(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw error(name, 0, 0, "not-a-file", "is a directory, not a text file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw error(name, 0, 0, "unreadable", "cannot read file: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    static SourceDocument decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length - start == 0) {
            throw error(name, 0, 0, "empty-file", "file is empty");
        }
        String text = strictDecode(bytes, start, name);
        if (text.indexOf('\0') >= 0) {
            rejectNul(bytes, start, bytes.length, name);
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

    /** Throws the binary-file error for the first NUL byte in {@code [start, end)}, if there is one. */
    private static void rejectNul(byte[] bytes, int start, int end, String name) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, start, i);
                throw error(name, at[0], at[1], "binary-file",
                        "binary file: NUL byte at line " + at[0] + ", byte offset " + i);
            }
        }
    }

    /**
     * The text of {@code bytes} from {@code start}; a NUL byte anywhere wins over an invalid one. The JDK's fast
     * lenient decoding is enough unless it put in a replacement character, which is then looked at strictly.
     */
    private static String strictDecode(byte[] bytes, int start, String name) {
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            rejectNul(bytes, start, bytes.length, name);
            int offset = in.position();
            int[] at = position(bytes, start, offset);
            throw error(name, at[0], at[1], "invalid-utf8", String.format(
                    "invalid UTF-8 byte 0x%02X at line %d, byte offset %d", bytes[offset] & 0xFF, at[0], offset));
        }
        decoder.flush(out);
        return new String(out.array(), 0, out.position());
    }

    /** Line (1-based) and column (1-based byte within the line) of a byte offset. */
    private static int[] position(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** Lines ended by CRLF, CR or LF; the line ends are found with {@link String#indexOf}, which is vectorized. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            int end = cr < 0 || lf >= 0 && lf < cr ? lf : cr;
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
