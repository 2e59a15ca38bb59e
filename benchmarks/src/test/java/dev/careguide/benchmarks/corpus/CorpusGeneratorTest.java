package dev.careguide.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesByteIdenticalProjects() throws IOException {
        CorpusGenerator.standard().writeContent(temp.resolve("a"), 12);
        CorpusGenerator.standard().writeContent(temp.resolve("b"), 12);

        Map<String, String> a = files(temp.resolve("a"));
        assertThat(a).hasSize(12);
        assertThat(files(temp.resolve("b"))).isEqualTo(a);
    }

    @Test
    void smallerCorpusIsThePrefixOfALargerOne() throws IOException {
        CorpusGenerator.standard().writeContent(temp.resolve("small"), 7);
        CorpusGenerator.standard().writeContent(temp.resolve("large"), 12);

        Map<String, String> small = files(temp.resolve("small"));
        Map<String, String> large = files(temp.resolve("large"));
        assertThat(small).hasSize(7);
        assertThat(large).containsAllEntriesOf(small);
    }

    @Test
    void anotherSeedWritesOtherArticles() {
        CorpusGenerator one = new CorpusGenerator(Vocabulary.standard(), 1, 5);
        CorpusGenerator two = new CorpusGenerator(Vocabulary.standard(), 2, 5);
        GuidePlan guide = one.plan(5).get(0);

        assertThat(one.article(guide, 0)).isNotEqualTo(two.article(guide, 0));
    }

    @Test
    void guidesGroupFiveArticlesUnderKebabCaseIds() {
        List<GuidePlan> guides = CorpusGenerator.standard().plan(12);

        assertThat(guides).extracting(g -> g.articles().size()).containsExactly(5, 5, 2);
        assertThat(guides)
                .extracting(GuidePlan::id)
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void articlesHaveTheCorpusConstructsAndNoUnfilledSlots() {
        CorpusGenerator generator = CorpusGenerator.standard();
        String all = generator.plan(40).stream()
                .flatMap(g -> g.articles().stream().map(i -> generator.article(g, i)))
                .collect(Collectors.joining());

        assertThat(all)
                .contains("\n  • ", "\n  1. ", "\n1. ", "\nFigure 1 - ", "?\n", "Food sources of ")
                .doesNotContain("{", "}", "\r");
        assertThat(all.lines().filter(line -> line.endsWith(" ."))).isNotEmpty();
    }

    @Test
    void refusesToWriteIntoANonEmptyDirectory() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> CorpusGenerator.standard().writeContent(temp, 3))
                .hasMessageContaining("not empty");
        assertThat(temp.resolve("keep.txt")).hasContent("mine");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
