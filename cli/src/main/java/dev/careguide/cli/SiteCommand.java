package dev.careguide.cli;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.PipelineConfig;
import dev.careguide.pipeline.SiteOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code careguide site}: the review site, after bringing the build up to date. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the review site into <output>/site/: open index.html in a browser, from disk.",
            "Builds first when an input or option changed (as build does), then writes the site even when",
            "nothing else changed. Prints the path of index.html on stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:site written", "1:content or translation errors", "2:usage errors"})
final class SiteCommand implements Callable<Integer> {

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
        SiteOutcome outcome = new Pipeline(config, console).site();
        if (outcome.success()) {
            spec.commandLine().getOut().println(outcome.index());
            spec.commandLine().getOut().flush();
        }
        return console.finish(outcome, "site");
    }
}
