package dev.careguide.cli;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.SyncOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code careguide sync}: brings the translator catalogs in step with the content. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = {
            "Brings the translator catalogs in step with the content.",
            "New strings are added untranslated, changed ones keep their translation marked stale with the "
                    + "previous source text, removed ones move to an obsolete section: no translation is lost.",
            "Also writes the id registry (default src/main/careguide/ids.json), so that later edits of the "
                    + "articles keep every item's id.",
            "Prints the rewritten files on stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:catalogs in sync",
            "1:content or catalog errors (nothing rewritten)",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class SyncCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(
            names = "--purge",
            description = "Delete obsolete entries instead of keeping them at the end, and "
                    + "the registry entries of items that left the articles.")
    boolean purge;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getErr());
        SyncOutcome outcome = new Pipeline(project.toConfig(), console).sync(purge);
        outcome.rewrittenFiles().forEach(spec.commandLine().getOut()::println);
        return console.finish(outcome, "sync");
    }
}
