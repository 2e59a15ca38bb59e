package dev.careguide.model;

import java.util.Objects;

/**
 * One problem found in a file, with its position, a stable code such as {@code icu-syntax} and a message.
 * {@link #toString()} gives the {@code file:line:column: severity: message} form IDEs and CI systems link.
 *
 * <p>Positions follow one convention in every module: {@code line} is 1-based, and LF, CRLF and a lone CR each
 * end a line; {@code column} is 1-based and counts Unicode code points from the start of the line (a TAB is one
 * column, a character outside the BMP is one column, a byte that is not valid UTF-8 is one column). Either is 0
 * when unknown. {@link Utf8Text} and {@link LineIndex} compute positions this way; SARIF reports declare it as
 * {@code columnKind: unicodeCodePoints}.
 *
 * <p>{@link #toString()} never prints a control character, a lone surrogate or a bidirectional formatting
 * character as it is: each is shown as a {@code \\uXXXX} escape (see {@link #printable(String)}), so text read
 * from a file cannot garble or spoof the terminal or a CI log.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        code = code == null ? "" : code;
    }

    public static Diagnostic error(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, code, message);
    }

    public static Diagnostic warning(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, code, message);
    }

    /** This diagnostic at another file name (e.g. the full path of a document named relatively). */
    public Diagnostic inFile(String otherFile) {
        return new Diagnostic(severity, otherFile, line, column, code, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(printable(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ")
                .append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(": ")
                .append(printable(message));
        if (!code.isEmpty()) {
            sb.append(" [").append(code).append(']');
        }
        return sb.toString();
    }

    /**
     * The text with every character a terminal would act on or that could reorder the line written as a
     * {@code \\uXXXX} escape: C0 and C1 control characters (line breaks and TAB included) and DEL, lone
     * surrogates, and the bidirectional embedding, override and isolate characters (U+202A–U+202E,
     * U+2066–U+2069, U+200E, U+200F, U+061C).
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the character at {@code i} is one {@link #printable} escapes. */
    public static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
