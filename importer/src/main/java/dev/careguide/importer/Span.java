package dev.careguide.importer;

/** A range {@code [start, end)} of characters (or tokens) in some text; never negative, never reversed. */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }

    boolean isEmpty() {
        return end == start;
    }

    boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
