package dev.careguide.cli;

import dev.careguide.pipeline.GeneratorInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code careguide} command; each operation is a subcommand. */
@Command(
        name = "careguide",
        mixinStandardHelpOptions = true,
        versionProvider = CareguideCommand.Version.class,
        description = "Turns health articles into structured content, keeps translator catalogs in sync and "
                + "exports localized bundles.",
        subcommands = {
            ImportCommand.class,
            SyncCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            BuildCommand.class,
            SiteCommand.class,
            XliffCommand.class,
            TmxCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all is well", "1:content or translation errors", "2:usage errors", "3:out of memory or stack"
        },
        footer = {
            "",
            "Run 'careguide build' in a content project (src/main/content, src/main/i18n) or "
                    + "'careguide COMMAND --help' for one command."
        })
final class CareguideCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The version line of {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {GeneratorInfo.NAME + " " + GeneratorInfo.VERSION};
        }
    }
}
