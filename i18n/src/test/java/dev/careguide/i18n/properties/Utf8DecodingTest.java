package dev.careguide.i18n.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogProblem;
import dev.careguide.i18n.RandomText;
import dev.careguide.model.Diagnostic.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's bulk UTF-8 decoding (through {@link dev.careguide.model.Utf8Text}) gives the same text and the
 * same invalid-utf8 problems (line, code-point column, byte) as decoding byte by byte: one U+FFFD per invalid
 * byte, the first invalid byte of each line reported.
 */
class Utf8DecodingTest {

    /** Byte fragments: line breaks, properties syntax, valid sequences of every length, and broken ones. */
    private static final byte[][] FRAGMENTS = {
        bytes("a"),
        bytes("="),
        bytes("\n"),
        bytes("\r"),
        bytes("\r\n"),
        bytes("\\"),
        bytes(" "),
        bytes("Ж"),
        bytes("€"),
        bytes("\uD83D\uDE00"),
        bytes("\uFEFF"),
        {(byte) 0xFF},
        {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xC3},
        {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {(byte) 0xF5},
        {(byte) 0xC2},
    };

    static LongStream seeds() {
        return RandomText.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bulkDecodingAgreesWithByteByByteDecoding(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = random.nextInt(40); i > 0; i--) {
            out.writeBytes(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        byte[] b = out.toByteArray();
        List<CatalogProblem> expected = new ArrayList<>();
        String text = byteByByte(b, expected);
        expected.addAll(PropertiesReader.parse(text, "f", "de").problems());

        PropertiesFile actual = PropertiesReader.read(b, "f", "de");

        assertThat(actual.problems()).isEqualTo(expected);
        assertThat(actual.asMap())
                .isEqualTo(PropertiesReader.parse(text, "f", "de").asMap());
    }

    @Test
    void invalidByteAfterSupplementaryCharacterAndLoneCarriageReturnIsPlacedInCodePointColumns() {
        byte[] b = concat(
                bytes("a=\uD83D\uDE00"),
                new byte[] {(byte) 0xFF},
                bytes("\rb="),
                new byte[] {(byte) 0xC3},
                bytes("\r\nc=\u0416"),
                new byte[] {(byte) 0xE2, (byte) 0x82});
        PropertiesFile pf = PropertiesReader.read(b, "m", "de");
        assertThat(pf.problems())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly(
                        "1:4 invalid UTF-8 byte 0xFF (byte offset 6); save the file as UTF-8",
                        "2:3 invalid UTF-8 byte 0xC3 (byte offset 10); save the file as UTF-8",
                        "3:4 invalid UTF-8 byte 0xE2 (byte offset 17); save the file as UTF-8");
        assertThat(pf.asMap())
                .containsEntry("a", "\uD83D\uDE00\uFFFD")
                .containsEntry("b", "\uFFFD")
                .containsEntry("c", "\u0416\uFFFD\uFFFD");
    }

    /** The reader's earlier decoder, kept as the reference. */
    private static String byteByByte(byte[] b, List<CatalogProblem> problems) {
        StringBuilder sb = new StringBuilder();
        int line = 1;
        int column = 1;
        int lastBadLine = -1;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            problems.add(new CatalogProblem(
                    Severity.ERROR,
                    "f",
                    1,
                    1,
                    "byte-order-mark",
                    "de",
                    "",
                    "file starts with a UTF-8 byte order mark, which java.util.Properties reads as part of the "
                            + "first line; save the file as UTF-8 without BOM",
                    0));
        }
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                if (c == '\n' || (c == '\r' && (i >= b.length || b[i] != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            int cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                int cc = b[i + k] & 0xff;
                ok = (cc & 0xC0) == 0x80;
                cp = (cp << 6) | (cc & 0x3F);
            }
            ok = ok
                    && !(len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                    && !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
            if (ok) {
                sb.appendCodePoint(cp);
                column++;
                i += len;
            } else {
                if (lastBadLine != line) {
                    problems.add(new CatalogProblem(
                            Severity.ERROR,
                            "f",
                            line,
                            column,
                            "invalid-utf8",
                            "de",
                            "",
                            String.format("invalid UTF-8 byte 0x%02X (byte offset %d); save the file as UTF-8", c, i),
                            0));
                    lastBadLine = line;
                }
                sb.append('\uFFFD');
                column++;
                i++;
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
