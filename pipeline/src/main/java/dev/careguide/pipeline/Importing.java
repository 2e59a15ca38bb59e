package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import java.nio.file.Path;
import java.util.List;

/** The one place that calls the importer: imports a guide, and writes its model and report. */
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

    private Importing() {
    }

    /**
     * Imports {@code source}, naming its documents relative to {@code contentRoot}.
     *
     * @throws DiagnosticException when the articles or option files are bad
     */
    static Result importGuide(Options options, GuideSource source, Path contentRoot) {
        throw new DiagnosticException(Diagnostic.error(contentRoot.toString(), 0, 0, "not-available",
                "the importer is not available in this build of careguide yet"));
    }

    /** Writes the model and the report atomically. */
    static ImportOutcome.ImportedGuide write(Result result, Path modelFile, Path reportFile) {
        new GuideCodec().write(result.guide(), modelFile);
        AtomicFiles.writeString(reportFile, result.reportJson());
        return new ImportOutcome.ImportedGuide(result.guide().id(), modelFile, reportFile,
                result.guide().items().size());
    }
}
