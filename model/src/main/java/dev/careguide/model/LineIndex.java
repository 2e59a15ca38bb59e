package dev.careguide.model;

import java.util.Arrays;

/**
 * Where the lines of a decoded text start, to turn a character offset into the line and column every
 * {@link Diagnostic} uses: LF, CRLF and a lone CR each end a line, columns count code points from 1.
 */
public final class LineIndex {

    private final String text;
    private final int[] starts;

    private LineIndex(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    public static LineIndex of(String text) {
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
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    public String text() {
        return text;
    }

    /** Number of lines (the empty line after a final line break counts). */
    public int count() {
        return starts.length;
    }

    /** Offset where a 1-based line starts. */
    public int start(int line) {
        return starts[line - 1];
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
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

    /** 1-based column of a character offset: code points from the start of its line. */
    public int column(int offset) {
        int start = starts[line(offset) - 1];
        int end = Math.min(offset, text.length());
        return end <= start ? 1 : text.codePointCount(start, end) + 1;
    }

    /**
     * The code-point column of a position given as a 1-based line and a 1-based column counted in UTF-16
     * units (as Java strings, Jackson's char-based parsers and ICU count); 0 stays 0.
     */
    public int codePointColumn(int line, int utf16Column) {
        if (line < 1 || line > starts.length || utf16Column < 1) {
            return utf16Column;
        }
        return column(start(line) + utf16Column - 1);
    }
}
