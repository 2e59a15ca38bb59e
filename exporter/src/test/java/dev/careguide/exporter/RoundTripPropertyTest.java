package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.TextDirection;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Guide;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any valid Unicode text (control characters, astral code points, YAML and CSV syntax) survives every format.
 * Inputs come from a seeded generator, so a failure names the seed that reproduces it.
 */
class RoundTripPropertyTest {

    private static final int[] TRICKY = {
        0, 9, 10, 13, 0x22, 0x27, 0x2C, 0x3A, 0x23, 0x3D, 0x40, 0x2D, 0x2B, 0x60, 0x7E, 0x85, 0xA0, 0x2028, 0x2029,
        0x202E, 0xFEFF, 0xFFFE, 0xFFFF, 0x1F600
    };

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTextRoundTripsThroughJsonYamlAndCsv(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String title = text(random);
        String description = text(random);
        List<String> steps = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            steps.add(text(random));
        }
        String translated = text(random);
        Guide guide = Guide.builder("prop", "en")
                .title("t")
                .add(new Remedy(
                        "remedy.any",
                        title,
                        description,
                        RemedyKind.FOLK,
                        steps,
                        List.of(),
                        Safety.needsMedicalReview(translated),
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of(new Provenance("doc.txt", 1, 1, ""))))
                .build();
        GuideContent content = new GuideContent(
                guide,
                List.of(
                        FakeLocaleView.source(guide),
                        FakeLocaleView.translated(guide, "fr", TextDirection.LTR, s -> translated + s)));
        Path dir = Files.createTempDirectory("careguide-prop");
        try {
            Path bundle = dir.resolve("bundle");
            new BundleWriter()
                    .write(List.of(content), ExportOptions.defaults("1.0.0").withSpreadsheetSafeCsv(false), bundle);
            for (String tag : List.of("en", "fr")) {
                Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/prop.json"));
                assertThat(BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/prop.yaml")))
                        .isEqualTo(json);
                assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/prop")))
                        .isEqualTo(json);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> remedy = ((List<Map<String, Object>>)
                            BundleReaders.json(bundle.resolve("json/en/prop.json"))
                                    .get("remedies"))
                    .get(0);
            assertThat(((Map<?, ?>) remedy.get("title")).get("text")).isEqualTo(title);
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(13); i > 0; i--) {
            int pick = random.nextInt(10);
            int cp;
            if (pick < 3) {
                do {
                    cp = random.nextInt(0x110000);
                } while (cp >= 0xD800 && cp <= 0xDFFF);
            } else if (pick < 5) {
                cp = TRICKY[random.nextInt(TRICKY.length)];
            } else {
                cp = 0x20 + random.nextInt(0x5F);
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
