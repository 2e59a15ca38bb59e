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
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the sequence of source changes, sync never loses a translation and settles in one run. */
class SyncInvariantsTest {

    private static final List<String> TITLES = List.of("Swelling", "Redness", "Fever", "Pain", "Swelling");

    static LongStream seeds() {
        return RandomText.seeds(60);
    }

    /** 1–6 steps; in each, every one of five warning signs is absent (-1) or present with one of the titles. */
    private static List<List<Integer>> history(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> history = new ArrayList<>();
        for (int s = 1 + random.nextInt(6); s > 0; s--) {
            List<Integer> step = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                step.add(random.nextInt(TITLES.size() + 1) - 1);
            }
            history.add(step);
        }
        return history;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translationsSurviveAnySequenceOfSourceChanges(long seed) throws Exception {
        List<List<Integer>> history = history(seed);
        Path i18n = Files.createTempDirectory("sync-invariants");
        try {
            replay(history, i18n);
        } finally {
            try (var files = Files.walk(i18n)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void replay(List<List<Integer>> history, Path i18n) throws Exception {
        Path ru = i18n.resolve("g/messages_ru.properties");
        CatalogSync sync = new CatalogSync();
        Set<String> written = new HashSet<>();
        int counter = 0;
        for (List<Integer> step : history) {
            Guide guide = guide(step);
            sync.syncGuide(guide, i18n, List.of("ru"), false);
            assertThat(sync.syncGuide(guide, i18n, List.of("ru"), false).written())
                    .as("settles")
                    .isEmpty();
            assertThat(values(ru)).containsAll(written);

            Map<String, String> translations = new LinkedHashMap<>();
            for (CatalogEntry e : CatalogFile.read(ru, "ru", "ru").entries()) {
                if (!e.isTranslated()) {
                    String value = "перевод " + counter++;
                    translations.put(e.key(), value);
                    written.add(value);
                }
            }
            CatalogEditor.translate(ru, "ru", translations);
        }
        sync.syncGuide(guide(history.get(history.size() - 1)), i18n, List.of("ru"), false);
        assertThat(values(ru)).containsAll(written);
        sync.syncGuide(guide(history.get(history.size() - 1)), i18n, List.of("ru"), true);
        CatalogFile purged = CatalogFile.read(ru, "ru", "ru");
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
