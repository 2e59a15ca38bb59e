package dev.careguide.pipeline;

import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.IdRegistry;
import dev.careguide.importer.ImportOptions;
import dev.careguide.importer.ImportReport;
import dev.careguide.importer.ImportReportCodec;
import dev.careguide.importer.ImportResult;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import dev.careguide.model.GuideValidator;
import dev.careguide.model.ValidationProblem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one place that calls the importer: imports guides, and writes their model and report. */
final class Importing {

    /** The importer's settings; {@code editorialSeverity} is {@code error} or {@code warning}. */
    record Options(
            Path rulesFile,
            Path glossaryFile,
            Path editorialFile,
            String sourceLocale,
            Path idsFile,
            String editorialSeverity) {

        Options(Path rulesFile, Path glossaryFile, Path editorialFile, String sourceLocale) {
            this(rulesFile, glossaryFile, editorialFile, sourceLocale, null, "error");
        }
    }

    /**
     * One imported guide: the model, the importer's warnings as diagnostics, the import report (written as a
     * stream, never held as one string), the number of defects it lists, the guide's id registry entries and
     * the items that continue an earlier item under a new id (item id → former id).
     */
    record Result(
            Guide guide,
            List<Diagnostic> warnings,
            ImportReport report,
            int defects,
            List<IdRegistry.Entry> registryEntries,
            Map<String, String> formerIds) {}

    private final Options options;
    private final GuideImporter importer;

    /** @throws DiagnosticException when the rules, glossary or editorial file is bad */
    Importing(Options options) {
        this.options = options;
        this.importer = new GuideImporter(new ImportOptions(
                options.rulesFile(),
                options.glossaryFile(),
                options.editorialFile(),
                options.sourceLocale(),
                options.idsFile(),
                severity(options.editorialSeverity())));
    }

    /** {@code error} or {@code warning} as a severity; anything else is a usage problem caught before this. */
    static Diagnostic.Severity severity(String name) {
        return switch (name) {
            case "warning" -> Diagnostic.Severity.WARNING;
            case "error" -> Diagnostic.Severity.ERROR;
            default ->
                throw new IllegalArgumentException("editorialSeverity must be error or warning, not '" + name + "'");
        };
    }

    /** The editorial file's problems that belong to no single guide (see {@link GuideImporter#editorialProblems}). */
    List<Diagnostic> editorialProblems(Collection<String> guideIds) {
        return importer.editorialProblems(guideIds);
    }

    /** The id registry the guides are imported against. */
    IdRegistry registry() {
        return importer.registry();
    }

    /**
     * Imports {@code source}, naming its documents relative to {@code contentRoot}; diagnostics about a document
     * name its full path, so IDEs and CI link them.
     *
     * @throws DiagnosticException when the articles are bad
     */
    Result importGuide(GuideSource source, Path contentRoot) {
        try {
            ImportResult result = importer.importGuide(source.id(), source.documents(), contentRoot);
            checkValid(result.guide(), source);
            ImportReport report = result.report();
            List<Diagnostic> warnings = new ArrayList<>();
            report.warnings().forEach(d -> warnings.add(located(d, contentRoot)));
            Map<String, String> formerIds = new TreeMap<>();
            report.idChanges().forEach(c -> formerIds.put(c.itemId(), c.formerId()));
            return new Result(
                    result.guide(), warnings, report, report.defects().size(), result.registryEntries(), formerIds);
        } catch (DiagnosticException e) {
            throw new DiagnosticException(
                    e.diagnostics().stream().map(d -> located(d, contentRoot)).toList(), e);
        }
    }

    /** Writes the model and the report atomically. */
    static ImportOutcome.ImportedGuide write(Result result, Path modelFile, Path reportFile) {
        new GuideCodec().write(result.guide(), modelFile);
        new ImportReportCodec().write(result.report(), reportFile);
        return new ImportOutcome.ImportedGuide(
                result.guide().id(),
                modelFile,
                reportFile,
                result.guide().items().size());
    }

    /**
     * Refuses a guide the model does not accept (no heading to take the title from, say) with the articles and
     * the reason, before anything is written: a content error, not a problem of a {@code model.json}.
     */
    private static void checkValid(Guide guide, GuideSource source) {
        List<ValidationProblem> problems = new GuideValidator().validate(guide);
        if (problems.isEmpty()) {
            return;
        }
        String article = source.documents().get(0).toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ValidationProblem problem : problems) {
            String message = problem.path().equals("$.title")
                    ? "no guide title: the article has no heading line to take it from (a short line of its own"
                            + " at the top, e.g. \"Leg cramps at night\")"
                    : "the articles of guide " + guide.id() + " give no valid guide: " + problem;
            diagnostics.add(Diagnostic.error(article, 0, 0, "guide-invalid", message));
        }
        throw new DiagnosticException(diagnostics);
    }

    private static Diagnostic located(Diagnostic diagnostic, Path contentRoot) {
        if (diagnostic.file().isEmpty()) {
            return diagnostic;
        }
        try {
            Path file = contentRoot.resolve(diagnostic.file()).normalize();
            if (!Files.exists(file)) {
                return diagnostic;
            }
            return new Diagnostic(
                    diagnostic.severity(),
                    file.toString(),
                    diagnostic.line(),
                    diagnostic.column(),
                    diagnostic.code(),
                    diagnostic.message());
        } catch (InvalidPathException e) {
            return diagnostic;
        }
    }
}
