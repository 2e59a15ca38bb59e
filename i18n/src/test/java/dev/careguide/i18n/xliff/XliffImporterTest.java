package dev.careguide.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogSync;
import dev.careguide.i18n.TestGuides;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffImporterTest {

    @TempDir
    Path dir;

    private final Guide guide = TestGuides.guide();
    private Path i18n;
    private Path catalog;
    private Path xlf;

    @BeforeEach
    void exportGermanCatalog() throws Exception {
        i18n = dir.resolve("i18n");
        CatalogSync sync = new CatalogSync();
        sync.sync(guide, i18n, List.of("de"), false);
        catalog = i18n.resolve("leg-cramps/messages_de.properties");
        CatalogEditor.translate(
                catalog,
                "de",
                Map.of(
                        "guide.title",
                        "Wadenkrämpfe in der Schwangerschaft",
                        "cause.magnesium-deficiency.title",
                        "Magnesiummangel"));
        sync.sync(guide, i18n, List.of("de"), false);
        xlf = new XliffExporter()
                .export(guide, i18n, List.of("de"), dir.resolve("xliff"), TranslationMemory.empty())
                .get(0);
        assertThat(xlf.getFileName()).hasToString("leg-cramps.de.xlf");
    }

    private String catalogText() throws Exception {
        return Files.readString(catalog, StandardCharsets.UTF_8);
    }

    private void editXliff(String from, String to) throws Exception {
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(xlf, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : null;
            String y = i < b.size() ? b.get(i) : null;
            if (!java.util.Objects.equals(x, y)) {
                out.add(x + " -> " + y);
            }
        }
        return out;
    }

    @Test
    void editedTargetComesBackAndNothingElseInTheCatalogChanges() throws Exception {
        String before = catalogText();
        editXliff("<target>Magnesiummangel</target>", "<target>Magnesiummangel (Hypomagnesiämie)</target>");

        XliffImporter.Result result = new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n);

        assertThat(result.written()).containsExactly(catalog);
        assertThat(result.changedEntries()).isEqualTo(1);
        assertThat(changedLines(before, catalogText()))
                .containsExactly("cause.magnesium-deficiency.title=Magnesiummangel -> "
                        + "cause.magnesium-deficiency.title=Magnesiummangel (Hypomagnesiämie)");
    }

    @Test
    void newTranslationFillsThePlaceholderAndReviewedStateMarksIt() throws Exception {
        editXliff("""
                <segment id="s1" state="initial">
                        <source>Nuts</source>""", """
                <segment id="s1" state="final">
                        <source>Nuts</source>
                        <target>Nüsse</target>""");

        new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n);

        assertThat(catalogText())
                .contains("#. en: Nuts\n#, reviewed\nnutrient.magnesium.foods.1=Nüsse\n")
                .doesNotContain("# nutrient.magnesium.foods.1=");
    }

    @Test
    void targetLeftInStateInitialIsNotImportedButReported() throws Exception {
        String before = catalogText();
        editXliff("""
                        <source>Nuts</source>""", """
                        <source>Nuts</source>
                        <target>Nüsse?</target>""");

        XliffImporter.Result result = new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n);

        assertThat(result.written()).isEmpty();
        assertThat(result.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .contains("nutrient.magnesium.foods.1")
                        .contains("state initial"));
        assertThat(catalogText()).isEqualTo(before);
    }

    @Test
    void fileWhoseSourceChangedIsRefusedWithItsPositionAndNothingIsWritten() throws Exception {
        editXliff("<target>Magnesiummangel</target>", "<target>Magnesiummangel!</target>");
        Guide changed = guide.toBuilder()
                .causes(List.of(new dev.careguide.model.Cause(
                        "cause.magnesium-deficiency",
                        "Lack of magnesium",
                        TestGuides.magnesium().description(),
                        TestGuides.magnesium().category(),
                        List.of("magnesium"),
                        null,
                        TestGuides.magnesium().provenance())))
                .build();
        String before = catalogText();

        assertThatThrownBy(() -> new XliffImporter().importFiles(List.of(xlf), List.of(changed), i18n))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics())
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.file()).endsWith("leg-cramps.de.xlf");
                            assertThat(d.line()).isGreaterThan(1);
                            assertThat(d.column()).isGreaterThan(0);
                            assertThat(d.code()).isEqualTo("source-changed");
                            assertThat(d.message())
                                    .contains("cause.magnesium-deficiency.title")
                                    .contains("\"Magnesium deficiency\" is now \"Lack of magnesium\"");
                        }));
        assertThat(catalogText()).isEqualTo(before);
    }

    @Test
    void inlineCodesUnknownGuidesAndBrokenXmlAreErrorsWithPositions() throws Exception {
        editXliff("<target>Magnesiummangel</target>", "<target>Magnesium<ph id=\"1\"/>mangel</target>");
        assertThatThrownBy(() -> new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n))
                .hasMessageContaining("inline element <ph> is not supported");

        editXliff("<file id=\"leg-cramps\"", "<file id=\"night-cramps\"");
        assertThatThrownBy(() -> new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n))
                .hasMessageContaining("file id 'night-cramps' is not a guide of this project (guides: leg-cramps)");

        Path broken = Files.writeString(dir.resolve("broken.xlf"), "<?xml version=\"1.0\"?>\n<xliff>\n  <file>\n");
        assertThatThrownBy(() -> new XliffImporter().importFiles(List.of(broken), List.of(guide), i18n))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("broken.xlf");
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String text = Files.readString(xlf, StandardCharsets.UTF_8)
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<!DOCTYPE xliff [<!ENTITY s SYSTEM \""
                                + secret.toUri() + "\">]>")
                .replace("<target>Magnesiummangel</target>", "<target>&s;</target>");
        assertThat(text).contains("<!DOCTYPE xliff [").contains("<target>&s;</target>");
        Files.writeString(xlf, text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new XliffImporter().importFiles(List.of(xlf), List.of(guide), i18n))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("leg-cramps.de.xlf")
                .hasMessageNotContaining("SECRET");
        assertThat(catalogText()).doesNotContain("SECRET");
    }
}
