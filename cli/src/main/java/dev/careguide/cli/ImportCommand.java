package dev.careguide.cli;

import dev.careguide.pipeline.FileImport;
import dev.careguide.pipeline.ImportOutcome;
import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.PipelineConfig;
import dev.careguide.pipeline.ProjectLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code careguide import}: article files into {@code DIR/model.json} and {@code DIR/import-report.json}, or,
 * with no files, every guide of a content project into {@code <out>/model/<guide-id>/}.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Imports articles into a structured model.",
            "With FILE_OR_DIR arguments: writes DIR/model.json and DIR/import-report.json for one guide.",
            "Without: imports every guide of the project into <output>/model/<guide-id>/."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:imported",
            "1:the articles or option files have errors",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "FILE_OR_DIR",
            arity = "0..*",
            description = "Article files (.txt) or folders of them, imported as one guide.")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--output-dir"},
            paramLabel = "DIR",
            description = "Where model.json and import-report.json go (required with FILE_OR_DIR; "
                    + "project default: " + ProjectLayout.DEFAULT_OUTPUT_DIRECTORY + ").")
    Path output;

    @Option(
            names = "--id",
            paramLabel = "GUIDE_ID",
            description = "Guide id, kebab-case (default: derived from the first file or folder name).")
    String guideId;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules file extending the built-in rules.")
    Path rulesFile;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary of terminology fixes.")
    Path glossaryFile;

    @Option(names = "--editorial", paramLabel = "FILE", description = "Editorial decisions by item id.")
    Path editorialFile;

    @Option(
            names = "--editorial-severity",
            paramLabel = "LEVEL",
            defaultValue = "error",
            description = "How bad a problem in the editorial file is: error (default) or warning.")
    String editorialSeverity;

    @Option(
            names = "--ids",
            paramLabel = "FILE",
            description = "Id registry of the project (default: " + ProjectLayout.DEFAULT_IDS_FILE
                    + " when it exists); only without FILE_OR_DIR.")
    Path idsFile;

    @Option(
            names = "--locale",
            paramLabel = "TAG",
            defaultValue = "en",
            description = "Language of the articles (default: ${DEFAULT-VALUE}).")
    String sourceLocale;

    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Content project directory when no FILE_OR_DIR is given (default: current directory).")
    Path project;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getErr());
        ImportOutcome outcome = inputs.isEmpty() ? importProject(console) : importFiles(console);
        return console.finish(outcome, "import");
    }

    private ImportOutcome importFiles(Console console) {
        if (output == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Missing required option: '--output-dir=DIR' (where model.json and import-report.json go)");
        }
        if (idsFile != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--ids applies only to a project (no FILE_OR_DIR): one guide imported alone has no registry");
        }
        if (guideId != null && guideId.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--id must not be blank");
        }
        FileImport fileImport = FileImport.of(inputs, output)
                .withGuideId(guideId)
                .withRulesFile(rulesFile)
                .withGlossaryFile(glossaryFile)
                .withEditorialFile(editorialFile)
                .withEditorialSeverity(editorialSeverity)
                .withSourceLocale(sourceLocale);
        return fileImport.run(console);
    }

    private ImportOutcome importProject(Console console) {
        if (guideId != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--id applies only to FILE_OR_DIR arguments; a project's guide ids are its file names");
        }
        ProjectLayout layout =
                ProjectSources.layout(project, null, null, output, rulesFile, glossaryFile, editorialFile);
        if (idsFile != null) {
            layout = layout.withIdsFile(idsFile.toAbsolutePath());
        }
        PipelineConfig config = PipelineConfig.builder(layout)
                .sourceLocale(sourceLocale)
                .editorialSeverity(editorialSeverity)
                .build();
        return new Pipeline(config, console).importContent();
    }
}
