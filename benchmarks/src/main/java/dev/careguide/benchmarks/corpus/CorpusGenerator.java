package dev.careguide.benchmarks.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a synthetic content project of N articles for the scale benchmarks: {@code src/main/content/<guide-id>/
 * article-NN.txt}, one guide (topic folder) per {@code articlesPerGuide} articles. Article {@code i} depends
 * only on the seed and {@code i}, so a corpus of 100 articles is the first 100 articles of a corpus of 1,000.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.corpus.CorpusGenerator OUT_DIR ARTICLES
 * LOCALES [SEED]}; with LOCALES above zero it also writes that many target-locale catalogs per guide
 * ({@link CatalogFiller}: the real import and sync, then synthetic translations).
 */
public final class CorpusGenerator {

    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20261125L;
    /** Articles per guide, as in the sample corpus (five web articles pasted into one file). */
    public static final int DEFAULT_ARTICLES_PER_GUIDE = 5;
    /** Where the articles go inside the project. */
    public static final String CONTENT_DIRECTORY = "src/main/content";

    private final Vocabulary vocabulary;
    private final ArticleComposer composer;
    private final long seed;
    private final int articlesPerGuide;

    public CorpusGenerator(Vocabulary vocabulary, long seed, int articlesPerGuide) {
        if (articlesPerGuide < 1) {
            throw new IllegalArgumentException("articlesPerGuide must be at least 1: " + articlesPerGuide);
        }
        this.vocabulary = vocabulary;
        this.composer = new ArticleComposer(vocabulary);
        this.seed = seed;
        this.articlesPerGuide = articlesPerGuide;
    }

    /** The standard vocabulary, the default seed and five articles per guide. */
    public static CorpusGenerator standard() {
        return new CorpusGenerator(Vocabulary.standard(), DEFAULT_SEED, DEFAULT_ARTICLES_PER_GUIDE);
    }

    /** The guides that {@code articles} articles make, in order. */
    public List<GuidePlan> plan(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("the number of articles must be at least 1: " + articles);
        }
        int topics = vocabulary.topics().size();
        int populations = vocabulary.populations().size();
        List<GuidePlan> guides = new ArrayList<>();
        for (int g = 0, first = 0; first < articles; g++, first += articlesPerGuide) {
            var topic = vocabulary.topics().get(g % topics);
            var population = vocabulary.populations().get((g / topics) % populations);
            List<Integer> indexes = new ArrayList<>();
            for (int i = first; i < Math.min(articles, first + articlesPerGuide); i++) {
                indexes.add(i);
            }
            String id = String.format(Locale.ROOT, "%s-%s-%04d", topic.id(), population.id(), g + 1);
            guides.add(new GuidePlan(id, topic, population, indexes));
        }
        return guides;
    }

    /** The text of article {@code index} of the given guide. */
    public String article(GuidePlan guide, int index) {
        return composer.compose(guide.topic(), guide.population(), articleSeed(index));
    }

    /**
     * Writes the articles under {@code projectDir/src/main/content}; the project directory must be empty or
     * absent. Returns the guides written.
     */
    public List<GuidePlan> writeContent(Path projectDir, int articles) throws IOException {
        requireEmpty(projectDir);
        Path content = projectDir.resolve(CONTENT_DIRECTORY);
        List<GuidePlan> guides = plan(articles);
        for (GuidePlan guide : guides) {
            Path folder = Files.createDirectories(content.resolve(guide.id()));
            for (int i = 0; i < guide.articles().size(); i++) {
                write(
                        folder.resolve(GuidePlan.articleFileName(i)),
                        article(guide, guide.articles().get(i)));
            }
        }
        return guides;
    }

    private long articleSeed(int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + ": output directory is not empty; remove it or choose another");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IOException(dir + ": output path exists and is not a directory");
        }
    }

    /** Writes UTF-8 text through a temporary file moved into place. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: CorpusGenerator OUT_DIR ARTICLES LOCALES [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int locales = Integer.parseInt(args[2]);
        long seed = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        CorpusGenerator generator = new CorpusGenerator(Vocabulary.standard(), seed, DEFAULT_ARTICLES_PER_GUIDE);
        long start = System.nanoTime();
        List<GuidePlan> guides = generator.writeContent(out, articles);
        System.err.printf(
                Locale.ROOT,
                "wrote %d articles in %d guides to %s%n",
                articles,
                guides.size(),
                out.resolve(CONTENT_DIRECTORY));
        if (locales > 0) {
            long filled = CatalogFiller.fill(out, guides, CatalogFiller.targetLocales(locales));
            System.err.printf(
                    Locale.ROOT, "synced %d target-locale catalogs per guide, filled %d entries%n", locales, filled);
        }
        System.err.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
