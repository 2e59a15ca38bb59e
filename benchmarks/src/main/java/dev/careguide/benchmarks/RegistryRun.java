package dev.careguide.benchmarks;

import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.ImportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the id registry adds to an import, measured so that a loaded machine affects both sides alike: in one JVM,
 * each round imports every guide of a project on one thread without the registry and then with it (the importer
 * built afresh each time, so the registry file is read each time), and the ratio is taken per round. Time is the
 * importing thread's CPU time ({@link ThreadMXBean}), which other processes on a loaded machine disturb far less
 * than wall time (garbage collection and the JIT run on other threads and are not counted). Prints each round
 * and the median ratio after the warm-up rounds.
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks.jar dev.careguide.benchmarks.RegistryRun PROJECT_DIR [ROUNDS]}
 * on a project whose {@code src/main/careguide/ids.json} sync wrote.
 */
public final class RegistryRun {

    private static final int WARM_UP = 3;

    private RegistryRun() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: RegistryRun PROJECT_DIR [ROUNDS]");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path content = project.resolve("src/main/content");
        Path ids = project.resolve("src/main/careguide/ids.json");
        if (!Files.isRegularFile(ids)) {
            System.err.println("no id registry at " + ids + ": run careguide sync first");
            System.exit(2);
        }
        List<Path> guides = list(content);
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double without = seconds(ImportOptions.defaults(), guides, content);
            double with = seconds(ImportOptions.defaults().withIdsFile(ids), guides, content);
            System.out.printf(
                    Locale.ROOT,
                    "round %2d: CPU without %.3f s, with the registry %.3f s, ratio %.3f%n",
                    round,
                    without,
                    with,
                    with / without);
            if (round > WARM_UP) {
                ratios.add(with / without);
            }
        }
        ratios.sort(null);
        System.out.printf(
                Locale.ROOT,
                "median ratio with/without over %d rounds: %.3f (min %.3f, max %.3f)%n",
                ratios.size(),
                ratios.get(ratios.size() / 2),
                ratios.get(0),
                ratios.get(ratios.size() - 1));
    }

    private static double seconds(ImportOptions options, List<Path> guides, Path content) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        GuideImporter importer = new GuideImporter(options);
        for (Path guide : guides) {
            importer.importGuide(guide.getFileName().toString(), list(guide), content);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
