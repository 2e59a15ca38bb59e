package dev.careguide.cli;

import dev.careguide.pipeline.BuildOutcome;
import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.PipelineConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code careguide build}: import, check and export in one step, skipped when nothing changed. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Imports, checks and exports in one step.",
            "Does nothing when no input or option changed since the last good build.",
            "Prints the bundle directory and zip on stdout and a summary per locale on stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:bundle built or up to date",
            "1:content or translation errors",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    CheckOptions checkOptions;

    @Mixin
    ExportSettings exportSettings;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getErr());
        PipelineConfig config =
                exportSettings.applyTo(checkOptions.applyTo(project.builder())).build();
        Pipeline pipeline = new Pipeline(config, console);
        BuildOutcome outcome = pipeline.build();
        outcome.exportStep()
                .ifPresent(export ->
                        Summaries.printExport(export, spec.commandLine().getOut(), console));
        if (outcome.upToDate()) {
            Summaries.printLocales(outcome.locales(), console);
            spec.commandLine().getOut().println(pipeline.config().layout().bundleDirectory());
            spec.commandLine().getOut().println(pipeline.config().layout().bundleZip());
            spec.commandLine().getOut().flush();
        }
        return console.finish(outcome, "build");
    }
}
