package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRulesTest {

    @TempDir
    Path dir;

    @Test
    void builtInRulesLoad() {
        ImportRules rules = ImportRules.defaults();
        assertThat(rules.sections).containsKey(SectionType.CAUSES);
        assertThat(rules.stopWords).contains("on", "or").doesNotContain("not", "no");
    }

    @Test
    void aTeamFileExtendsListsAndCanReplaceEntries() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                replace: [stopWords]
                sections:
                  folk: ["old wives"]
                stopWords: [the]
                """);
        ImportRules rules = ImportRules.load(file);
        assertThat(new SectionClassifier(rules).classify("Old wives' tales")).isEqualTo(SectionType.FOLK);
        assertThat(new SectionClassifier(rules).classify("Folk recipes")).isEqualTo(SectionType.FOLK);
        assertThat(rules.stopWords).containsExactly("the");
    }

    @Test
    void unknownKeyOrValueIsReportedWithItsLine() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "sections:\n  gossip: [rumour]\n");
        assertThatThrownBy(() -> ImportRules.load(file)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("gossip");
        });
        Files.writeString(file, "colours: [red]\n");
        assertThatThrownBy(() -> ImportRules.load(file))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("rules.yaml:1");
    }

    @Test
    void unquotedYamlBooleanInAWordListIsCaught() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "stopWords: [off]\n");
        assertThatThrownBy(() -> ImportRules.load(file))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("quote");
    }

    @Test
    void hostileYamlIsRejectedCleanly() throws Exception {
        Path file = dir.resolve("rules.yaml");
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            sb.append("b")
                    .append(i)
                    .append(": &b")
                    .append(i)
                    .append(" [*")
                    .append(i == 0 ? "a" : "b" + (i - 1))
                    .append(", *")
                    .append(i == 0 ? "a" : "b" + (i - 1))
                    .append("]\n");
        }
        Files.writeString(file, sb.toString());
        assertThatThrownBy(() -> ImportRules.load(file))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("rules.yaml");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "a negative count   | structure:\\n  maxHeadingWords: -3          | 2 | 20 | 1 or more",
                "a zero length limit | structure:\\n  maxSentenceChars: 0      | 2 | 21 | 1 or more",
                "an empty cue       | sections:\\n  causes: ['', reason]         | 2 | 12 | empty word",
                "a blank cue        | cues:\\n  exercise: ['  ']                | 2 | 14 | empty word",
                "a null cue         | cues:\\n  exercise: [~]                   | 2 | 14 | empty word",
            })
    void aValueThatCannotBeMeantIsAnErrorAtItsPosition(String what, String yaml, int line, int column, String says)
            throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> ImportRules.load(file)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).line()).isEqualTo(line);
            assertThat(e.diagnostics().get(0).column()).isEqualTo(column);
            assertThat(e.diagnostics().get(0).message()).contains(says);
        });
    }
}
