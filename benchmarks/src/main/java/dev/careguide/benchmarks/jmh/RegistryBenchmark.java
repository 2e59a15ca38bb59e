package dev.careguide.benchmarks.jmh;

import dev.careguide.benchmarks.corpus.CorpusGenerator;
import dev.careguide.benchmarks.corpus.CorpusReviser;
import dev.careguide.benchmarks.corpus.GuidePlan;
import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.IdRegistry;
import dev.careguide.importer.ImportOptions;
import dev.careguide.importer.ImportResult;
import dev.careguide.model.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * What the id registry adds to an import (issue 12): every guide of the generated 1,000-article project imported
 * on one thread, with the importer built afresh (rules, and for {@code withRegistry} the registry file read), as
 * one {@code careguide import} does, against the same import without a registry. The registry is the one sync
 * writes for the project as generated; {@code revised} imports the project after {@link CorpusReviser} reworded
 * 5% and deleted 2% of its list items, so items match by lines and words rather than by identical text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class RegistryBenchmark {

    private static final int ARTICLES = 1000;

    @Param({"unchanged", "revised"})
    public String content;

    private Path project;
    private Path ids;
    private List<GuidePlan> guides;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        project = Files.createTempDirectory("careguide-registry-bench");
        guides = CorpusGenerator.standard().writeContent(project, ARTICLES);
        GuideImporter importer = new GuideImporter(ImportOptions.defaults());
        IdRegistry registry = IdRegistry.absent();
        for (GuidePlan guide : guides) {
            ImportResult result = importer.importGuide(guide.id(), documents(guide), content());
            registry = registry.with(guide.id(), result.registryEntries());
        }
        ids = project.resolve("src/main/careguide/ids.json");
        registry.write(ids);
        if (content.equals("revised")) {
            CorpusReviser.revise(content(), 0.05, 0.02, CorpusGenerator.DEFAULT_SEED);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        AtomicFiles.deleteRecursively(project);
    }

    @Benchmark
    public int withoutRegistry() {
        return importAll(ImportOptions.defaults());
    }

    @Benchmark
    public int withRegistry() {
        return importAll(ImportOptions.defaults().withIdsFile(ids));
    }

    private int importAll(ImportOptions options) {
        GuideImporter importer = new GuideImporter(options);
        int items = 0;
        for (GuidePlan guide : guides) {
            items += importer.importGuide(guide.id(), documents(guide), content())
                    .guide()
                    .items()
                    .size();
        }
        return items;
    }

    private Path content() {
        return project.resolve(CorpusGenerator.CONTENT_DIRECTORY);
    }

    private List<Path> documents(GuidePlan guide) {
        try (Stream<Path> files = Files.list(content().resolve(guide.id()))) {
            return new ArrayList<>(files.sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
