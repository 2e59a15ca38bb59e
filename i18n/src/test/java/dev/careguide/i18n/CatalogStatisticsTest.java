package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careguide.model.Guide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStatisticsTest {

    @TempDir
    Path i18n;

    private final Guide guide = TestGuides.guide();
    private final CatalogStatistics statistics = new CatalogStatistics();

    @Test
    void stringsOfItemsThatDoNotShipAreLeftOutOfTheCounts() throws Exception {
        new CatalogSync().sync(guide, i18n, List.of("ru"), false);
        ShippingPolicy noWarnings = item -> item.id().startsWith("warning.") ? "rejected" : null;

        LocaleStats all = statistics.compute(guide, i18n, List.of("ru")).get(0);
        LocaleStats shipped =
                statistics.compute(guide, i18n, List.of("ru"), noWarnings).get(0);

        assertThat(all.strings()).isEqualTo(15);
        assertThat(shipped.strings()).isEqualTo(14);
        assertThat(shipped.missing()).isEqualTo(14);
    }

    @Test
    void countsTranslatedStaleMissingAndObsoleteStringsAndWords() throws Exception {
        CatalogSync sync = new CatalogSync();
        sync.sync(guide, i18n, List.of("ru", "de"), false);
        Path ru = i18n.resolve("leg-cramps/messages_ru.properties");
        String text = Files.readString(ru, StandardCharsets.UTF_8)
                .replace("# guide.title=", "guide.title=Судороги ног при беременности")
                .replace("# guide.summary=", "#, reviewed\nguide.summary=Почему сводит ноги и что помогает.")
                .replace("# nutrient.magnesium.foods.1=", "nutrient.magnesium.foods.1=Орехи")
                .replace("# warning.swelling.title=", "warning.swelling.title=Отёк и покраснение икры");
        Files.writeString(ru, text, StandardCharsets.UTF_8);
        sync.sync(guide, i18n, List.of("ru", "de"), false);
        Guide changed = guide.toBuilder()
                .title("Leg cramps during pregnancy")
                .warningSigns(List.of())
                .build();
        sync.sync(changed, i18n, List.of("ru", "de"), false);

        List<LocaleStats> stats = statistics.compute(changed, i18n, List.of("ru", "de", "en-XA"));

        assertThat(stats).extracting(LocaleStats::locale).containsExactly("ru", "de");
        LocaleStats r = stats.get(0);
        assertThat(r.strings()).isEqualTo(14);
        assertThat(r.translated()).isEqualTo(2);
        assertThat(r.translatedWords()).isEqualTo(7);
        assertThat(r.reviewed()).isEqualTo(1);
        assertThat(r.stale()).isEqualTo(1);
        assertThat(r.staleWords()).isEqualTo(4);
        assertThat(r.missing()).isEqualTo(11);
        assertThat(r.obsolete()).isEqualTo(1);
        assertThat(r.percentComplete()).isEqualTo(100.0 * 2 / 14);
        assertThat(stats.get(1).percentComplete()).isZero();

        String table = statistics.toTable(List.of(new GuideStats("leg-cramps", stats)));
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "Guide       Locale  Strings  Words  Translated  Reviewed    Stale    Missing  Obsolete  Complete");
        assertThat(table.lines().toList().get(1))
                .isEqualTo(
                        "leg-cramps  ru           14     50     2 (7 w)         1  1 (4 w)  11 (39 w)         1     14.3%");
        JsonNode json = new ObjectMapper().readTree(statistics.toJson(List.of(new GuideStats("leg-cramps", stats))));
        assertThat(json.path("locales").get(0).path("percentComplete").asDouble())
                .isEqualTo(14.3);
        assertThat(json.path("locales").get(0).path("staleWords").asInt()).isEqualTo(4);
        assertThat(json.path("locales").get(0).path("reviewed").asInt()).isEqualTo(1);
        assertThat(json.path("guides").get(0).path("guide").asText()).isEqualTo("leg-cramps");
        assertThat(json.path("guides")
                        .get(0)
                        .path("locales")
                        .get(1)
                        .path("locale")
                        .asText())
                .isEqualTo("de");
    }

    @Test
    void severalGuidesGetARowEachAndATotalPerLocale() {
        CatalogSync sync = new CatalogSync();
        Guide other = Guide.builder("night-cramps", "en").title("Night cramps").build();
        sync.sync(List.of(guide, other), i18n, List.of("de"), false);

        List<GuideStats> stats = statistics.perGuide(List.of(guide, other), i18n, List.of("de"));
        String table = statistics.toTable(stats);

        assertThat(table.lines().map(l -> l.split("  +")[0] + "/" + l.split("  +")[1] + "/" + l.split("  +")[2]))
                .containsExactly("Guide/Locale/Strings", "leg-cramps/de/15", "night-cramps/de/1", "(all guides)/de/16");
        assertThat(statistics.total(stats))
                .singleElement()
                .satisfies(s -> assertThat(s.missing()).isEqualTo(16));
    }

    @Test
    void uiMessagesShippedForRussianAndGermanAreComplete() {
        new CatalogSync().syncUi(i18n, List.of("ru", "de", "fr"), false);
        List<LocaleStats> ui = statistics.computeUi(i18n, List.of("ru", "de", "fr"));
        assertThat(ui.get(0).percentComplete()).isEqualTo(100.0);
        assertThat(ui.get(1).percentComplete()).isEqualTo(100.0);
        assertThat(ui.get(2).percentComplete()).isZero();
    }
}
