package dev.careguide.i18n;

/** One element of a .properties file in file order: a blank line, a comment line or a property. */
public sealed interface PropertiesElement {

    /** 1-based line where the element starts. */
    int line();

    /** An empty or whitespace-only line. */
    record Blank(int line) implements PropertiesElement {
    }

    /** A comment line; {@code text} is the line from its {@code #} or {@code !} on. */
    record Comment(int line, String text) implements PropertiesElement {
    }

    /**
     * A key and its unescaped value. {@code raw} is the property's text as written (continuation lines joined
     * with LF), so an unchanged property is written back exactly; {@code valueOffsets[i]} is the offset in the
     * file's text where value character {@code i} was written, so a problem inside the value gets its exact
     * line and column.
     */
    record Property(int line, int column, String key, String value, int valueLine, int valueColumn, String raw,
            int[] valueOffsets) implements PropertiesElement {
    }
}
