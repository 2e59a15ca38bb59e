package dev.careguide.cli;

import dev.careguide.pipeline.ConfigurationException;
import picocli.CommandLine;

/** The exit codes of every careguide command. */
public final class ExitCodes {

    /** All is well. */
    public static final int OK = 0;
    /** The content, the catalogs or the files they come from have errors (or the run failed on I/O). */
    public static final int CONTENT_ERROR = 1;
    /** The command line is wrong: unknown option, missing argument, bad value, path outside the project. */
    public static final int USAGE = 2;
    /** The JVM ran out of memory or stack (one line says which, and how to give it more). */
    public static final int OUT_OF_RESOURCES = 3;

    private ExitCodes() {}

    static int of(Throwable failure) {
        return failure instanceof CommandLine.ParameterException
                        || failure instanceof ConfigurationException
                        || failure instanceof IllegalArgumentException
                ? USAGE
                : CONTENT_ERROR;
    }
}
