package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careguide.i18n.LocaleView;
import dev.careguide.model.Guide;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed JSON and YAML are byte for byte what writing {@link BundleJson#tree} of the guide gives. */
class GuideTreeWriterTest {

    private static final ExportPolicy KEEP_ALL =
            ExportPolicy.DEFAULT.withUnsafe(ExportPolicy.Inclusion.KEEP).withRejected(ExportPolicy.Inclusion.KEEP);

    @Test
    void streamedJsonAndYamlEqualTheTreeWrittenByJackson() throws IOException {
        List<GuideContent> contents = List.of(TestGuides.content(), HostileContentTest.hostileContent(), decimals());
        int checked = 0;
        for (GuideContent content : contents) {
            for (LocaleView view : content.locales()) {
                for (ExportPolicy policy : List.of(ExportPolicy.DEFAULT, KEEP_ALL)) {
                    LocalizedGuide guide = new GuideLocalizer(policy)
                            .localize(content.guide(), view)
                            .guide();
                    String what = guide.guide() + " " + guide.locale();
                    assertThat(streamed(guide, false))
                            .as(what)
                            .isEqualTo(utf8(BundleJson.json(BundleJson.tree(guide))));
                    assertThat(streamed(guide, true))
                            .as(what)
                            .isEqualTo(utf8(BundleJson.YAML.writeValueAsBytes(BundleJson.tree(guide))));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * (6 + 3 + 1));
    }

    /** Decimals with trailing zeros, zero in several scales, large and tiny values. */
    private static GuideContent decimals() {
        List<Quantity> quantities = new ArrayList<>();
        for (String v : List.of(
                "0", "0.0", "0.000", "1.50", "10", "100.0", "1E+3", "0.0001", "123456789012345678.90", "2.5E-7")) {
            quantities.add(new Quantity(new BigDecimal(v), new BigDecimal(v), QuantityUnit.GRAM, null));
        }
        Guide g = Guide.builder("decimals", "en")
                .title("d")
                .add(new Remedy(
                        "remedy.d",
                        "D",
                        "",
                        RemedyKind.FOLK,
                        List.of(),
                        quantities,
                        Safety.OK,
                        List.of(),
                        ReviewStatus.APPROVED,
                        List.of()))
                .build();
        return new GuideContent(g, List.of(FakeLocaleView.source(g)));
    }

    private static String streamed(LocalizedGuide guide, boolean yaml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = yaml ? BundleJson.yamlGenerator(out) : BundleJson.jsonGenerator(out)) {
            GuideTreeWriter.write(guide, gen);
            if (!yaml) {
                gen.writeRaw('\n');
            }
        }
        return utf8(out.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
