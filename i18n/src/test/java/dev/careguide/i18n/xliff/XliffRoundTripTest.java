package dev.careguide.i18n.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogMemory;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogSync;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.model.Cause;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Guide;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.Safety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random catalogs (plurals, escapes, stale and reviewed marks, translator comments, right-to-left text, line
 * breaks, characters XML cannot hold) exported to XLIFF and imported back: Okapi's validating reader accepts
 * every file and reads the catalog's translations, importing changes nothing, and importing into a catalog
 * whose translations were overwritten gives back the original bytes.
 */
class XliffRoundTripTest {

    private static final String[] PIECES = {
        "Stretch",
        "the calf",
        " ",
        "  ",
        "10–15 times",
        "1,000 mg",
        "=",
        ":",
        "#",
        "!",
        "\\",
        "\\n",
        "'",
        "''",
        "\"",
        "<b>",
        "&amp;",
        "]]>",
        "{count, plural, one {# time} other {# times}}",
        "{n, select, a {A} other {B}}",
        "{name}",
        "مرحبا",
        "لا تفعل",
        "שלום",
        "\u200F",
        "\u200E",
        "\u202B",
        "Судорога",
        "é",
        "😀",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\u0001",
        "\u007F",
        "\u0085",
        "\u2028",
        "\uFEFF",
        "\uFFFE",
        "µg",
        "°C"
    };

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void catalogSurvivesXliffByteForByte(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        String tag = random.nextBoolean() ? "ar" : "de";
        Path i18n = dir.resolve("i18n");
        Guide before = guide(random, 0);
        CatalogSync sync = new CatalogSync();
        sync.sync(before, i18n, List.of(tag), false);
        Path catalogPath = CatalogPaths.target(CatalogPaths.folder(i18n, before.id()), tag);

        Map<String, String> translations = new LinkedHashMap<>();
        CatalogFile.read(catalogPath, "c", tag).entries().forEach(e -> {
            if (random.nextInt(4) > 0) {
                translations.put(e.key(), text(random, tag.equals("ar") ? "ترجمة " : "Übersetzung "));
            }
        });
        CatalogEditor.translate(catalogPath, tag, translations);
        decorate(catalogPath, random);
        sync.sync(before, i18n, List.of(tag), false);
        Guide after = guide(new SplittableRandom(seed), random.nextInt(3) + 1);
        sync.sync(after, i18n, List.of(tag), false);
        byte[] original = Files.readAllBytes(catalogPath);

        TranslationMemory.Builder memory = TranslationMemory.builder();
        CatalogMemory.add(memory, i18n, after.id(), dev.careguide.i18n.SourceStrings.of(after), List.of(tag));
        Path out = dir.resolve("xliff");
        List<Path> files = new XliffExporter().export(after, i18n, List.of(tag), out, memory.build());
        assertThat(files).hasSize(1);

        Map<String, String> okapi = OkapiValidation.targets(files.get(0));
        CatalogFile catalog = CatalogFile.read(catalogPath, "c", tag);
        Map<String, String> values = new LinkedHashMap<>();
        catalog.entries().forEach(e -> values.put(e.key(), e.value()));
        assertThat(okapi).isEqualTo(values);

        XliffImporter.Result same = new XliffImporter().importFiles(files, List.of(after), i18n);
        assertThat(same.written()).isEmpty();
        assertThat(same.warnings()).isEmpty();
        assertThat(Files.readAllBytes(catalogPath)).isEqualTo(original);

        List<CatalogEntry> overwritten = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            boolean current = e.isTranslated() && !e.isStale();
            overwritten.add(current ? e.withValue("overwritten " + e.key()) : e);
        }
        Files.writeString(
                catalogPath,
                new CatalogFile(
                                catalog.file(),
                                tag,
                                catalog.header(),
                                overwritten,
                                catalog.trailer(),
                                catalog.obsolete())
                        .write(),
                StandardCharsets.UTF_8);
        new XliffImporter().importFiles(files, List.of(after), i18n);
        assertThat(new String(Files.readAllBytes(catalogPath), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(catalogPath)).isEqualTo(original);
    }

    /** A guide whose texts depend on the seed; {@code revision} rewords some of them (they turn stale). */
    private static Guide guide(SplittableRandom random, int revision) {
        Guide.Builder b = Guide.builder("random-guide", "en")
                .title(text(random, "Guide "))
                .summary(text(random, ""));
        int causes = 1 + random.nextInt(4);
        for (int i = 0; i < causes; i++) {
            String title = text(random, "Cause ");
            if (revision > 0 && i % 2 == 0) {
                title = title + " (rev " + revision + ")";
            }
            b.add(new Cause(
                    "cause.c-" + i,
                    title,
                    random.nextBoolean() ? text(random, "") : "",
                    CauseCategory.NUTRITIONAL,
                    List.of(),
                    null,
                    List.of(new Provenance("a.txt", i + 1, i + 1, "…"))));
        }
        List<String> steps = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            steps.add(text(random, "Step "));
        }
        b.add(new Remedy(
                "remedy.r",
                text(random, "Remedy "),
                "",
                RemedyKind.FIRST_AID,
                steps,
                List.of(),
                Safety.OK,
                List.of(),
                null,
                List.of(new Provenance("a.txt", 9, 9, "…"))));
        return b.build();
    }

    private static String text(SplittableRandom random, String start) {
        StringBuilder sb = new StringBuilder(start);
        for (int i = random.nextInt(6); i > 0; i--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }

    /** Translator comments above some keys and reviewed marks on some translations, as a translator adds them. */
    private static void decorate(Path catalogPath, SplittableRandom random) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(catalogPath, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            boolean property = !line.isEmpty() && !line.startsWith("#") && line.contains("=");
            if (property && random.nextInt(3) == 0) {
                out.add("# translator: "
                        + PIECES[random.nextInt(PIECES.length)].replaceAll(
                                "[\\r\\n\\u0085\\u2028\\uD800-\\uDFFF]", "?"));
            }
            if (property && random.nextInt(3) == 0) {
                out.add("#, reviewed");
            }
            out.add(line);
        }
        Files.writeString(catalogPath, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }
}
