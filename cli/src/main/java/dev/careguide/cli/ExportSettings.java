package dev.careguide.cli;

import dev.careguide.pipeline.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** What the bundle holds and how it is written: formats, policies, manifest version and time, CSV flavour. */
final class ExportSettings {

    @Option(
            names = {"-f", "--formats"},
            paramLabel = "FORMAT",
            split = ",",
            description = "Export formats (default: json,yaml,csv).")
    List<String> formats = new ArrayList<>(PipelineConfig.DEFAULT_FORMATS);

    @Option(
            names = "--policy",
            paramLabel = "NAME=VALUE",
            description = "Export policy: unsafe=omit|keep, needs-medical-review=keep-flagged|omit, "
                    + "rejected=omit|keep, missing-translation=fallback|omit-item|fail, reviewed-only=true|false "
                    + "(only translations marked reviewed ship) (repeatable).")
    Map<String, String> exportPolicies = new TreeMap<>();

    @Option(
            names = "--content-version",
            paramLabel = "VERSION",
            defaultValue = "0.0.0",
            description = "Content version written into the manifest (default: ${DEFAULT-VALUE}).")
    String contentVersion;

    @Option(
            names = "--output-timestamp",
            paramLabel = "TIME",
            description = "Time for the manifest and zip entries, ISO-8601 or epoch seconds (default: none).")
    String outputTimestamp;

    @Option(
            names = "--no-spreadsheet-safe",
            description = "Write CSV fields verbatim, without neutralizing spreadsheet formulas.")
    boolean noSpreadsheetSafe;

    @Option(names = "--excel-csv", description = "Also write an Excel variant of the CSV files (with a BOM).")
    boolean excelCsv;

    PipelineConfig.Builder applyTo(PipelineConfig.Builder builder) {
        return builder.formats(formats)
                .exportPolicies(exportPolicies)
                .contentVersion(contentVersion)
                .outputTimestamp(outputTimestamp)
                .spreadsheetSafeCsv(!noSpreadsheetSafe)
                .excelCsv(excelCsv);
    }
}
