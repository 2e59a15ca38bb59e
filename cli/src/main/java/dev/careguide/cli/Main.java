package dev.careguide.cli;

import dev.careguide.pipeline.ResourceFailure;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code java -jar careguide.jar}: runs a command and exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs {@code args} with machine output to {@code out} and progress, summaries and problems to {@code err}.
     *
     * @return {@link ExitCodes#OK}, {@link ExitCodes#CONTENT_ERROR}, {@link ExitCodes#USAGE} or
     *         {@link ExitCodes#OUT_OF_RESOURCES}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(commandLine(out, err), out, err, args);
    }

    /** Runs {@code args} on a configured command tree; an exhausted heap or stack is one line on {@code err}. */
    static int run(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            out.flush();
            String command = args.length == 0 || args[0].startsWith("-") ? "careguide" : args[0];
            err.println(ResourceFailure.describe(
                    e,
                    command,
                    "CAREGUIDE_OPTS=-Xmx2g careguide ... (or java -Xmx2g -jar careguide.jar ...)",
                    "CAREGUIDE_OPTS=-Xss16m careguide ... (or java -Xss16m -jar careguide.jar ...)"));
            code = ExitCodes.OUT_OF_RESOURCES;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command tree, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CareguideCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setExitCodeExceptionMapper(ExitCodes::of);
        return commandLine;
    }
}
