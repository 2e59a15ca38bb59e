package dev.careguide.benchmarks.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the next version of a generated project's articles for the CLI sync benchmark: in every list item and
 * numbered paragraph, with the given probabilities, the text is reworded (a clause added before its full stop)
 * or the line is deleted. The choice depends only on the seed and the file order.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.corpus.CorpusReviser PROJECT_DIR
 * CHANGED_PERCENT REMOVED_PERCENT}.
 */
public final class CorpusReviser {

    private static final Pattern ITEM = Pattern.compile("^(  • |  \\d+\\. |\\d+\\. ).*\\.$");

    private CorpusReviser() {}

    /** Revises every article under {@code content}; returns {changed, removed, items seen}. */
    public static int[] revise(Path content, double changed, double removed, long seed) throws IOException {
        Random random = new Random(seed);
        int[] counts = new int[3];
        List<Path> files;
        try (Stream<Path> paths = Files.walk(content)) {
            files = paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (ITEM.matcher(line).matches()) {
                    counts[2]++;
                    double roll = random.nextDouble();
                    if (roll < removed) {
                        counts[1]++;
                        continue;
                    }
                    if (roll < removed + changed) {
                        counts[0]++;
                        line = line.substring(0, line.length() - 1) + ", if the doctor agrees.";
                    }
                }
                out.append(line).append('\n');
            }
            CorpusGenerator.write(file, out.toString());
        }
        return counts;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusReviser PROJECT_DIR CHANGED_PERCENT REMOVED_PERCENT");
            System.exit(2);
        }
        int[] counts = revise(
                Path.of(args[0]).resolve(CorpusGenerator.CONTENT_DIRECTORY),
                Double.parseDouble(args[1]) / 100,
                Double.parseDouble(args[2]) / 100,
                CorpusGenerator.DEFAULT_SEED);
        System.err.printf(
                Locale.ROOT,
                "of %d list items and numbered paragraphs, reworded %d and deleted %d%n",
                counts[2],
                counts[0],
                counts[1]);
    }
}
