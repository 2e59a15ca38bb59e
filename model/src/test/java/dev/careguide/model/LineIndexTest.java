package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineIndexTest {

    @ParameterizedTest(name = "offset {1} of \"{0}\" is {2}:{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abc\\ndef     | 5 | 2 | 2",
                "abc\\r\\ndef  | 5 | 2 | 1",
                "abc\\rdef     | 4 | 2 | 1",
                "🦵🦵x         | 4 | 1 | 3",
                "a\\tb         | 2 | 1 | 3",
                "abc           | 0 | 1 | 1",
            })
    void columnsCountCodePointsFromOne(String text, int offset, int line, int column) {
        LineIndex lines =
                LineIndex.of(text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"));

        assertThat(lines.line(offset)).isEqualTo(line);
        assertThat(lines.column(offset)).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource({"1, 5, 3", "1, 1, 1", "2, 2, 2", "1, 0, 0"})
    void aUtf16ColumnBecomesACodePointColumn(int line, int utf16Column, int expected) {
        LineIndex lines = LineIndex.of("🦵🦵x\nab");

        assertThat(lines.codePointColumn(line, utf16Column)).isEqualTo(expected);
    }
}
