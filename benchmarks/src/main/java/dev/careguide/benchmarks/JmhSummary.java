package dev.careguide.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the README's tables: import MB/s against the raw pass,
 * export items/s against the direct writers, and the seconds an import takes with the id registry against
 * without, with the median of the measurement iterations and the ratio
 * of the pair measured in the same run.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.JmhSummary jmh-result.json}.
 */
public final class JmhSummary {

    /** One benchmark method with one parameter value: median and mean of its counter, per second. */
    record Row(String benchmark, String param, double median, double mean, double error) {}

    private JmhSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary JMH_RESULT.json");
            System.exit(2);
        }
        System.out.print(summarize(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    }

    static String summarize(JsonNode results) {
        Map<String, Row> rows = new TreeMap<>();
        for (JsonNode run : results) {
            String name = run.path("benchmark").asText();
            String method = name.substring(name.lastIndexOf('.') + 1);
            String bench = name.substring(0, name.lastIndexOf('.'));
            bench = bench.substring(bench.lastIndexOf('.') + 1);
            JsonNode params = run.path("params");
            String param =
                    params.isMissingNode() ? "" : params.elements().next().asText();
            JsonNode secondary = run.path("secondaryMetrics");
            JsonNode metric = secondary.has("bytes")
                    ? secondary.get("bytes")
                    : secondary.has("items") ? secondary.get("items") : run.path("primaryMetric");
            rows.put(
                    bench + "." + method + "|" + param,
                    new Row(
                            bench + "." + method,
                            param,
                            median(metric),
                            metric.path("score").asDouble(),
                            metric.path("scoreError").asDouble()));
        }
        StringBuilder out = new StringBuilder();
        out.append("| pair | input/format | careguide (median) | baseline (median) | ratio careguide/baseline |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row row : rows.values()) {
            if (row.benchmark().equals("ImportBenchmark.importGuide")) {
                Row raw = rows.get("ImportBenchmark.rawPass|" + row.param());
                out.append(line("import MB/s vs raw pass", row, raw, 1e-6, "MB/s"));
            } else if (row.benchmark().equals("ExportBenchmark.careguide")) {
                Row direct = rows.get("ExportBenchmark.direct|" + row.param());
                out.append(line("export items/s vs direct writer", row, direct, 1, "items/s"));
            } else if (row.benchmark().equals("RegistryBenchmark.withRegistry")) {
                Row plain = rows.get("RegistryBenchmark.withoutRegistry|" + row.param());
                out.append(line("import 1,000 articles, s, with the id registry vs without", row, plain, 1, "s"));
            }
        }
        out.append("\nAll rows (counter per second: mean ± error, median):\n");
        for (Row row : rows.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-30s %-14s %14.1f ± %-12.1f median %14.1f%n",
                    row.benchmark(),
                    row.param(),
                    row.mean(),
                    row.error(),
                    row.median()));
        }
        return out.toString();
    }

    private static String line(String pair, Row ours, Row baseline, double scale, String unit) {
        if (baseline == null) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %.2f %s | (not run) | |%n",
                    pair,
                    ours.param(),
                    ours.median() * scale,
                    unit);
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.2f %s | %.2f %s | %.2f |%n",
                pair,
                ours.param(),
                ours.median() * scale,
                unit,
                baseline.median() * scale,
                unit,
                ours.median() / baseline.median());
    }

    private static double median(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        if (values.isEmpty()) {
            return metric.path("score").asDouble();
        }
        values.sort(Double::compare);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
