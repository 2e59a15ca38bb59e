package dev.careguide.cli;

import dev.careguide.pipeline.PipelineConfig;
import dev.careguide.pipeline.ProjectLayout;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that locate a content project, its output folder included, and configure a run; each defaults
 * to the conventional layout, so {@code careguide build} inside a project needs none.
 */
final class ProjectOptions {

    @Mixin
    ProjectSources sources;

    @Option(
            names = {"-o", "--output-dir"},
            paramLabel = "DIR",
            description = "Output folder (default: " + ProjectLayout.DEFAULT_OUTPUT_DIRECTORY + ").")
    Path outputDirectory;

    /** The run's configuration with these options and the defaults; paths are checked by the pipeline. */
    PipelineConfig toConfig() {
        return builder().build();
    }

    /** A configuration builder with these options set. */
    PipelineConfig.Builder builder() {
        return sources.builder(outputDirectory);
    }
}
