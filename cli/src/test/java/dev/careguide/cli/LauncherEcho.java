package dev.careguide.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for careguide's main class in {@link LauncherTest}: prints the JVM options it was started with
 * ({@code jvm:} lines) and its arguments ({@code arg:} lines, in UTF-8), and exits with the status an argument
 * {@code --exit=N} names (0 without one).
 */
public final class LauncherEcho {

    private LauncherEcho() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(a -> out.println("jvm:" + a));
        int status = 0;
        for (String a : args) {
            out.println("arg:" + a);
            if (a.startsWith("--exit=")) {
                status = Integer.parseInt(a.substring("--exit=".length()));
            }
        }
        out.flush();
        System.exit(status);
    }
}
