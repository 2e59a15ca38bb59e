package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import dev.careguide.model.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A content project in a folder as a content team and a German translator work on it: articles, an editorial
 * file, catalogs a translator fills, and the pipeline run as the CLI and Maven goals run it.
 */
final class TeamProject {

    final Path dir;
    /** German; the translator's stand-in translations ({@code de:<key>}) carry no numbers or negations. */
    private UnaryOperator<PipelineConfig.Builder> settings =
            b -> b.locales(List.of("de")).checkSeverities(Map.of("negation", "off", "quantity", "off"));

    TeamProject(Path dir) {
        this.dir = dir;
    }

    TeamProject settings(UnaryOperator<PipelineConfig.Builder> more) {
        UnaryOperator<PipelineConfig.Builder> base = settings;
        settings = b -> more.apply(base.apply(b));
        return this;
    }

    Pipeline pipeline() {
        return new Pipeline(
                settings.apply(PipelineConfig.builder(ProjectLayout.defaults(dir)))
                        .build(),
                PipelineListener.SILENT);
    }

    TeamProject write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TeamProject article(String guide, String text) {
        return write("src/main/content/" + guide + ".txt", text);
    }

    String article(String guide) {
        return read("src/main/content/" + guide + ".txt");
    }

    /** Replaces text in an article, which must contain it. */
    TeamProject edit(String guide, String from, String to) {
        String text = article(guide);
        assertThat(text).contains(from);
        return article(guide, text.replace(from, to));
    }

    TeamProject editorial(String yaml) {
        return write("src/main/careguide/editorial.yaml", yaml);
    }

    /** Runs sync, which must succeed. */
    SyncOutcome sync() {
        SyncOutcome outcome = pipeline().sync(false);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.success()).isTrue();
        return outcome;
    }

    /** Imports the content into the output folder, which must succeed, and returns the guide's model. */
    Guide importGuide(String guide) {
        ImportOutcome outcome = pipeline().importContent();
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.success()).isTrue();
        return model(guide);
    }

    Guide model(String guide) {
        return new GuideCodec().read(dir.resolve("target/careguide/model/" + guide + "/model.json"));
    }

    Path catalog(String guide) {
        return dir.resolve("src/main/i18n/" + guide + "/messages_de.properties");
    }

    /** Translates every untranslated key of the guide's German catalog as {@code de:<key>}, then syncs. */
    TeamProject translateAll(String guide) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (CatalogEntry e : CatalogFile.read(catalog(guide), "de", "de").entries()) {
            if (!e.isTranslated()) {
                translations.put(e.key(), "de:" + e.key());
            }
        }
        CatalogEditor.translate(catalog(guide), "de", translations);
        sync();
        return this;
    }

    /** The German catalog's entry of a key, if it is an active (not obsolete) one. */
    Optional<CatalogEntry> entry(String guide, String key) {
        return CatalogFile.read(catalog(guide), "de", "de").entries().stream()
                .filter(e -> e.key().equals(key))
                .findFirst();
    }

    /** Every translation of the German catalog, active or obsolete. */
    List<String> translations(String guide) {
        CatalogFile file = CatalogFile.read(catalog(guide), "de", "de");
        assertThat(file.problems()).isEmpty();
        return java.util.stream.Stream.concat(file.entries().stream(), file.obsolete().stream())
                .filter(CatalogEntry::isTranslated)
                .map(CatalogEntry::value)
                .toList();
    }

    List<CatalogEntry> obsolete(String guide) {
        return CatalogFile.read(catalog(guide), "de", "de").obsolete();
    }

    static Optional<Item> item(Guide guide, String id) {
        return guide.item(id);
    }
}
