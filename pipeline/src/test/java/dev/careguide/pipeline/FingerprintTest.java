package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path project;

    private PipelineConfig config;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("src/main/content"));
        Files.createDirectories(project.resolve("src/main/i18n/leg-cramps"));
        Files.writeString(project.resolve("src/main/content/leg-cramps.txt"), "Leg cramps\n");
        Files.writeString(project.resolve("src/main/i18n/leg-cramps/messages_de.properties"), "a=b\n");
        config = PipelineConfig.builder(ProjectLayout.defaults(project)).build();
    }

    @Test
    void theSameInputsGiveTheSameFingerprint() {
        assertThat(Fingerprint.of(config)).isEqualTo(Fingerprint.of(config));
    }

    @Test
    void changingAnArticleChangesTheFingerprint() throws IOException {
        String before = Fingerprint.of(config).digest();
        Files.writeString(project.resolve("src/main/content/leg-cramps.txt"), "Leg cramps at night\n");

        assertThat(Fingerprint.of(config).digest()).isNotEqualTo(before);
    }

    @Test
    void changingACatalogChangesTheFingerprint() throws IOException {
        String before = Fingerprint.of(config).digest();
        Files.writeString(project.resolve("src/main/i18n/leg-cramps/messages_de.properties"), "a=c\n");

        assertThat(Fingerprint.of(config).digest()).isNotEqualTo(before);
    }

    @Test
    void changingTheConfigurationOrGeneratorVersionChangesTheFingerprint() {
        String before = Fingerprint.of(config).digest();

        assertThat(Fingerprint.of(config.toBuilder().locales(List.of("de")).build())
                        .digest())
                .isNotEqualTo(before);
        assertThat(Fingerprint.of(config.toBuilder().generatorVersion("9.9.9").build())
                        .digest())
                .isNotEqualTo(before);
    }

    @Test
    void aStoredFingerprintReadsBack() {
        Fingerprint fingerprint = Fingerprint.of(config);
        Path file = project.resolve("target/careguide/.careguide-fingerprint");

        fingerprint.store(file);

        assertThat(Fingerprint.storedDigest(file)).contains(fingerprint.digest());
        assertThat(fingerprint.text())
                .contains("src/main/content/leg-cramps.txt")
                .contains("src/main/i18n/leg-cramps/messages_de.properties");
    }
}
