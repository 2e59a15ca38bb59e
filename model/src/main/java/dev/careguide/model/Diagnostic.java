package dev.careguide.model;

import java.util.Objects;

/**
 * One problem found in a file, with its position (1-based line and column; 0 when unknown), a stable code
 * such as {@code icu-syntax} and a message. {@link #toString()} gives the {@code file:line:column: severity:
 * message} form IDEs and CI systems link.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING, INFO }

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

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
        if (!code.isEmpty()) {
            sb.append(" [").append(code).append(']');
        }
        return sb.toString();
    }
}
