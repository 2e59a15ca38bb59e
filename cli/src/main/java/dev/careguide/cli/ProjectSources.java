package dev.careguide.cli;

import dev.careguide.pipeline.PipelineConfig;
import dev.careguide.pipeline.ProjectLayout;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that locate a content project's inputs and configure a run (all but its output folder); each
 * defaults to the conventional layout, so a command run inside a project needs none. Relative paths are taken
 * against the current directory; every path must lie inside the project.
 */
final class ProjectSources {

    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Content project directory (default: the current directory).")
    Path project;

    @Option(
            names = "--source-dir",
            paramLabel = "DIR",
            description = "Article folder (default: " + ProjectLayout.DEFAULT_SOURCE_DIRECTORY + ").")
    Path sourceDirectory;

    @Option(
            names = "--i18n-dir",
            paramLabel = "DIR",
            description = "Translator catalog folder (default: " + ProjectLayout.DEFAULT_I18N_DIRECTORY + ").")
    Path i18nDirectory;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Rules file (default: " + ProjectLayout.DEFAULT_RULES_FILE + " when it exists).")
    Path rulesFile;

    @Option(
            names = "--glossary",
            paramLabel = "FILE",
            description = "Glossary file (default: " + ProjectLayout.DEFAULT_GLOSSARY_FILE + " when it exists).")
    Path glossaryFile;

    @Option(
            names = "--editorial",
            paramLabel = "FILE",
            description = "Editorial file (default: " + ProjectLayout.DEFAULT_EDITORIAL_FILE + " when it exists).")
    Path editorialFile;

    @Option(
            names = "--ids",
            paramLabel = "FILE",
            description = "Id registry, read when it exists and written by sync (default: "
                    + ProjectLayout.DEFAULT_IDS_FILE + ").")
    Path idsFile;

    @Option(
            names = "--editorial-severity",
            paramLabel = "LEVEL",
            defaultValue = "error",
            description = "How bad a problem in the editorial file is: error (default; the run fails) or warning "
                    + "(the decision is left out and reported).")
    String editorialSeverity;

    @Option(
            names = {"-l", "--locales"},
            paramLabel = "TAG",
            split = ",",
            description = "Target locales, e.g. ru,de,ar,en-XA (default: every locale with a catalog).")
    List<String> locales;

    @Option(
            names = "--source-locale",
            paramLabel = "TAG",
            defaultValue = "en",
            description = "Language of the articles (default: ${DEFAULT-VALUE}).")
    String sourceLocale;

    @Option(
            names = {"-t", "--threads"},
            paramLabel = "N",
            defaultValue = "0",
            description = "Guides imported, checked and exported at once (default: 0, one per processor). "
                    + "The outputs are the same for any value.")
    int threads;

    /** The run's configuration with these options and the defaults; paths are checked by the pipeline. */
    PipelineConfig toConfig() {
        return builder(null).build();
    }

    /** A configuration builder with these options and the output folder (the default when null) set. */
    PipelineConfig.Builder builder(Path outputDirectory) {
        ProjectLayout layout = layout(
                project, sourceDirectory, i18nDirectory, outputDirectory, rulesFile, glossaryFile, editorialFile);
        if (locales != null && locales.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("--locales names no locale; give tags such as -l ru,de or leave the"
                    + " option out to use every locale that has a catalog");
        }
        if (idsFile != null) {
            layout = layout.withIdsFile(idsFile.toAbsolutePath());
        }
        return PipelineConfig.builder(layout)
                .sourceLocale(sourceLocale)
                .locales(locales == null ? List.of() : locales)
                .threads(threads)
                .editorialSeverity(editorialSeverity);
    }

    /** The conventional layout of {@code project} with every non-null path overriding its default. */
    static ProjectLayout layout(
            Path project,
            Path sourceDirectory,
            Path i18nDirectory,
            Path outputDirectory,
            Path rulesFile,
            Path glossaryFile,
            Path editorialFile) {
        ProjectLayout layout = ProjectLayout.defaults(project.toAbsolutePath().normalize());
        if (sourceDirectory != null) {
            layout = layout.withSourceDirectory(sourceDirectory.toAbsolutePath());
        }
        if (i18nDirectory != null) {
            layout = layout.withI18nDirectory(i18nDirectory.toAbsolutePath());
        }
        if (outputDirectory != null) {
            layout = layout.withOutputDirectory(outputDirectory.toAbsolutePath());
        }
        if (rulesFile != null) {
            layout = layout.withRulesFile(rulesFile.toAbsolutePath());
        }
        if (glossaryFile != null) {
            layout = layout.withGlossaryFile(glossaryFile.toAbsolutePath());
        }
        if (editorialFile != null) {
            layout = layout.withEditorialFile(editorialFile.toAbsolutePath());
        }
        return layout;
    }
}
