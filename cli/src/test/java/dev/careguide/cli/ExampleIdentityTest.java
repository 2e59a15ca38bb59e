package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import dev.careguide.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar, as a new user runs it with the CLI on a copy of the bundled example: a retitled item whose
 * title was translated keeps its id, its title and its German translation when a word is inserted into its line.
 */
class ExampleIdentityTest {

    private static final Path EXAMPLE =
            Path.of("../examples/leg-cramps/src").toAbsolutePath().normalize();
    private static final String GUIDE = "leg-cramps-pregnancy";
    private static final String LINE = "Go to the wall and rest your palms on it.";

    @TempDir
    Path project;

    @Test
    void retitledAndTranslatedItemSurvivesAWordInsertedIntoItsLine() throws IOException {
        copy(EXAMPLE, project.resolve("src"));
        assertThat(cli("import").exitCode()).isZero();
        String item = model().items().stream()
                .filter(i -> i.provenance().stream().anyMatch(p -> p.text().contains(LINE)))
                .map(Item::id)
                .findFirst()
                .orElseThrow();
        Path editorial = project.resolve("src/main/careguide/editorial.yaml");
        Files.writeString(editorial, Files.readString(editorial) + "  " + item + ": {title: \"Wall push-ups\"}\n");
        assertThat(cli("sync", "-l", "ru,de,ar").exitCode()).isZero();
        Path german = project.resolve("src/main/i18n/" + GUIDE + "/messages_de.properties");
        CatalogEditor.translate(german, "de", Map.of(item + ".title", "Liegestütze an der Wand"));
        assertThat(cli("sync", "-l", "ru,de,ar").exitCode()).isZero();
        assertThat(project.resolve("src/main/careguide/ids.json")).content().contains("\"" + item + "\" : \"");

        Path article = project.resolve("src/main/content/" + GUIDE + ".txt");
        String text = Files.readString(article);
        assertThat(text).contains(LINE);
        Files.writeString(article, text.replace(LINE, "Go to the wall and gently rest your palms on it."));
        CliRun build = cli("build", "-l", "ru,de,ar");
        CliRun sync = cli("sync", "-l", "ru,de,ar");

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        Guide guide = model();
        assertThat(guide.item(item)).get().extracting(Item::title).isEqualTo("Wall push-ups");
        assertThat(guide.item(item).orElseThrow().provenance())
                .extracting(p -> p.text())
                .anySatisfy(t -> assertThat(t).contains("gently rest your palms"));
        CatalogEntry title = CatalogFile.read(german, "de", "de").entries().stream()
                .filter(e -> e.key().equals(item + ".title"))
                .findFirst()
                .orElseThrow();
        assertThat(title.value()).isEqualTo("Liegestütze an der Wand");
        assertThat(title.isStale()).isFalse();
    }

    @Test
    void everyProblemOfTheEditorialFileFailsTheBuildOnceAtItsLineInOneRun() throws IOException {
        copy(EXAMPLE, project.resolve("src"));
        Path editorial = project.resolve("src/main/careguide/editorial.yaml");
        String decisions = Files.readString(editorial);
        int lines = (int) decisions.lines().count();
        Files.writeString(
                editorial,
                decisions + "  remedy.no-such-item: {title: \"Anything\"}\n"
                        + "  remedy.take-warm-shower: {kind: potion}\n"
                        + "leg-cramps-pregnacy:\n  remedy.sleep-left-side: {review: rejected}\n");

        CliRun build = cli("build", "-l", "de");

        assertThat(build.exitCode()).as(build.err()).isEqualTo(1);
        String file = editorial.toString();
        assertThat(build.err().lines().filter(l -> l.contains("no-such-item")))
                .singleElement()
                .asString()
                .startsWith(file + ":" + (lines + 1) + ":")
                .contains("error:", "[editorial-unknown-id]");
        assertThat(build.err().lines().filter(l -> l.contains("potion")))
                .singleElement()
                .asString()
                .startsWith(file + ":" + (lines + 2) + ":")
                .contains("error:", "[editorial-kind]");
        assertThat(build.err().lines().filter(l -> l.contains("leg-cramps-pregnacy")))
                .singleElement()
                .asString()
                .startsWith(file + ":" + (lines + 4) + ":")
                .contains("error:", "[editorial-unknown-guide]");
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    private Guide model() {
        return new GuideCodec().read(project.resolve("target/careguide/model/" + GUIDE + "/model.json"));
    }

    private CliRun cli(String... args) {
        String[] all = Stream.concat(
                        Stream.of(args[0], "-p", project.toString()),
                        Stream.of(args).skip(1))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.write(target, Files.readAllBytes(file));
                }
            }
        }
        assertThat(Files.readString(to.resolve("main/content/" + GUIDE + ".txt"), StandardCharsets.UTF_8))
                .isNotEmpty();
    }
}
