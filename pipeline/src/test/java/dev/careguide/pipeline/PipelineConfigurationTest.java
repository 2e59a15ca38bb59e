package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigurationTest {

    @TempDir
    Path project;

    @Test
    void theBuilderStartsFromTheDocumentedDefaults() {
        PipelineConfig config =
                PipelineConfig.builder(ProjectLayout.defaults(project)).build();

        assertThat(config.sourceLocale()).isEqualTo("en");
        assertThat(config.locales()).isEmpty();
        assertThat(config.formats()).containsExactly("json", "yaml", "csv");
        assertThat(config.exportPolicies()).isEmpty();
        assertThat(config.minCompleteness()).isZero();
        assertThat(config.failOnWarnings()).isFalse();
        assertThat(config.spreadsheetSafeCsv()).isTrue();
        assertThat(config.outputTimestamp()).isNull();
        assertThat(config.generatorName()).isEqualTo("careguide");
    }

    @Test
    void anOutputDirectoryOutsideTheProjectIsRejectedBeforeAnythingRuns() {
        PipelineConfig config = PipelineConfig.builder(
                        ProjectLayout.defaults(project).withOutputDirectory(project.resolve("../out")))
                .build();

        assertThatThrownBy(() -> new Pipeline(config, PipelineListener.SILENT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("outputDirectory")
                .hasMessageContaining("leads outside the project");
    }

    @Test
    void anUnknownFormatOrPolicyIsAConfigurationError() {
        PipelineConfig config = PipelineConfig.builder(ProjectLayout.defaults(project))
                .formats(List.of("json", "xml"))
                .exportPolicies(Map.of("unsafe", "sometimes"))
                .build();

        assertThatThrownBy(() -> new Pipeline(config, PipelineListener.SILENT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown export format 'xml'")
                .hasMessageContaining("unsafe");
    }

    @Test
    void aCompletenessOutsideZeroToHundredIsRejected() {
        assertThatThrownBy(() -> PipelineConfig.builder(ProjectLayout.defaults(project))
                        .minCompleteness(120)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minCompleteness");
    }
}
