package dev.careguide.importer;

import dev.careguide.model.Diagnostic;
import java.nio.file.Path;

/**
 * What an import is configured with: an optional rules file (extends or overrides the built-in rules), an
 * optional glossary (terminology fixes applied before extraction), an optional editorial file (the content
 * team's decisions, applied after extraction), the source locale, an optional id registry ({@link IdRegistry};
 * a path whose file does not exist means none) and how bad a problem in the editorial file is ({@code ERROR},
 * the default, or {@code WARNING}). A {@code null} path means "not given".
 */
public record ImportOptions(
        Path rulesFile,
        Path glossaryFile,
        Path editorialFile,
        String sourceLocale,
        Path idsFile,
        Diagnostic.Severity editorialSeverity) {

    /** The source locale used when none is given. */
    public static final String DEFAULT_SOURCE_LOCALE = "en";

    public ImportOptions {
        sourceLocale = sourceLocale == null || sourceLocale.isBlank() ? DEFAULT_SOURCE_LOCALE : sourceLocale;
        editorialSeverity = editorialSeverity == null ? Diagnostic.Severity.ERROR : editorialSeverity;
        if (editorialSeverity == Diagnostic.Severity.INFO) {
            throw new IllegalArgumentException("editorial problems are errors or warnings, never only information");
        }
    }

    /** Options without an id registry, editorial problems as errors. */
    public ImportOptions(Path rulesFile, Path glossaryFile, Path editorialFile, String sourceLocale) {
        this(rulesFile, glossaryFile, editorialFile, sourceLocale, null, null);
    }

    /** Built-in rules only, no glossary, no editorial file, no registry, English source. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, DEFAULT_SOURCE_LOCALE);
    }

    public ImportOptions withRulesFile(Path file) {
        return new ImportOptions(file, glossaryFile, editorialFile, sourceLocale, idsFile, editorialSeverity);
    }

    public ImportOptions withGlossaryFile(Path file) {
        return new ImportOptions(rulesFile, file, editorialFile, sourceLocale, idsFile, editorialSeverity);
    }

    public ImportOptions withEditorialFile(Path file) {
        return new ImportOptions(rulesFile, glossaryFile, file, sourceLocale, idsFile, editorialSeverity);
    }

    public ImportOptions withIdsFile(Path file) {
        return new ImportOptions(rulesFile, glossaryFile, editorialFile, sourceLocale, file, editorialSeverity);
    }

    public ImportOptions withEditorialSeverity(Diagnostic.Severity severity) {
        return new ImportOptions(rulesFile, glossaryFile, editorialFile, sourceLocale, idsFile, severity);
    }
}
