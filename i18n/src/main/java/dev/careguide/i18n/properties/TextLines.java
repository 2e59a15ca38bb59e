package dev.careguide.i18n.properties;

import java.util.Arrays;

/**
 * A decoded file's text and where its lines start (LF, CRLF and a lone CR each end a line, as in
 * {@link java.util.Properties}): maps offsets to 1-based lines and columns counted in UTF-16 units.
 */
final class TextLines {

    private final String text;
    private final int[] starts;

    private TextLines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static TextLines of(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        if (text.indexOf('\r') < 0) {
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
        }
        return new TextLines(text, Arrays.copyOf(starts, count));
    }

    String text() {
        return text;
    }

    /** Number of lines (the empty line after a final line break counts). */
    int count() {
        return starts.length;
    }

    /** Offset where a 1-based line starts. */
    int start(int line) {
        return starts[line - 1];
    }

    /** 1-based line of a text offset. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 1-based column (UTF-16 units) of a text offset. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }
}
