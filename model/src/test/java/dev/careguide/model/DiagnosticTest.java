package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosticTest {

    /** The text with each {@code \\uXXXX} turned into its character. */
    private static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NUL            | a\\u0000b      | a\\u0000b",
                "BEL            | \\u0007        | \\u0007",
                "ESC sequence   | \\u001B[31mred | \\u001B[31mred",
                "DEL            | x\\u007F       | x\\u007F",
                "C1 control     | \\u0085        | \\u0085",
                "line break     | a\\u000Ab      | a\\u000Ab",
                "TAB            | a\\u0009b      | a\\u0009b",
                "bidi override  | \\u202Eevil    | \\u202Eevil",
                "lone surrogate | x\\uD800y      | x\\uD800y",
                "a pair stays   | \\uD83E\\uDDB5 | 🦵",
                "plain text     | Судороги ног   | Судороги ног",
            })
    void printableEscapesWhatATerminalWouldActOn(String what, String text, String expected) {
        assertThat(Diagnostic.printable(unescape(text))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void toStringNeverPrintsAControlCharacter() {
        String line = Diagnostic.error("a\u0000b.txt", 3, 4, "code", "bad \u001B[2J text")
                .toString();

        assertThat(line).isEqualTo("a\\u0000b.txt:3:4: error: bad \\u001B[2J text [code]");
        assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x7F);
    }
}
