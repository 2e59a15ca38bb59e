package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogEditorTest {

    @TempDir
    Path i18n;

    @Test
    void translationsReplacePlaceholdersAndSyncTakesThemAsCurrent() throws Exception {
        CatalogSync sync = new CatalogSync();
        sync.sync(TestGuides.guide(), i18n, List.of("de"), false);
        Path de = i18n.resolve("leg-cramps/messages_de.properties");
        Path file = i18n.resolve("de-translations.properties");
        Files.writeString(
                file,
                "guide.title=Wadenkrämpfe in der Schwangerschaft\nnutrient.magnesium.foods.1=Nüsse\n",
                StandardCharsets.UTF_8);

        List<String> changed = CatalogEditor.translate(de, "de", file);

        assertThat(changed).containsExactly("guide.title", "nutrient.magnesium.foods.1");
        String text = Files.readString(de, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("#. en: Leg cramps in pregnancy\nguide.title=Wadenkrämpfe in der Schwangerschaft\n")
                .contains("# guide.summary=\n");
        assertThat(sync.sync(TestGuides.guide(), i18n, List.of("de"), false).changes())
                .isEmpty();
        LocaleView view =
                Localization.load(TestGuides.guide(), i18n, List.of("de")).locale("de");
        assertThat(view.text("nutrient.magnesium.foods.1").state()).isEqualTo(TextState.TRANSLATED);
    }

    @Test
    void unknownKeysAreRefusedAndNothingIsWritten() throws Exception {
        new CatalogSync().sync(TestGuides.guide(), i18n, List.of("de"), false);
        Path de = i18n.resolve("leg-cramps/messages_de.properties");
        byte[] before = Files.readAllBytes(de);
        assertThatThrownBy(() -> CatalogEditor.translate(de, "de", Map.of("guide.title", "x", "cause.nope.title", "y")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("cause.nope.title: no such key");
        assertThat(Files.readAllBytes(de)).isEqualTo(before);
    }
}
