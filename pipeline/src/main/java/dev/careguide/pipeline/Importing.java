package dev.careguide.pipeline;

import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.ImportOptions;
import dev.careguide.importer.ImportReport;
import dev.careguide.importer.ImportReportCodec;
import dev.careguide.importer.ImportResult;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
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
     * One imported guide: the model, the importer's warnings as diagnostics, the {@code import-report.json}
     * text and the number of defects it lists.
     */
    record Result(Guide guide, List<Diagnostic> warnings, String reportJson, int defects) {
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
            ImportReport report = result.report();
            List<Diagnostic> warnings = new ArrayList<>();
            report.warnings().forEach(d -> warnings.add(located(d, contentRoot)));
            String editorial = options.editorialFile() == null ? "" : options.editorialFile().toString();
            for (ImportReport.EditorialProblem problem : report.editorialProblems()) {
                warnings.add(Diagnostic.warning(editorial, 0, 0, problem.code(),
                        problem.guideId() + " / " + problem.itemId() + ": " + problem.message()));
            }
            return new Result(result.guide(), warnings, new ImportReportCodec().toJson(report),
                    report.defects().size());
        } catch (DiagnosticException e) {
            throw new DiagnosticException(e.diagnostics().stream().map(d -> located(d, contentRoot)).toList(), e);
        }
    }

    /** Writes the model and the report atomically. */
    static ImportOutcome.ImportedGuide write(Result result, Path modelFile, Path reportFile) {
        new GuideCodec().write(result.guide(), modelFile);
        AtomicFiles.write(reportFile, result.reportJson());
        return new ImportOutcome.ImportedGuide(result.guide().id(), modelFile, reportFile,
                result.guide().items().size());
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
