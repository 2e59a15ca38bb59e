package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    @TempDir
    Path dir;

    @Test
    void replacesWholeWordsKeepingCapitalsAndRecordsWhere() {
        Glossary g = new Glossary(List.of(Glossary.term("seizures", "cramps"), Glossary.term("semester", "trimester")));
        MappedText text = TypographyNormalizer.normalize("Seizures in the third semester; seizuresque stays.");
        Glossary.Applied applied = g.apply(text);
        assertThat(applied.text().text()).isEqualTo("Cramps in the third trimester; seizuresque stays.");
        assertThat(applied.replacements()).extracting(Glossary.Replacement::sourceOffset).containsExactly(0, 22);
        assertThat(applied.replacements()).extracting(Glossary.Replacement::to).containsExactly("Cramps", "trimester");
    }

    @Test
    void longestTermWinsWhereTermsOverlap() {
        Glossary g = new Glossary(List.of(Glossary.term("legs", "limbs"),
                Glossary.term("it brings legs together", "legs cramp")));
        assertThat(g.apply(MappedText.identity("when it brings legs together at night")).text().text())
                .isEqualTo("when legs cramp at night");
    }

    @Test
    void replacedTextStillMapsToTheSource() {
        Glossary g = new Glossary(List.of(Glossary.term("convulsions", "cramps")));
        String source = "With convulsions, rest.";
        MappedText text = g.apply(MappedText.identity(source)).text();
        int[] range = text.sourceRange(0, text.text().indexOf(','));
        assertThat(source.substring(range[0], range[1])).isEqualTo("With convulsions");
    }

    @Test
    void loadsAFileAndReportsABadEntryWithItsLine() throws Exception {
        Path ok = dir.resolve("glossary.yaml");
        Files.writeString(ok, "replacements:\n  - {from: semester, to: trimester}\n");
        assertThat(Glossary.load(ok).apply(MappedText.identity("second semester")).text().text())
                .isEqualTo("second trimester");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "replacements:\n  - {from: semester}\n");
        assertThatThrownBy(() -> Glossary.load(bad)).isInstanceOfSatisfying(DiagnosticException.class,
                e -> assertThat(e.diagnostics().get(0).line()).isEqualTo(2));
    }

    @Test
    void brokenYamlNamesLineAndColumn() throws Exception {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, "replacements:\n  - {from: a, to: b\n  - x: [\n");
        assertThatThrownBy(() -> Glossary.load(bad)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).file()).endsWith("broken.yaml");
            assertThat(e.diagnostics().get(0).line()).isPositive();
            assertThat(e.diagnostics().get(0).code()).isEqualTo("yaml-syntax");
        });
    }
}
