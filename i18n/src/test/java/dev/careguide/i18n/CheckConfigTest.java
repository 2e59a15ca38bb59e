package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigTest {

    @TempDir
    Path dir;

    @Test
    void projectFileOverridesSeveritiesAndCompleteness() throws Exception {
        Path file = Files.writeString(dir.resolve("check.yaml"), """
                severities:
                  same-as-source: off
                  length-ratio: error
                minimumCompleteness:
                  default: 50
                  pt-br: 100
                """);
        CheckConfig config = CheckConfig.read(file);
        assertThat(config.severity("same-as-source")).isNull();
        assertThat(config.severity("length-ratio")).isEqualTo(Severity.ERROR);
        assertThat(config.severity("doubled-word")).isEqualTo(Severity.WARNING);
        assertThat(config.minimumCompleteness("pt-BR")).isEqualTo(100);
        assertThat(config.minimumCompleteness("ru")).isEqualTo(50);
    }

    @Test
    void badValuesAreReportedTogether() throws Exception {
        Path file = Files.writeString(dir.resolve("check.yaml"), """
                severities:
                  same-as-source: loud
                minimumCompleteness:
                  xx-YY: 10
                  ru: 140
                """);
        assertThatThrownBy(() -> CheckConfig.read(file))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(
                        e -> assertThat(((DiagnosticException) e).diagnostics()).hasSize(3))
                .hasMessageContaining("unknown severity 'loud'")
                .hasMessageContaining("unknown language 'xx'")
                .hasMessageContaining("minimumCompleteness.ru");
    }

    @Test
    void projectFileAddsAllowedDoubledWordsToTheShippedOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("check.yaml"), """
                allowedDoubledWords:
                  de: [Wer]
                  pt-BR: [se]
                """);
        CatalogRules rules = CheckConfig.read(file).rules();
        assertThat(rules.allowsDoubled("de", "wer")).isTrue();
        assertThat(rules.allowsDoubled("de-AT", "die")).isTrue();
        assertThat(rules.allowsDoubled("pt", "se")).isTrue();
        assertThat(rules.allowsDoubled("en", "wer")).isFalse();
        assertThat(CheckConfig.defaults().rules().allowsDoubled("de", "wer")).isFalse();
    }

    @Test
    void allowedDoubledWordsMustBeAListOfWordsPerKnownLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("check.yaml"), """
                allowedDoubledWords:
                  de: wer
                  xx: [a]
                """);
        assertThatThrownBy(() -> CheckConfig.read(file))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("allowedDoubledWords.de: expected a list of words")
                .hasMessageContaining("unknown language 'xx'");
    }

    @Test
    void severityOfAnUnknownCheckIsRefusedWithTheNearestName() {
        assertThatThrownBy(() -> CheckConfig.defaults().withSeverity("same-as-sorce", "off"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown check 'same-as-sorce' (did you mean same-as-source?)");
        assertThatThrownBy(() -> CheckConfig.defaults().withSeverity("spelling", "off"))
                .hasMessageStartingWith("unknown check 'spelling';");
    }

    @Test
    void projectFileNamingAnUnknownCheckIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("check.yaml"), """
                severities:
                  doubled-words: off
                """);
        assertThatThrownBy(() -> CheckConfig.read(file))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining(
                        "severities.doubled-words: unknown check 'doubled-words' (did you mean " + "doubled-word?)");
    }

    @Test
    void everyRegisteredCheckHasASeverityAndADescription() {
        CheckRegistry registry = CatalogRules.defaults().checks();
        assertThat(registry.all())
                .extracting(CheckRegistry.Check::code)
                .contains("icu-syntax", "unused-plural-category", "same-as-source")
                .doesNotHaveDuplicates();
        assertThat(registry.all()).allSatisfy(c -> assertThat(c.description()).endsWith("."));
        assertThat(registry.problem("icu-syntax")).isNull();
    }
}
