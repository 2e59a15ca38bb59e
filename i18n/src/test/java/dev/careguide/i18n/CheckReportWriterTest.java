package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careguide.model.Diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportWriterTest {

    @TempDir
    Path project;

    private CheckResult result() {
        String file = project.resolve("src/main/i18n/ui/messages_ru.properties").toString();
        return new CheckResult(
                List.of(
                        new CatalogProblem(
                                Severity.WARNING,
                                file,
                                7,
                                3,
                                "same-as-source",
                                "ru",
                                "section.causes",
                                "translation is the same as the source text",
                                0),
                        new CatalogProblem(
                                Severity.ERROR,
                                file,
                                9,
                                1,
                                "duplicate-key",
                                "ru",
                                "label.steps",
                                "duplicate key: defined on line 4 and again on line 9",
                                4)),
                Map.of("ui/ru", 97.5));
    }

    @Test
    void sarifLogPointsAtFileLineAndColumnRelativeToTheProject() throws Exception {
        Path out = project.resolve("target/careguide/check/check-report.sarif");
        new CheckReportWriter(project).writeSarif(result(), out);

        JsonNode sarif = new ObjectMapper().readTree(Files.readString(out));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("careguide");
        assertThat(run.path("tool").path("driver").path("rules"))
                .extracting(r -> r.path("id").asText())
                .containsExactly("duplicate-key", "same-as-source");
        JsonNode first = run.path("results").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("same-as-source");
        assertThat(first.path("level").asText()).isEqualTo("warning");
        assertThat(first.path("message").path("text").asText())
                .isEqualTo("[ru] section.causes: translation is the same as the source text");
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText())
                .isEqualTo("src/main/i18n/ui/messages_ru.properties");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(7);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(3);
        JsonNode duplicate = run.path("results").get(1);
        assertThat(duplicate.path("level").asText()).isEqualTo("error");
        assertThat(duplicate
                        .path("relatedLocations")
                        .get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void jsonReportListsProblemsAndCompleteness() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new CheckReportWriter(project).toJson(result()));
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(1);
        assertThat(json.path("completeness").path("ui/ru").asDouble()).isEqualTo(97.5);
        assertThat(json.path("problems").get(1).path("relatedLine").asInt()).isEqualTo(4);
        assertThat(json.path("problems").get(0).path("file").asText())
                .isEqualTo("src/main/i18n/ui/messages_ru.properties");
    }

    @Test
    void consoleLinesHaveFileLineColumnSeverityLocaleAndKey() {
        assertThat(result().consoleLines().get(1))
                .isEqualTo(project.resolve("src/main/i18n/ui/messages_ru.properties")
                        + ":9:1: error: [ru] label.steps: duplicate key: defined "
                        + "on line 4 and again on line 9 [duplicate-key]");
        assertThat(result().diagnostics().get(1).toString())
                .isEqualTo(result().consoleLines().get(1));
    }
}
