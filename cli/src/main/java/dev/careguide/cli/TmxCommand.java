package dev.careguide.cli;

import dev.careguide.pipeline.ExchangeOutcome;
import dev.careguide.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careguide tmx export|import}: translation memory in and out as TMX 1.4b. */
@Command(
        name = "tmx",
        mixinStandardHelpOptions = true,
        description = "Exchanges translation memory with CAT tools as TMX 1.4b.",
        subcommands = {TmxCommand.Export.class, TmxCommand.Import.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:content, catalog or TMX errors (nothing written)", "2:usage errors"})
final class TmxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export or import");
    }

    /** {@code careguide tmx export -o FILE}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Writes every current translation of every guide as one TMX 1.4b file.",
                "One <tu> per guide key with the source and a <tuv> per locale; stale and empty translations "
                        + "are left out."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:file written", "1:content or catalog errors", "2:usage errors"})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ProjectSources project;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "FILE",
                required = true,
                description = "The TMX file to write.")
        Path out;

        @Override
        public Integer call() {
            Console console = new Console(spec.commandLine().getErr());
            ExchangeOutcome outcome = new Pipeline(project.toConfig(), console).exportTmx(out.toAbsolutePath());
            outcome.writtenFiles().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return console.finish(outcome, "tmx export");
        }
    }

    /** {@code careguide tmx import FILE...}. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Adds the pairs of TMX files to the project's translation memory "
                        + "(<i18n>/memory.tmx), which sync and xliff export draw suggestions from.",
                "Pairs whose source is not in the project's source language are skipped."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:TMX errors (nothing written)", "2:usage errors"})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ProjectSources project;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "TMX files to import.")
        List<Path> files;

        @Override
        public Integer call() {
            Console console = new Console(spec.commandLine().getErr());
            ExchangeOutcome outcome = new Pipeline(project.toConfig(), console)
                    .importTmx(files.stream().map(Path::toAbsolutePath).toList());
            outcome.writtenFiles().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return console.finish(outcome, "tmx import");
        }
    }
}
