package dev.careguide.cli;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.StatsOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code careguide stats}: translation progress per locale. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Prints translation progress per locale.",
            "Strings and words in total, translated, stale, missing and obsolete, and percent complete, as a "
                    + "table or (--json) as JSON on stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:statistics printed",
            "1:content or catalog errors",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class StatsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getErr());
        StatsOutcome outcome = new Pipeline(project.toConfig(), console).stats();
        if (outcome.success()) {
            spec.commandLine().getOut().print(json ? outcome.json() : outcome.table());
            spec.commandLine().getOut().flush();
        }
        return console.finish(outcome, "stats");
    }
}
