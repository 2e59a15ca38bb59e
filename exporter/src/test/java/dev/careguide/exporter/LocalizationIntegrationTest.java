package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Localization;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporter over the i18n module's real catalogs: source, complete ru, partial de with a stale entry, partial RTL ar, pseudo-locales. */
class LocalizationIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void everyLocaleFromRealCatalogsReadsBackEquallyFromEveryFormat() throws IOException {
        Guide guide = TestGuides.guide();
        Path i18n = tmp.resolve("i18n");
        Path dir = Files.createDirectories(i18n.resolve("leg-cramps"));
        Map<String, String> source = FakeLocaleView.sourceStrings(guide);
        StringBuilder ru = new StringBuilder();
        source.forEach(
                (k, v) -> ru.append(k).append('=').append("Рус ").append(v).append('\n'));
        Files.writeString(dir.resolve("messages_ru.properties"), ru, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_de.properties"), """
                remedy.stretch-calf.title=Wade dehnen
                #, stale
                remedy.stretch-calf.steps.1=Setzen (alt).
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_ar.properties"), """
                guide.title=تشنجات الساق
                cause.magnesium-deficiency.title=نقص المغنيسيوم
                """, StandardCharsets.UTF_8);
        Localization localization = Localization.load(guide, i18n, List.of("ru", "de", "ar", "en-XA", "ar-XB"));

        Path bundle = tmp.resolve("bundle");
        BundleManifest manifest = new BundleWriter()
                .write(
                        List.of(new GuideContent(guide, localization)),
                        ExportOptions.defaults("1.0.0").withSpreadsheetSafeCsv(false),
                        bundle);

        assertThat(new BundleValidator().validate(bundle)).isEmpty();
        assertThat(manifest.guides().get(0).locales())
                .extracting(BundleManifest.LocaleEntry::tag)
                .containsExactly("en", "ar", "ar-XB", "de", "en-XA", "ru");
        for (LocaleView view : List.of(
                localization.source(),
                localization.locale("ru"),
                localization.locale("de"),
                localization.locale("ar"),
                localization.locale("en-XA"),
                localization.locale("ar-XB"))) {
            String tag = view.tag();
            Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/leg-cramps.json"));
            assertThat(BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/leg-cramps.yaml")))
                    .as(tag)
                    .isEqualTo(json);
            assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/leg-cramps")))
                    .as(tag)
                    .isEqualTo(json);
            assertThat(json.get("direction")).isEqualTo(view.direction().wireName());
            @SuppressWarnings("unchecked")
            Map<String, Object> title = (Map<String, Object>) json.get("title");
            assertThat(title.get("text")).isEqualTo(view.text("guide.title").text());
        }

        Map<String, Map<String, Object>> de =
                BundleWriterTest.itemsById(BundleReaders.json(bundle.resolve("json/de/leg-cramps.json")));
        assertThat(((List<?>) de.get("remedy.stretch-calf").get("steps")).get(0))
                .isEqualTo(Map.of("text", "Sit down.", "state", "fallback", "locale", "en", "stale", true));
        Map<String, Object> ar = BundleReaders.json(bundle.resolve("json/ar/leg-cramps.json"));
        assertThat(ar.get("direction")).isEqualTo("rtl");
        assertThat(ar.get("title")).isEqualTo(Map.of("text", "تشنجات الساق", "state", "translated", "locale", "ar"));
        Map<String, Map<String, Object>> ruItems =
                BundleWriterTest.itemsById(BundleReaders.json(bundle.resolve("json/ru/leg-cramps.json")));
        Map<String, Map<String, Object>> enItems =
                BundleWriterTest.itemsById(BundleReaders.json(bundle.resolve("json/en/leg-cramps.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> ruDosage =
                (Map<String, Object>) ruItems.get("exercise.calf-raises").get("dosage");
        @SuppressWarnings("unchecked")
        Map<String, Object> enDosage =
                (Map<String, Object>) enItems.get("exercise.calf-raises").get("dosage");
        assertThat((String) ruDosage.get("label")).isNotBlank().isNotEqualTo(enDosage.get("label"));
        assertThat(manifest.guides().get(0).locales().get(5).percentComplete()).isEqualByComparingTo("100.0");
        BundleManifest.LocaleEntry deEntry = manifest.guides().get(0).locales().get(3);
        assertThat(deEntry.tag()).isEqualTo("de");
        assertThat(deEntry.fallbackCount())
                .as("missing and stale strings of de")
                .isEqualTo(source.size() - 1)
                .isEqualTo(localization.locale("de").fallbackCount());
        assertThat(manifest.guides().get(0).locales().get(0).fallbackCount()).isZero();
    }
}
