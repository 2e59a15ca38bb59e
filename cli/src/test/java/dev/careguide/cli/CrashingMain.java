package dev.careguide.cli;

import dev.careguide.model.FileTransaction;
import java.util.Arrays;

/**
 * Runs the CLI and kills its own JVM (no shutdown hooks, no finally blocks, like {@code kill -9}) when a file
 * transaction reaches the step named by the first argument.
 */
public final class CrashingMain {

    /** The exit status of a run killed on purpose. */
    static final int KILLED = 137;

    private CrashingMain() {}

    public static void main(String[] args) {
        String step = args[0];
        FileTransaction.onStep(s -> {
            if (s.equals(step)) {
                Runtime.getRuntime().halt(KILLED);
            }
        });
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
