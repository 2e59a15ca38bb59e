package dev.careguide.pipeline;

import dev.careguide.i18n.Locales;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Imports article files outside any project into one guide, writing {@code model.json} and
 * {@code import-report.json} into an output folder: what {@code careguide import FILE_OR_DIR... -o DIR} runs.
 * A folder argument stands for its {@code .txt} files, sorted by name.
 *
 * @param inputs          article files and folders of articles, in order
 * @param outputDirectory where {@code model.json} and {@code import-report.json} go
 * @param guideId         the guide's id; {@code null} derives it from the first input's name
 * @param rulesFile       optional rules file extending the built-in rules, or {@code null}
 * @param glossaryFile    optional glossary, or {@code null}
 * @param editorialFile   optional editorial decisions, or {@code null}
 * @param sourceLocale    BCP 47 tag of the articles' language; {@code null} means {@code en}
 * @param editorialSeverity how bad a problem in the editorial file is: {@code error} (default) or {@code warning}
 */
public record FileImport(
        List<Path> inputs,
        Path outputDirectory,
        String guideId,
        Path rulesFile,
        Path glossaryFile,
        Path editorialFile,
        String sourceLocale,
        String editorialSeverity) {

    public FileImport {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        sourceLocale = sourceLocale == null || sourceLocale.isBlank() ? "en" : sourceLocale;
        editorialSeverity = editorialSeverity == null || editorialSeverity.isBlank() ? "error" : editorialSeverity;
    }

    /** An import with editorial problems as errors. */
    public FileImport(
            List<Path> inputs,
            Path outputDirectory,
            String guideId,
            Path rulesFile,
            Path glossaryFile,
            Path editorialFile,
            String sourceLocale) {
        this(inputs, outputDirectory, guideId, rulesFile, glossaryFile, editorialFile, sourceLocale, null);
    }

    /** An import of {@code inputs} into {@code outputDirectory} with every option at its default. */
    public static FileImport of(List<Path> inputs, Path outputDirectory) {
        return new FileImport(inputs, outputDirectory, null, null, null, null, null, null);
    }

    public FileImport withGuideId(String v) {
        return new FileImport(
                inputs, outputDirectory, v, rulesFile, glossaryFile, editorialFile, sourceLocale, editorialSeverity);
    }

    public FileImport withRulesFile(Path v) {
        return new FileImport(
                inputs, outputDirectory, guideId, v, glossaryFile, editorialFile, sourceLocale, editorialSeverity);
    }

    public FileImport withGlossaryFile(Path v) {
        return new FileImport(
                inputs, outputDirectory, guideId, rulesFile, v, editorialFile, sourceLocale, editorialSeverity);
    }

    public FileImport withEditorialFile(Path v) {
        return new FileImport(
                inputs, outputDirectory, guideId, rulesFile, glossaryFile, v, sourceLocale, editorialSeverity);
    }

    public FileImport withSourceLocale(String v) {
        return new FileImport(
                inputs, outputDirectory, guideId, rulesFile, glossaryFile, editorialFile, v, editorialSeverity);
    }

    public FileImport withEditorialSeverity(String v) {
        return new FileImport(
                inputs, outputDirectory, guideId, rulesFile, glossaryFile, editorialFile, sourceLocale, v);
    }

    /**
     * Runs the import. Problems in the articles or the option files' content come back as diagnostics of a
     * failed outcome, and then nothing is written.
     *
     * @throws ConfigurationException when an option file does not exist, or the locale or guide id is invalid
     */
    public ImportOutcome run(PipelineListener listener) {
        List<Diagnostic> usage = new ArrayList<>();
        for (Path option : new Path[] {rulesFile, glossaryFile, editorialFile}) {
            if (option != null && !Files.isRegularFile(option)) {
                usage.add(Diagnostic.error(
                        option.toString(), 0, 0, "file-not-found", option + " does not exist or is not a file"));
            }
        }
        String localeProblem = Locales.problem(sourceLocale);
        if (localeProblem != null) {
            usage.add(Diagnostic.error("", 0, 0, "invalid-locale", "source locale: " + localeProblem));
        }
        if (!editorialSeverity.equals("error") && !editorialSeverity.equals("warning")) {
            usage.add(Diagnostic.error(
                    "",
                    0,
                    0,
                    "editorial-severity",
                    "editorial severity must be error or warning, " + "not '" + editorialSeverity + "'"));
        }
        if (guideId != null && !ContentSources.isGuideId(guideId)) {
            usage.add(Diagnostic.error("", 0, 0, "guide-id", ContentSources.guideIdProblem(guideId)));
        }
        if (!usage.isEmpty()) {
            throw new ConfigurationException(usage);
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> documents = documents(problems);
        String id = guideId != null ? guideId : derivedGuideId(problems);
        if (!problems.isEmpty()) {
            return new ImportOutcome(false, problems, List.of());
        }
        Path contentRoot = commonParent(documents);
        listener.info("Importing " + documents.size() + " article(s) as guide " + id);
        try {
            Importing importing = new Importing(new Importing.Options(
                    rulesFile, glossaryFile, editorialFile, sourceLocale, null, editorialSeverity));
            problems.addAll(importing.editorialProblems(List.of(id)));
            if (problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
                return new ImportOutcome(false, problems, List.of());
            }
            Importing.Result result = importing.importGuide(new GuideSource(id, documents), contentRoot);
            problems.addAll(result.warnings());
            ImportOutcome.ImportedGuide imported = Importing.write(
                    result, outputDirectory.resolve("model.json"), outputDirectory.resolve("import-report.json"));
            listener.info("Wrote " + imported.modelFile() + " (" + imported.itemCount() + " items) and "
                    + imported.reportFile());
            return new ImportOutcome(true, problems, List.of(imported));
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
            return new ImportOutcome(false, problems, List.of());
        }
    }

    private List<Path> documents(List<Diagnostic> problems) {
        if (inputs.isEmpty()) {
            problems.add(Diagnostic.error("", 0, 0, "no-input", "no article file or folder given"));
        }
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = new ArrayList<>();
                for (Path file : list(input)) {
                    if (file.getFileName().toString().endsWith(".txt") && Files.isRegularFile(file)) {
                        found.add(file);
                    } else {
                        problems.add(Diagnostic.error(
                                file.toString(),
                                0,
                                0,
                                "not-an-article",
                                "folder " + input + " may hold only .txt articles; found " + file.getFileName()));
                    }
                }
                if (found.isEmpty()) {
                    problems.add(Diagnostic.error(
                            input.toString(), 0, 0, "no-input", "folder " + input + " holds no .txt article"));
                }
                documents.addAll(found);
            } else if (Files.isRegularFile(input)) {
                documents.add(input);
            } else if (Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.exists(input)) {
                problems.add(Diagnostic.error(
                        input.toString(),
                        0,
                        0,
                        "not-an-article",
                        input
                                + " is not a regular file (a device, pipe or socket such as /dev/stdin); save the article"
                                + " as a .txt file and import that"));
            } else if (Files.isSymbolicLink(input)) {
                problems.add(Diagnostic.error(
                        input.toString(), 0, 0, "file-not-found", input + " is a broken symbolic link"));
            } else {
                problems.add(Diagnostic.error(input.toString(), 0, 0, "file-not-found", input + " does not exist"));
            }
        }
        return documents;
    }

    private String derivedGuideId(List<Diagnostic> problems) {
        if (inputs.isEmpty()) {
            return "";
        }
        Path first = inputs.get(0).toAbsolutePath().normalize();
        String name = first.getFileName() == null ? "" : first.getFileName().toString();
        if (name.endsWith(".txt")) {
            name = name.substring(0, name.length() - 4);
        }
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (!ContentSources.isGuideId(id)) {
            problems.add(Diagnostic.error(
                    first.toString(),
                    0,
                    0,
                    "guide-id",
                    "cannot derive a guide id from '" + name + "' ("
                            + ContentSources.guideIdProblem(id.isEmpty() ? "-" : id) + "); give one with --id"));
        }
        return id;
    }

    private static Path commonParent(List<Path> documents) {
        Path common = documents.get(0).toAbsolutePath().normalize().getParent();
        for (Path document : documents) {
            Path parent = document.toAbsolutePath().normalize().getParent();
            while (!parent.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
