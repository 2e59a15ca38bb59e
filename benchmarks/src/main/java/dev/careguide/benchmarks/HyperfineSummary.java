package dev.careguide.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the commands of hyperfine JSON exports ({@code --export-json}) as a Markdown table: runs, median,
 * mean ± standard deviation, min and max wall time in seconds, each command's median relative to the first
 * command of its file, and the number of runs that exited with an error (hyperfine {@code -i}).
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.HyperfineSummary RESULT.json...}.
 */
public final class HyperfineSummary {

    private HyperfineSummary() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append("| command | runs | median s | mean ± σ s | min s | max s | median / first | failed runs |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (String file : args) {
            double first = Double.NaN;
            for (JsonNode r : mapper.readTree(Path.of(file).toFile()).path("results")) {
                double median = r.path("median").asDouble();
                if (Double.isNaN(first)) {
                    first = median;
                }
                int failed = 0;
                for (JsonNode code : r.path("exit_codes")) {
                    failed += code.asInt() == 0 ? 0 : 1;
                }
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.3f | %.3f ± %.3f | %.3f | %.3f | %.2f | %d |%n",
                        r.path("command").asText(),
                        r.path("times").size(),
                        median,
                        r.path("mean").asDouble(),
                        r.path("stddev").asDouble(),
                        r.path("min").asDouble(),
                        r.path("max").asDouble(),
                        median / first,
                        failed));
            }
        }
        System.out.print(out);
    }
}
