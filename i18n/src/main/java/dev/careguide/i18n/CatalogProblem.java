package dev.careguide.i18n;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.Diagnostic.Severity;
import java.util.Objects;

/**
 * One problem in a catalog file: position (1-based; 0 when unknown), severity, a stable check code such as
 * {@code icu-syntax}, the locale and key concerned (empty when the problem is about the whole file) and, for
 * problems that involve two lines such as duplicate keys, the other line.
 */
public record CatalogProblem(
        Severity severity,
        String file,
        int line,
        int column,
        String code,
        String locale,
        String key,
        String message,
        int relatedLine) {

    public CatalogProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        locale = locale == null ? "" : locale;
        key = key == null ? "" : key;
    }

    /** This problem with another severity (from the check configuration). */
    public CatalogProblem withSeverity(Severity newSeverity) {
        return new CatalogProblem(newSeverity, file, line, column, code, locale, key, message, relatedLine);
    }

    /** The message with its locale and key: {@code [ru] cause.x.title: empty translation}. */
    public String qualifiedMessage() {
        StringBuilder sb = new StringBuilder();
        if (!locale.isEmpty()) {
            sb.append('[').append(locale).append("] ");
        }
        if (!key.isEmpty()) {
            sb.append(key).append(": ");
        }
        return sb.append(message).toString();
    }

    /** As a model {@link Diagnostic}, so the pipeline prints it like every other problem. */
    public Diagnostic toDiagnostic() {
        return new Diagnostic(severity, file, line, column, code, qualifiedMessage());
    }

    /**
     * The console form {@code file:line:column: severity: [locale] key: message [code]}, with control characters
     * and lone surrogates of keys and messages escaped ({@link Diagnostic#printable}).
     */
    @Override
    public String toString() {
        return toDiagnostic().toString();
    }
}
