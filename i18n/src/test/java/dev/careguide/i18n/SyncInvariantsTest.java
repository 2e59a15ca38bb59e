package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Guide;
import dev.careguide.model.WarningSign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the sequence of source changes, sync never loses a translation and settles in one run. */
class SyncInvariantsTest {

    private static final List<String> TITLES = List.of("Swelling", "Redness", "Fever", "Pain", "Swelling");

    /** One step: for each of five warning signs, absent (-1) or present with one of the titles. */
    @Provide
    Arbitrary<List<List<Integer>>> histories() {
        return Arbitraries.integers().between(-1, TITLES.size() - 1).list().ofSize(5).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void translationsSurviveAnySequenceOfSourceChanges(@ForAll("histories") List<List<Integer>> history)
            throws Exception {
        Path i18n = Files.createTempDirectory("sync-invariants");
        Path ru = i18n.resolve("g/messages_ru.properties");
        CatalogSync sync = new CatalogSync();
        Set<String> written = new HashSet<>();
        int counter = 0;
        for (List<Integer> step : history) {
            Guide guide = guide(step);
            sync.syncGuide(guide, i18n, List.of("ru"), false);
            assertThat(sync.syncGuide(guide, i18n, List.of("ru"), false).written()).as("settles").isEmpty();
            assertThat(values(ru)).containsAll(written);

            Map<String, String> translations = new LinkedHashMap<>();
            for (CatalogEntry e : CatalogFile.read(ru, "ru", "ru").entries()) {
                if (!e.isTranslated() || e.isStale()) {
                    String value = "перевод " + counter++;
                    translations.put(e.key(), value);
                    written.add(value);
                }
            }
            CatalogEditor.translate(ru, "ru", translations);
        }
        sync.syncGuide(guide(history.get(history.size() - 1)), i18n, List.of("ru"), false);
        assertThat(values(ru)).containsAll(written);
        CatalogFile purged = null;
        sync.syncGuide(guide(history.get(history.size() - 1)), i18n, List.of("ru"), true);
        purged = CatalogFile.read(ru, "ru", "ru");
        assertThat(purged.obsolete()).isEmpty();
        assertThat(purged.problems()).isEmpty();
    }

    private static Guide guide(List<Integer> step) {
        Guide.Builder b = Guide.builder("g", "en");
        for (int i = 0; i < step.size(); i++) {
            if (step.get(i) >= 0) {
                b.add(new WarningSign("warning.sign-" + i, TITLES.get(step.get(i)), "", null, List.of()));
            }
        }
        return b.build();
    }

    private static List<String> values(Path catalog) {
        CatalogFile file = CatalogFile.read(catalog, "ru", "ru");
        assertThat(file.problems()).isEmpty();
        List<String> values = new ArrayList<>();
        file.entries().stream().filter(CatalogEntry::isTranslated).forEach(e -> values.add(e.value()));
        file.obsolete().forEach(e -> values.add(e.value()));
        return values;
    }
}
