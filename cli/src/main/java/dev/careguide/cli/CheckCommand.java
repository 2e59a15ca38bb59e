package dev.careguide.cli;

import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.CheckRegistry;
import dev.careguide.model.Diagnostic;
import dev.careguide.pipeline.CheckOutcome;
import dev.careguide.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code careguide check}: reports every problem of the translator catalogs, rewriting none. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the translator catalogs against the content.",
            "Writes <output>/check/check-report.json and check-report.sarif; rewrites no catalog.",
            "Prints the problems on stdout: one 'file:line:column: severity: message' per line (text), or the "
                    + "JSON or SARIF report."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors",
            "1:errors (or warnings with --fail-on-warnings, or a locale below " + "--min-completeness)",
            "2:usage errors",
            "3:out of memory or stack"
        })
final class CheckCommand implements Callable<Integer> {

    /** What {@code check} prints on stdout. */
    enum Format {
        TEXT,
        JSON,
        SARIF
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    CheckOptions checkOptions;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output on stdout: text, json or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--list-checks",
            description = "Print every check (code, default severity, what it finds) and exit.")
    boolean listChecks;

    @Override
    public Integer call() {
        if (listChecks) {
            PrintWriter out = spec.commandLine().getOut();
            for (CheckRegistry.Check check : CatalogRules.defaults().checks().all()) {
                String severity = check.defaultSeverity() == null
                        ? "off"
                        : check.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT);
                out.printf("%-24s %-8s %s%n", check.code(), severity, check.description());
            }
            out.flush();
            return ExitCodes.OK;
        }
        Console console = new Console(spec.commandLine().getErr());
        CheckOutcome outcome =
                new Pipeline(checkOptions.applyTo(project.builder()).build(), console).check();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TEXT ->
                outcome.diagnostics().stream().map(Diagnostic::toString).forEach(out::println);
            case JSON -> print(out, outcome.jsonReport());
            case SARIF -> print(out, outcome.sarifReport());
        }
        out.flush();
        return console.finish(outcome, "check", format != Format.TEXT);
    }

    private static void print(PrintWriter out, Path report) {
        if (report == null || !Files.isRegularFile(report)) {
            return;
        }
        try (java.io.Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + report, e);
        }
    }
}
