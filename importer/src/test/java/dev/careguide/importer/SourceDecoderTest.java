package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void bomCrlfAndCrAreHandled() {
        byte[] bytes = "\uFEFFfirst\r\nsecond\rthird\n".getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = SourceDecoder.decode(bytes, "a.txt");
        assertThat(doc.lines()).containsExactly("first", "second", "third");
    }

    @Test
    void linesAreNfcNormalized() {
        SourceDocument doc = SourceDecoder.decode("cafe\u0301".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.line(1)).isEqualTo("caf\u00E9");
    }

    @Test
    void invalidUtf8NamesLineAndByteOffset() {
        byte[] bytes = {'o', 'k', '\n', 'b', 'a', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> SourceDecoder.decode(bytes, "bad.txt"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.file()).isEqualTo("bad.txt");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(3);
                    assertThat(d.code()).isEqualTo("invalid-utf8");
                    assertThat(d.message()).contains("byte offset 5");
                });
    }

    @Test
    void emptyFileIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[0], "empty.txt"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("empty.txt")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SourceDecoder.decode(" \n\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("blank.txt");
    }

    @Test
    void binaryFileIsRejected() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1};
        assertThatThrownBy(() -> SourceDecoder.decode(bytes, "archive.zip"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("binary-file"))
                .hasMessageContaining("archive.zip");
    }

    @Test
    void aNulByteWinsOverAnEarlierInvalidByte() {
        byte[] bytes = {'o', 'k', (byte) 0xFF, '\n', 'x', 0, 'y'};
        assertThatThrownBy(() -> SourceDecoder.decode(bytes, "mixed.bin"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.code()).isEqualTo("binary-file");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.message()).contains("byte offset 5");
                });
    }

    @Test
    void onlyLinesThatAreNotNfcAreNormalized() {
        SourceDocument doc =
                SourceDecoder.decode("plain\ncafe\u0301\ne\n\u0301".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.lines()).containsExactly("plain", "caf\u00E9", "e", "\u0301");
    }

    @Test
    void everyKindOfLineEndEndsALine() {
        String text = "a\r\n\r\nb\r\rc\n\nd\r\n\re\n\r\nf";
        SourceDocument doc = SourceDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.lines()).containsExactly("a", "", "b", "", "c", "", "d", "", "e", "", "f");
        assertThat(SourceDecoder.decode("x\r".getBytes(StandardCharsets.UTF_8), "b.txt")
                        .lines())
                .containsExactly("x");
    }
}
