package dev.careguide.benchmarks.jmh;

import dev.careguide.benchmarks.BenchmarkFiles;
import dev.careguide.benchmarks.DirectBundleWriter;
import dev.careguide.exporter.BundleManifest;
import dev.careguide.exporter.BundleWriter;
import dev.careguide.exporter.ExportOptions;
import dev.careguide.exporter.GuideContent;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Localization;
import dev.careguide.importer.GuideImporter;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export throughput per format: careguide's {@link BundleWriter} (localize, build the tree, write, manifest with
 * checksums, schemas, atomic replace) against {@link DirectBundleWriter}, which streams the same items straight
 * from the model with Jackson and Commons CSV. Input: the example guide imported once, with its source locale
 * and the example's target locales (ru, de, ar and the pseudo-locales en-XA, ar-XB). The {@code items}
 * counter is items written per second, summed over locales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class ExportBenchmark {

    static final List<String> LOCALES = List.of("ru", "de", "ar", "en-XA", "ar-XB");

    @Param({"json", "yaml", "csv"})
    public String format;

    private Path temp;
    private Guide guide;
    private List<LocaleView> views;
    private BundleWriter writer;
    private ExportOptions options;
    private int itemsPerOperation;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path example = BenchmarkFiles.exampleProject();
        Path article = BenchmarkFiles.exampleArticle();
        String id = article.getFileName().toString().replace(".txt", "");
        guide = new GuideImporter(BenchmarkFiles.exampleImportOptions())
                .importGuide(id, List.of(article), article.getParent())
                .guide();
        Localization localization = Localization.load(guide, example.resolve("src/main/i18n"), LOCALES);
        views = new ArrayList<>();
        views.add(localization.source());
        views.addAll(localization.targets());
        writer = new BundleWriter();
        options = ExportOptions.defaults("1.0.0").withFormats(List.of(format));
        temp = Files.createTempDirectory("careguide-export-bench");
        itemsPerOperation = 0;
        for (LocaleView view : views) {
            itemsPerOperation += DirectBundleWriter.exported(guide).size();
        }
        BundleManifest manifest = writer.write(List.of(new GuideContent(guide, views)), options, temp.resolve("check"));
        int exported = manifest.guides().stream()
                .flatMap(g -> g.locales().stream())
                .mapToInt(BundleManifest.LocaleEntry::itemCount)
                .sum();
        if (exported != itemsPerOperation) {
            throw new IllegalStateException("careguide exported " + exported + " items, the direct writer "
                    + itemsPerOperation + ": the pair would not write the same data");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        deleteRecursively(temp);
    }

    @Benchmark
    public BundleManifest careguide(ItemCounter counter) {
        counter.items += itemsPerOperation;
        return writer.write(List.of(new GuideContent(guide, views)), options, temp.resolve("bundle"));
    }

    @Benchmark
    public int direct(ItemCounter counter) throws IOException {
        Path dir = temp.resolve("direct");
        deleteRecursively(dir);
        int items = 0;
        for (LocaleView view : views) {
            items += DirectBundleWriter.write(format, guide, view, dir);
        }
        counter.items += items;
        return items;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
