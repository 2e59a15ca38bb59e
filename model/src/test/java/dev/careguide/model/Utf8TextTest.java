package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8TextTest {

    /** Bytes written as Java text with each {@code \xNN} standing for one byte. */
    private static byte[] bytes(String escaped) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); ) {
            if (escaped.startsWith("\\x", i)) {
                out.write(Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = escaped.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an invalid byte on the first line        | ab\\xFFc             | 1 | 3",
                "after LF                                 | ab\\ncd\\xC3         | 2 | 3",
                "after CRLF                               | ab\\r\\ncd\\xFF       | 2 | 3",
                "after a lone CR                          | ab\\rc\\xFF          | 2 | 2",
                "a CR just before it is a line end        | ab\\r\\xFF           | 2 | 1",
                "characters outside the BMP count as one  | 🦵🦵x\\xFF           | 1 | 4",
                "a TAB counts as one                      | \\tx\\xFF            | 1 | 3",
                "an earlier invalid byte counts as one    | \\xFF\\xFFx         | 1 | 1",
            })
    void theFirstInvalidByteIsReportedAtItsLineAndCodePointColumn(String what, String text, int line, int column) {
        byte[] input = bytes(text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"));

        assertThatThrownBy(() -> Utf8Text.strict(input, "f.txt"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.code()).isEqualTo(Utf8Text.INVALID_UTF8);
                    assertThat(d.line()).as("line").isEqualTo(line);
                    assertThat(d.column()).as("column").isEqualTo(column);
                });
    }

    @Test
    void everyInvalidByteIsListedAndReplaced() {
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes("a\\xFFb\nc\\xC3"), "f");

        assertThat(decoded.text()).isEqualTo("a\uFFFDb\nc\uFFFD");
        assertThat(decoded.invalidBytes())
                .extracting(Utf8Text.InvalidByte::line, Utf8Text.InvalidByte::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
    }

    @Test
    void aByteOrderMarkIsDroppedAndNoted() {
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes("\\xEF\\xBB\\xBFtext"), "f");

        assertThat(decoded.text()).isEqualTo("text");
        assertThat(decoded.byteOrderMark()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "UTF-16LE with BOM, UTF-16LE, true, UTF-16",
        "UTF-16BE with BOM, UTF-16BE, true, UTF-16",
        "UTF-16LE without BOM, UTF-16LE, false, UTF-16",
        "UTF-16BE without BOM, UTF-16BE, false, UTF-16",
        "UTF-32LE with BOM, UTF-32LE, true, UTF-32",
    })
    void wideTextIsOneErrorSayingSaveAsUtf8(String what, String charset, boolean bom, String name) {
        String text = (bom ? "\uFEFF" : "") + "title=Leg cramps\nsummary=Cramps at night\n".repeat(50);
        byte[] input = text.getBytes(java.nio.charset.Charset.forName(charset));

        assertThatThrownBy(() -> Utf8Text.decode(input, "messages_de.properties"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).code()).isEqualTo(Utf8Text.UTF16);
                    assertThat(e.diagnostics().get(0).message()).startsWith(name + " text: save it as UTF-8");
                });
    }

    @Test
    void aFewNulBytesInUtf8TextAreNotTakenForUtf16() {
        String text = "title=Leg\u0000cramps\n".repeat(20);

        assertThat(Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8), "f").text())
                .isEqualTo(text);
    }

    @Test
    void aDeviceIsRefusedBeforeItIsRead() {
        Path device = Path.of("/dev/null");
        if (!Files.exists(device)) {
            return;
        }
        assertThatThrownBy(() -> Utf8Text.readBytes(device, "/dev/null"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).message()).contains("not a regular file"));
    }

    @Test
    void aFolderAndAMissingFileAreRefusedNamingWhatTheyAre(@TempDir Path dir) {
        assertThatThrownBy(() -> Utf8Text.read(dir, "dir")).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> Utf8Text.read(dir.resolve("missing.txt"), "missing.txt"))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aBrokenLinkIsNamedAsOne(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));

        assertThatThrownBy(() -> Utf8Text.read(link, "link.txt")).hasMessageContaining("broken symbolic link");
    }

    @Test
    void aSurrogateWithoutItsOtherHalfIsFoundAndAPairIsNot() {
        assertThat(Utf8Text.loneSurrogate("a\uD83E\uDDB5b", 0)).isEqualTo(-1);
        assertThat(Utf8Text.loneSurrogate("ab\uD800c", 0)).isEqualTo(2);
        assertThat(Utf8Text.loneSurrogate("\uDDB5\uD83E", 0)).isEqualTo(0);
        assertThat(Utf8Text.loneSurrogate("\uDDB5x\uD83E", 1)).isEqualTo(2);
    }

    @Test
    void aFileLargerThanOneReadChunkIsReadWhole(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("Zeile ").append(i).append(": Wadenkrämpfe · ").append('\n');
        }
        Path file = dir.resolve("large.txt");
        Files.writeString(file, text);

        assertThat(Utf8Text.read(file, "large.txt")).isEqualTo(text.toString());
    }

    /** Texts whose chunked reading could differ from decoding the whole: lines across chunks, marks, bad bytes. */
    private static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> filesReadInChunks() {
        String line = "Zeile: Wadenkrämpfe · 🦵 Судороги\n";
        String many = line.repeat(8_000);
        String longLine = "x".repeat(200_000) + "ä\nnext\n";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("empty", new byte[0]),
                org.junit.jupiter.params.provider.Arguments.of("one short line", bytes("kurz")),
                org.junit.jupiter.params.provider.Arguments.of("many lines", many.getBytes(StandardCharsets.UTF_8)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "no line feed at all", "ü".repeat(100_000).getBytes(StandardCharsets.UTF_8)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a line longer than a chunk", longLine.getBytes(StandardCharsets.UTF_8)),
                org.junit.jupiter.params.provider.Arguments.of("a byte order mark", bytes("\\xEF\\xBB\\xBF" + many)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a byte order mark on a long first line", bytes("\\xEF\\xBB\\xBF" + longLine)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "an invalid byte late in the file", bytes(many + "a\\xFFb\n" + many)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a U+FFFD that is no invalid byte", (many + "\uFFFD").getBytes(StandardCharsets.UTF_8)),
                org.junit.jupiter.params.provider.Arguments.of(
                        "CRLF lines", many.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("filesReadInChunks")
    void aFileReadInChunksDecodesAsItsWholeBytesDo(String what, byte[] content, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.txt");
        Files.write(file, content);

        Utf8Text.Decoded whole = Utf8Text.decode(content, "f.txt");
        Utf8Text.Decoded chunked = Utf8Text.readDecoded(file, "f.txt");

        assertThat(chunked.text()).isEqualTo(whole.text());
        assertThat(chunked.byteOrderMark()).isEqualTo(whole.byteOrderMark());
        assertThat(chunked.invalidBytes()).isEqualTo(whole.invalidBytes());
    }

    @Test
    void aUtf16FileReadInChunksIsOneError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.txt");
        Files.write(file, "Cramps in the calf\n".repeat(10_000).getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> Utf8Text.readDecoded(file, "f.txt"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo(Utf8Text.UTF16));
        assertThatThrownBy(() -> Utf8Text.readDecoded(dir, "dir")).hasMessageContaining("is a folder");
    }
}
