package dev.careguide.cli;

import dev.careguide.pipeline.ExportOutcome;
import dev.careguide.pipeline.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code careguide export}: writes the localized bundle and its zip. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the localized bundle and its zip.",
            "Writes <output>/bundle/ and <output>/careguide-bundle.zip.",
            "Prints the bundle directory and zip on stdout and a summary per locale on stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:bundle written",
            "1:content or translation errors (earlier bundle kept)",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    ExportSettings exportSettings;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getErr());
        ExportOutcome outcome =
                new Pipeline(exportSettings.applyTo(project.builder()).build(), console).export();
        Summaries.printExport(outcome, spec.commandLine().getOut(), console);
        return console.finish(outcome, "export");
    }
}
