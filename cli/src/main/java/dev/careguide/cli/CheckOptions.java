package dev.careguide.cli;

import dev.careguide.pipeline.PipelineConfig;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** How strict the translation check is: per-check severities, a completeness minimum, failing on warnings. */
final class CheckOptions {

    @Option(
            names = "--severity",
            paramLabel = "CHECK=LEVEL",
            description = "Severity of a translation check, e.g. same-as-source=off: error, warning, info or off "
                    + "(repeatable).")
    Map<String, String> checkSeverities = new TreeMap<>();

    @Option(
            names = "--min-completeness",
            paramLabel = "PERCENT",
            defaultValue = "0",
            description = "Fail the check when a locale is less complete than this (default: ${DEFAULT-VALUE}).")
    double minCompleteness;

    @Option(names = "--fail-on-warnings", description = "Fail the check on warnings too.")
    boolean failOnWarnings;

    PipelineConfig.Builder applyTo(PipelineConfig.Builder builder) {
        return builder.checkSeverities(checkSeverities)
                .minCompleteness(minCompleteness)
                .failOnWarnings(failOnWarnings);
    }
}
