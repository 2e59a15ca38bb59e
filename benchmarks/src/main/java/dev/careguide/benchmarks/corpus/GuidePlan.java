package dev.careguide.benchmarks.corpus;

import dev.careguide.benchmarks.corpus.Vocabulary.Population;
import dev.careguide.benchmarks.corpus.Vocabulary.Topic;
import java.util.List;

/**
 * One generated guide: its id (the folder under {@code src/main/content}), its topic and audience, and the
 * global indexes of its articles (each index seeds one article).
 */
public record GuidePlan(String id, Topic topic, Population population, List<Integer> articles) {

    public GuidePlan {
        articles = List.copyOf(articles);
    }

    /** File name of the article at position {@code i} of this guide, e.g. {@code article-01.txt}. */
    public static String articleFileName(int i) {
        return String.format(java.util.Locale.ROOT, "article-%02d.txt", i + 1);
    }
}
