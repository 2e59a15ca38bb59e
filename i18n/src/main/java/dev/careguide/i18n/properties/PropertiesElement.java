package dev.careguide.i18n.properties;

import dev.careguide.model.LineIndex;

/** One element of a .properties file in file order: a blank line, a comment line or a property. */
public sealed interface PropertiesElement {

    /** 1-based line where the element starts. */
    int line();

    /** An empty or whitespace-only line. */
    record Blank(int line) implements PropertiesElement {}

    /** A comment line; {@code text} is the line from its {@code #} or {@code !} on. */
    record Comment(int line, String text) implements PropertiesElement {}

    /**
     * A key and its unescaped value. It keeps where it was read, so {@link #raw()} (the property's text as
     * written, continuation lines joined with LF) writes an unchanged property back exactly, and a problem
     * inside the value gets its exact line and column; positions are computed only when asked for.
     */
    final class Property implements PropertiesElement {
        private final LineIndex lines;
        private final int line;
        private final int keyOffset;
        private final String key;
        private final String value;
        private final int valueOffset;
        /** Offset of each value character when the value was not written as is (escapes, continuations). */
        private final int[] valueOffsets;

        private final int end;

        /** A property written on one line without escapes: its value is the text from {@code valueOffset} on. */
        Property(LineIndex lines, int line, int keyOffset, String key, String value, int valueOffset, int end) {
            this(lines, line, keyOffset, key, value, valueOffset, null, end);
        }

        Property(
                LineIndex lines,
                int line,
                int keyOffset,
                String key,
                String value,
                int valueOffset,
                int[] valueOffsets,
                int end) {
            this.lines = lines;
            this.line = line;
            this.keyOffset = keyOffset;
            this.key = key;
            this.value = value;
            this.valueOffset = valueOffset;
            this.valueOffsets = valueOffsets;
            this.end = end;
        }

        @Override
        public int line() {
            return line;
        }

        /** 1-based column of the key. */
        public int column() {
            return lines.column(keyOffset);
        }

        public String key() {
            return key;
        }

        public String value() {
            return value;
        }

        /** Line of the value's first character (of the property's end when the value is empty). */
        public int valueLine() {
            return lines.line(valueOffset);
        }

        public int valueColumn() {
            return lines.column(valueOffset);
        }

        /** The property's text as written, continuation lines joined with LF. */
        public String raw() {
            String raw = lines.text().substring(lines.start(line), end);
            return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        }

        /** Whether {@link #raw()} is {@code text}, compared in the file's text without copying it out. */
        public boolean rawEquals(CharSequence text) {
            String s = lines.text();
            int from = lines.start(line);
            int n = end - from;
            for (int i = 0; i < n && i < text.length(); i++) {
                char c = s.charAt(from + i);
                if (c == '\r') {
                    return raw().contentEquals(text);
                }
                if (c != text.charAt(i)) {
                    return false;
                }
            }
            return n == text.length();
        }

        /** Whether {@link #raw()} is {@code key=value} as written, compared in place. */
        public boolean rawEquals(String key, String value) {
            String s = lines.text();
            int from = lines.start(line);
            int k = key.length();
            return end - from == k + 1 + value.length()
                    && s.startsWith(key, from)
                    && s.charAt(from + k) == '='
                    && s.startsWith(value, from + k + 1);
        }

        /** {@code valueOffsets()[i]} is the offset in the file's text where value character {@code i} was written. */
        public int[] valueOffsets() {
            if (valueOffsets != null) {
                return valueOffsets.clone();
            }
            int[] offsets = new int[value.length()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = valueOffset + i;
            }
            return offsets;
        }

        /** The text offset of value character {@code index}, or just past the value's last character. */
        int offsetOf(int index) {
            if (valueOffsets == null) {
                return valueOffset + Math.min(index, value.length());
            }
            if (valueOffsets.length == 0) {
                return valueOffset;
            }
            return index < valueOffsets.length ? valueOffsets[index] : valueOffsets[valueOffsets.length - 1] + 1;
        }

        /** The line and column of value character {@code index} (its end when past the value). */
        int[] position(int index) {
            int offset = offsetOf(index);
            return new int[] {lines.line(offset), lines.column(offset)};
        }

        @Override
        public String toString() {
            return "Property[line=" + line + ", key=" + key + ", value=" + value + "]";
        }
    }
}
