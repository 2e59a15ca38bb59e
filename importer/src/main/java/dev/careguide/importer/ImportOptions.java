package dev.careguide.importer;

import java.nio.file.Path;

/**
 * What an import is configured with: an optional rules file (extends or overrides the built-in rules), an
 * optional glossary (terminology fixes applied before extraction), an optional editorial file (the content
 * team's decisions, applied after extraction) and the source locale. A {@code null} path means "not given".
 */
public record ImportOptions(Path rulesFile, Path glossaryFile, Path editorialFile, String sourceLocale) {

    /** The source locale used when none is given. */
    public static final String DEFAULT_SOURCE_LOCALE = "en";

    public ImportOptions {
        sourceLocale = sourceLocale == null || sourceLocale.isBlank() ? DEFAULT_SOURCE_LOCALE : sourceLocale;
    }

    /** Built-in rules only, no glossary, no editorial file, English source. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, DEFAULT_SOURCE_LOCALE);
    }

    public ImportOptions withRulesFile(Path file) {
        return new ImportOptions(file, glossaryFile, editorialFile, sourceLocale);
    }

    public ImportOptions withGlossaryFile(Path file) {
        return new ImportOptions(rulesFile, file, editorialFile, sourceLocale);
    }

    public ImportOptions withEditorialFile(Path file) {
        return new ImportOptions(rulesFile, glossaryFile, file, sourceLocale);
    }
}
