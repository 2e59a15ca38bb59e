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

/** {@code careguide xliff export|import}: the catalogs as XLIFF 2.1 for CAT tools, and their translations back. */
@Command(
        name = "xliff",
        mixinStandardHelpOptions = true,
        description = "Exchanges the translator catalogs with CAT tools as XLIFF 2.1.",
        subcommands = {XliffCommand.Export.class, XliffCommand.Import.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:content, catalog or XLIFF errors (nothing written)", "2:usage errors"})
final class XliffCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export or import");
    }

    /** {@code careguide xliff export}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Writes <guide-id>.<locale>.xlf (XLIFF 2.1) per guide and target locale.",
                "One unit per key with its source, translation and state (initial, translated, reviewed), "
                        + "notes with the translator's context, and suggestions from translation memory as "
                        + "mtc:matches. The catalogs must be in step with the content: run sync first.",
                "Prints the written files on stdout."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:files written", "1:content or catalog errors (nothing written)", "2:usage errors"})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ProjectSources project;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "DIR",
                description = "Folder for the XLIFF files (default: target/careguide/xliff in the project).")
        Path out;

        @Override
        public Integer call() {
            Console console = new Console(spec.commandLine().getErr());
            Pipeline pipeline = new Pipeline(project.toConfig(), console);
            Path directory = out != null
                    ? out.toAbsolutePath()
                    : pipeline.config().layout().outputDirectory().resolve("xliff");
            ExchangeOutcome outcome = pipeline.exportXliff(directory);
            outcome.writtenFiles().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return console.finish(outcome, "xliff export");
        }
    }

    /** {@code careguide xliff import FILE...}. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Writes the translations of XLIFF files back into the catalogs.",
                "A target lands when its state is translated, reviewed or final (reviewed and final mark it "
                        + "'#, reviewed'); only entries whose target or state changed are rewritten. A file "
                        + "whose source text is no longer the current source is refused, and then nothing "
                        + "is written.",
                "Prints the rewritten catalogs on stdout."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:content, catalog or XLIFF errors (nothing written)", "2:usage errors"})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ProjectSources project;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "XLIFF files to import.")
        List<Path> files;

        @Override
        public Integer call() {
            Console console = new Console(spec.commandLine().getErr());
            ExchangeOutcome outcome = new Pipeline(project.toConfig(), console)
                    .importXliff(files.stream().map(Path::toAbsolutePath).toList());
            outcome.writtenFiles().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return console.finish(outcome, "xliff import");
        }
    }
}
