package dev.careguide.benchmarks.jmh;

import dev.careguide.benchmarks.BenchmarkFiles;
import dev.careguide.benchmarks.NlpTextPass;
import dev.careguide.benchmarks.RawTextPass;
import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Import throughput against two baselines over the same file, in the same run: the raw pass (read, strict UTF-8,
 * NFC, ICU sentence breaks) and the bare language pass (the same, then OpenNLP tokenizing and tagging every
 * sentence with the importer's models), which is the least a grammar-reading importer does. The importer is built once with the example's rules, glossary and editorial files; each
 * operation imports the file into a guide with its report, as {@code careguide import} does per guide. {@code example} is the example project's article (about 40 KB, five pasted web articles);
 * {@code generated-1mb} is about 1 MB of generated articles in one file. The {@code bytes} counter is the
 * throughput in bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class ImportBenchmark {

    @Param({"example", "generated-1mb"})
    public String input;

    private Path temp;
    private Path file;
    private long size;
    private GuideImporter importer;
    private NlpTextPass nlp;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        temp = Files.createTempDirectory("careguide-import-bench");
        file = input.equals("example")
                ? BenchmarkFiles.exampleArticle()
                : BenchmarkFiles.generatedArticle(temp, 1 << 20);
        size = Files.size(file);
        importer = new GuideImporter(BenchmarkFiles.exampleImportOptions());
        nlp = new NlpTextPass();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(temp.resolve("generated.txt"));
        Files.deleteIfExists(temp);
    }

    @Benchmark
    public ImportResult importGuide(ByteCounter counter) {
        counter.bytes += size;
        return importer.importGuide("benchmark-guide", List.of(file), file.getParent());
    }

    @Benchmark
    public int nlpPass(ByteCounter counter) throws IOException {
        counter.bytes += size;
        return nlp.tokens(file);
    }

    @Benchmark
    public int rawPass(ByteCounter counter) throws IOException {
        counter.bytes += size;
        return RawTextPass.sentences(file);
    }
}
