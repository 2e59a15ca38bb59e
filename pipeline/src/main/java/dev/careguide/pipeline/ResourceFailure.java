package dev.careguide.pipeline;

import java.util.Locale;

/**
 * The one line the CLI and the Maven plugin print when the JVM runs out of heap or stack, instead of a stack
 * trace: what ran out, while doing what, and what to do about it.
 */
public final class ResourceFailure {

    private ResourceFailure() {}

    /**
     * The message for {@code error} during {@code operation} (e.g. {@code import}); {@code moreMemory} says how to
     * give this JVM more heap, {@code moreStack} more stack (e.g. {@code CAREGUIDE_OPTS=-Xmx2g careguide ...}).
     */
    public static String describe(VirtualMachineError error, String operation, String moreMemory, String moreStack) {
        if (error instanceof StackOverflowError) {
            return "careguide: " + operation + " ran out of stack: the input nests too deeply to follow (a YAML "
                    + "file or an ICU message nested hundreds of levels?); simplify it, or give Java a larger stack ("
                    + moreStack + ")";
        }
        long max = Runtime.getRuntime().maxMemory();
        String limit = max == Long.MAX_VALUE ? "" : String.format(Locale.ROOT, " of %d MB", max / (1024 * 1024));
        return "careguide: " + operation + " ran out of memory (" + describe(error) + limit + "); give Java more "
                + "memory (" + moreMemory + ") or split the largest articles or catalogs";
    }

    private static String describe(VirtualMachineError error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
