package dev.careguide.pipeline;

import dev.careguide.importer.GuideImporter;
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
import java.util.List;

/** The one place that calls the importer: imports guides, and writes their model and report. */
final class Importing {

    /** The importer's settings. */
    record Options(Path rulesFile, Path glossaryFile, Path editorialFile, String sourceLocale) {
    }

    /**
     * One imported guide: the model, the importer's warnings as diagnostics, the import report (written as a
     * stream, never held as one string) and the number of defects it lists.
     */
    record Result(Guide guide, List<Diagnostic> warnings, ImportReport report, int defects) {
    }

    private final Options options;
    private final GuideImporter importer;

    /** @throws DiagnosticException when the rules, glossary or editorial file is bad */
    Importing(Options options) {
        this.options = options;
        this.importer = new GuideImporter(new ImportOptions(options.rulesFile(), options.glossaryFile(),
                options.editorialFile(), options.sourceLocale()));
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
            String editorial = options.editorialFile() == null ? "" : options.editorialFile().toString();
            for (ImportReport.EditorialProblem problem : report.editorialProblems()) {
                warnings.add(Diagnostic.warning(editorial, 0, 0, problem.code(),
                        problem.guideId() + " / " + problem.itemId() + ": " + problem.message()));
            }
            return new Result(result.guide(), warnings, report, report.defects().size());
        } catch (DiagnosticException e) {
            throw new DiagnosticException(e.diagnostics().stream().map(d -> located(d, contentRoot)).toList(), e);
        }
    }

    /** Writes the model and the report atomically. */
    static ImportOutcome.ImportedGuide write(Result result, Path modelFile, Path reportFile) {
        new GuideCodec().write(result.guide(), modelFile);
        new ImportReportCodec().write(result.report(), reportFile);
        return new ImportOutcome.ImportedGuide(result.guide().id(), modelFile, reportFile,
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
            return new Diagnostic(diagnostic.severity(), file.toString(), diagnostic.line(), diagnostic.column(),
                    diagnostic.code(), diagnostic.message());
        } catch (InvalidPathException e) {
            return diagnostic;
        }
    }
}
