package dev.careguide.pipeline;

import dev.careguide.i18n.CatalogMemory;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.i18n.memory.TmxReader;
import dev.careguide.i18n.memory.TmxWriter;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.i18n.xliff.XliffExporter;
import dev.careguide.i18n.xliff.XliffImporter;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Translations in and out of CAT tools: XLIFF per guide and locale, TMX for the whole project, and the project's
 * translation memory ({@link ProjectLayout#memoryFile()}) that {@code tmx import} fills and sync and the XLIFF
 * export draw suggestions from.
 */
final class TranslationExchange {

    private final PipelineConfig config;

    TranslationExchange(PipelineConfig config) {
        this.config = config;
    }

    private Path i18nDirectory() {
        return config.layout().i18nDirectory();
    }

    private Path memoryFile() {
        return config.layout().memoryFile();
    }

    /**
     * The project's imported memory; empty when there is none.
     *
     * @throws DiagnosticException when the memory file cannot be read
     */
    TranslationMemory importedMemory() {
        Path file = memoryFile();
        if (!Files.isRegularFile(file)) {
            return TranslationMemory.empty();
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<TranslationMemory.Entry> entries = TmxReader.read(
                file,
                CatalogPaths.display(file),
                config.sourceLocale(),
                file.getFileName().toString(),
                problems);
        List<Diagnostic> errors = problems.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            throw new DiagnosticException(errors);
        }
        TranslationMemory.Builder builder = TranslationMemory.builder();
        entries.forEach(builder::add);
        return builder.build();
    }

    /** The imported memory and every guide's current translations in the target locales. */
    private TranslationMemory projectMemory(List<Guide> guides, List<String> targets) {
        TranslationMemory.Builder builder = TranslationMemory.builder().addAll(importedMemory());
        List<String> tags = targets.stream().filter(t -> !Locales.isPseudo(t)).toList();
        CatalogRules rules = CatalogRules.defaults();
        for (Guide g : guides) {
            CatalogMemory.add(builder, i18nDirectory(), g.id(), SourceStrings.of(g, rules), tags);
        }
        return builder.build();
    }

    /** Writes {@code <directory>/<guide>.<locale>.xlf} for every guide and target locale. */
    ExchangeOutcome exportXliff(List<Guide> guides, List<String> targets, Path directory) {
        TranslationMemory memory = projectMemory(guides, targets);
        XliffExporter exporter = new XliffExporter();
        List<Path> written = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        // Every guide is checked before any file is written.
        for (Guide g : guides) {
            problems.addAll(exporter.problems(g, i18nDirectory(), targets));
        }
        if (!problems.isEmpty()) {
            return ExchangeOutcome.failed(problems);
        }
        for (Guide g : guides) {
            written.addAll(exporter.export(g, i18nDirectory(), targets, directory, memory));
        }
        return new ExchangeOutcome(true, List.of(), written, written.size() + " XLIFF file(s) in " + directory);
    }

    /** Writes the targets of XLIFF files back into the catalogs; nothing is written when a file has an error. */
    ExchangeOutcome importXliff(List<Guide> guides, List<Path> files) {
        try {
            XliffImporter.Result result = new XliffImporter().importFiles(files, guides, i18nDirectory());
            return new ExchangeOutcome(
                    true,
                    result.warnings(),
                    result.written(),
                    result.changedEntries()
                            + " translation(s) changed in " + result.written().size() + " catalog(s); "
                            + result.unchanged().size() + " catalog(s) already up to date");
        } catch (DiagnosticException e) {
            return ExchangeOutcome.failed(e.diagnostics());
        }
    }

    /** Writes every current translation of every guide as one TMX file. */
    ExchangeOutcome exportTmx(List<Guide> guides, List<String> targets, Path file) {
        TranslationMemory.Builder builder = TranslationMemory.builder();
        List<String> tags = targets.stream().filter(t -> !Locales.isPseudo(t)).toList();
        CatalogRules rules = CatalogRules.defaults();
        for (Guide g : guides) {
            CatalogMemory.add(builder, i18nDirectory(), g.id(), SourceStrings.of(g, rules), tags);
        }
        TmxWriter.Output out = TmxWriter.write(
                builder.build().entries(), Locales.canonical(config.sourceLocale()), config.generatorVersion());
        AtomicFiles.write(file, out.text());
        List<Diagnostic> warnings = out.skipped() == 0
                ? List.of()
                : List.of(Diagnostic.warning(
                        file.toString(),
                        0,
                        0,
                        "tmx",
                        out.skipped() + " pair(s) left out: their text has characters XML cannot hold"));
        return new ExchangeOutcome(
                true,
                warnings,
                List.of(file),
                out.pairs() + " translation pair(s) of " + out.units() + " source string(s) in " + file);
    }

    /** Adds the pairs of TMX files to the project's memory file; nothing is written when a file has an error. */
    ExchangeOutcome importTmx(List<Path> files) {
        List<Diagnostic> problems = new ArrayList<>();
        TranslationMemory existing;
        try {
            existing = importedMemory();
        } catch (DiagnosticException e) {
            return ExchangeOutcome.failed(e.diagnostics());
        }
        TranslationMemory.Builder builder = TranslationMemory.builder().addAll(existing);
        Map<String, Integer> perLocale = new TreeMap<>();
        for (Path f : files) {
            String display = CatalogPaths.display(f);
            if (!Files.isRegularFile(f)) {
                problems.add(Diagnostic.error(display, 0, 0, "tmx", "no such file"));
                continue;
            }
            for (TranslationMemory.Entry e : TmxReader.read(
                    f, display, config.sourceLocale(), f.getFileName().toString(), problems)) {
                builder.add(e);
                perLocale.merge(e.locale(), 1, Integer::sum);
            }
        }
        if (problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            return ExchangeOutcome.failed(problems);
        }
        TranslationMemory merged = builder.build();
        TmxWriter.Output out =
                TmxWriter.write(merged.entries(), Locales.canonical(config.sourceLocale()), config.generatorVersion());
        AtomicFiles.write(memoryFile(), out.text());
        return new ExchangeOutcome(
                true,
                problems,
                List.of(memoryFile()),
                "read "
                        + perLocale.values().stream()
                                .mapToInt(Integer::intValue)
                                .sum() + " pair(s) " + perLocale + "; "
                        + memoryFile().getFileName()
                        + " now holds " + merged.size() + " pair(s)");
    }
}
