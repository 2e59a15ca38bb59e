package dev.careguide.importer;

import java.util.Arrays;

/**
 * Cleaned text that remembers, for each of its characters, the offset of the source character it came from,
 * so a span of cleaned text maps back to the verbatim source span (and its lines). Immutable.
 */
final class MappedText {

    private final String text;
    private final int[] origin;

    MappedText(String text, int[] origin) {
        if (text.length() != origin.length) {
            throw new IllegalArgumentException("text and origin differ in length");
        }
        this.text = text;
        this.origin = origin;
    }

    /** Text that is its own source. */
    static MappedText identity(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new MappedText(text, origin);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Source offset of the character at {@code index}. */
    int origin(int index) {
        return origin[index];
    }

    /** Source range {@code [start, end)} covered by the cleaned range {@code [from, to)}. */
    int[] sourceRange(int from, int to) {
        if (from >= to) {
            int at = from < origin.length ? origin[from] : (origin.length == 0 ? 0 : origin[origin.length - 1] + 1);
            return new int[] {at, at};
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int i = from; i < to; i++) {
            start = Math.min(start, origin[i]);
            end = Math.max(end, origin[i] + 1);
        }
        return new int[] {start, end};
    }

    /** Replaces {@code [from, to)} by {@code replacement}; the new characters map to the replaced source span. */
    MappedText replace(int from, int to, String replacement) {
        int[] src = sourceRange(from, to);
        StringBuilder sb = new StringBuilder(text.length() - (to - from) + replacement.length());
        sb.append(text, 0, from).append(replacement).append(text, to, text.length());
        int[] o = new int[sb.length()];
        System.arraycopy(origin, 0, o, 0, from);
        for (int i = 0; i < replacement.length(); i++) {
            int span = Math.max(1, src[1] - src[0]);
            o[from + i] = src[0] + Math.min(span - 1, (int) ((long) i * span / Math.max(1, replacement.length())));
        }
        System.arraycopy(origin, to, o, from + replacement.length(), text.length() - to);
        return new MappedText(sb.toString(), o);
    }

    /** Builds mapped text one character at a time. */
    static final class Builder {
        private final StringBuilder text;
        private int[] origin;

        Builder(int capacity) {
            text = new StringBuilder(capacity + 16);
            origin = new int[capacity + 16];
        }

        Builder append(char c, int sourceOffset) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = sourceOffset;
            text.append(c);
            return this;
        }

        int length() {
            return text.length();
        }

        char charAt(int i) {
            return text.charAt(i);
        }

        void deleteCharAt(int i) {
            text.deleteCharAt(i);
            System.arraycopy(origin, i + 1, origin, i, text.length() - i);
        }

        void setLength(int n) {
            text.setLength(n);
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(origin, text.length()));
        }
    }
}
