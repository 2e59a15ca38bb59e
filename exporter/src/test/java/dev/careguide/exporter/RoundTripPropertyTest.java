package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.TextDirection;
import dev.careguide.model.Guide;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid Unicode text (control characters, astral code points, YAML and CSV syntax) survives every format. */
class RoundTripPropertyTest {

    @Property(tries = 40)
    void anyTextRoundTripsThroughJsonYamlAndCsv(@ForAll("texts") String title, @ForAll("texts") String description,
            @ForAll("textLists") List<String> steps, @ForAll("texts") String translated) throws IOException {
        Guide guide = Guide.builder("prop", "en").title("t").add(new Remedy("remedy.any", title, description,
                RemedyKind.FOLK, steps, List.of(), Safety.needsMedicalReview(translated), List.of(),
                ReviewStatus.DRAFT, List.of(new Provenance("doc.txt", 1, 1, "")))).build();
        GuideContent content = new GuideContent(guide, List.of(FakeLocaleView.source(guide),
                FakeLocaleView.translated(guide, "fr", TextDirection.LTR, s -> translated + s)));
        Path dir = Files.createTempDirectory("careguide-prop");
        try {
            Path bundle = dir.resolve("bundle");
            new BundleWriter().write(List.of(content),
                    ExportOptions.defaults("1.0.0").withSpreadsheetSafeCsv(false), bundle);
            for (String tag : List.of("en", "fr")) {
                Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/prop.json"));
                assertThat(BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/prop.yaml"))).isEqualTo(json);
                assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/prop"))).isEqualTo(json);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> remedy = ((List<Map<String, Object>>) BundleReaders
                    .json(bundle.resolve("json/en/prop.json")).get("remedies")).get(0);
            assertThat(((Map<?, ?>) remedy.get("title")).get("text")).isEqualTo(title);
        } finally {
            BundleFiles.deleteRecursively(dir);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF);
        Arbitrary<Integer> tricky = Arbitraries.of(0, 9, 10, 13, 0x22, 0x27, 0x2C, 0x3A, 0x23, 0x3D, 0x40, 0x2D, 0x2B,
                0x60, 0x7E, 0x85, 0xA0, 0x2028, 0x2029, 0x202E, 0xFEFF, 0xFFFE, 0xFFFF, 0x1F600);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, anyCodePoint), net.jqwik.api.Tuple.of(2, tricky),
                        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)))
                .list().ofMaxSize(12)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }

    @Provide
    Arbitrary<List<String>> textLists() {
        return texts().list().ofMaxSize(3);
    }
}
