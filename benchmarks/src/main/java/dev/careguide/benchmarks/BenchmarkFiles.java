package dev.careguide.benchmarks;

import dev.careguide.benchmarks.corpus.CorpusGenerator;
import dev.careguide.benchmarks.corpus.GuidePlan;
import dev.careguide.importer.ImportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and makes the benchmarks' input files. The example corpus is read from the repository
 * ({@code examples/leg-cramps/src/main/content}, or the directory named by the system property
 * {@code careguide.example}); run the benchmarks from the repository root.
 */
public final class BenchmarkFiles {

    /** The example project's content directory, relative to the repository root. */
    public static final String EXAMPLE_CONTENT = "examples/leg-cramps/src/main/content";
    /** The example article. */
    public static final String EXAMPLE_ARTICLE = "leg-cramps-pregnancy.txt";

    private BenchmarkFiles() {}

    /** The example project's directory ({@code examples/leg-cramps}). */
    public static Path exampleProject() {
        String configured = System.getProperty("careguide.example");
        Path dir = configured != null ? Path.of(configured) : Path.of("examples/leg-cramps");
        if (configured == null && !Files.isDirectory(dir)) {
            dir = Path.of("../examples/leg-cramps");
        }
        if (!Files.isRegularFile(dir.resolve("src/main/content").resolve(EXAMPLE_ARTICLE))) {
            throw new IllegalStateException("example project not found at " + dir.toAbsolutePath()
                    + "; run from the repository root or pass -Dcareguide.example=DIR");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The import options the example's build uses: its rules, glossary and editorial files where present. */
    public static ImportOptions exampleImportOptions() {
        Path dir = exampleProject().resolve("src/main/careguide");
        ImportOptions options = ImportOptions.defaults();
        if (Files.isRegularFile(dir.resolve("rules.yaml"))) {
            options = options.withRulesFile(dir.resolve("rules.yaml"));
        }
        if (Files.isRegularFile(dir.resolve("glossary.yaml"))) {
            options = options.withGlossaryFile(dir.resolve("glossary.yaml"));
        }
        if (Files.isRegularFile(dir.resolve("editorial.yaml"))) {
            options = options.withEditorialFile(dir.resolve("editorial.yaml"));
        }
        return options;
    }

    /** The example article. */
    public static Path exampleArticle() {
        return exampleProject().resolve("src/main/content").resolve(EXAMPLE_ARTICLE);
    }

    /**
     * Writes generated articles, separated by blank lines, into one file of at least {@code minBytes} bytes
     * (a large single-document import) and returns it.
     */
    public static Path generatedArticle(Path dir, int minBytes) {
        CorpusGenerator generator = CorpusGenerator.standard();
        GuidePlan guide = generator.plan(1).get(0);
        StringBuilder text = new StringBuilder(minBytes + 16384);
        int bytes = 0;
        for (int i = 0; bytes < minBytes; i++) {
            String article = generator.article(guide, i) + "\n";
            text.append(article);
            bytes += article.getBytes(StandardCharsets.UTF_8).length;
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("generated.txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
