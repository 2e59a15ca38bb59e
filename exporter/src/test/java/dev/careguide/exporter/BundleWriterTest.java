package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.i18n.ResolvedText;
import dev.careguide.i18n.TextDirection;
import dev.careguide.i18n.TextState;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    Path tmp;

    private final ExportOptions options = ExportOptions.defaults("1.2.3");

    private BundleManifest export(Path dir, ExportOptions opts) {
        return new BundleWriter().write(List.of(TestGuides.content()), opts, dir);
    }

    @Test
    void serviceLoaderFindsCsvJsonAndYaml() {
        assertThat(new BundleWriter().formats()).containsExactly("csv", "json", "yaml");
    }

    @Test
    void everyLocaleReadsBackTheSameContentFromJsonYamlAndCsv() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options.withSpreadsheetSafeCsv(false));
        for (String tag : List.of("en", "ru", "de", "ar", "en-XA", "ar-XB")) {
            Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/leg-cramps.json"));
            Map<String, Object> yaml = BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/leg-cramps.yaml"));
            Map<String, Object> csv = BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/leg-cramps"));
            assertThat(yaml).as("yaml %s", tag).isEqualTo(json);
            assertThat(csv).as("csv %s", tag).isEqualTo(json);
            assertThat(json.get("locale")).isEqualTo(tag);
        }
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void everyLocaleMatchesTheModelAndItsCatalog() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        Guide guide = TestGuides.guide();
        for (LocaleView view : TestGuides.locales(guide)) {
            Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + view.tag() + "/leg-cramps.json"));
            assertThat(json.get("direction")).isEqualTo(view.direction().wireName());
            Map<String, Map<String, Object>> byId = itemsById(json);
            assertThat(byId.keySet())
                    .containsExactlyInAnyOrder(
                            "cause.magnesium-deficiency",
                            "remedy.stretch-calf",
                            "remedy.magnesium-supplement",
                            "exercise.calf-raises",
                            "specialist.obstetrician",
                            "nutrient.magnesium",
                            "warning.swelling");
            for (Item item : guide.items()) {
                Map<String, Object> exported = byId.get(item.id());
                if (exported == null) {
                    continue;
                }
                assertThat(exported.get("type")).isEqualTo(item.type().prefix());
                assertThat(exported.get("review")).isEqualTo(item.review().wireName());
                List<Map<String, Object>> strings = strings(exported);
                List<String> keys = MessageKeys.of(item);
                assertThat(strings).hasSameSizeAs(keys);
                for (int i = 0; i < keys.size(); i++) {
                    assertThat(strings.get(i))
                            .as("%s %s", view.tag(), keys.get(i))
                            .isEqualTo(expected(view, keys.get(i)));
                }
            }
        }
    }

    @Test
    void quantitiesKeepTheirStructureAndCarryTheLocaleLabel() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        Map<String, Map<String, Object>> ru = itemsById(BundleReaders.json(bundle.resolve("json/ru/leg-cramps.json")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quantities =
                (List<Map<String, Object>>) ru.get("remedy.stretch-calf").get("quantities");
        assertThat(quantities.get(1))
                .containsEntry("min", new java.math.BigDecimal("1.5"))
                .containsEntry("unit", "liter")
                .containsEntry("limit", "at-least")
                .containsEntry("label", "[ru] 1.5 liter");
        @SuppressWarnings("unchecked")
        Map<String, Object> dosage =
                (Map<String, Object>) ru.get("exercise.calf-raises").get("dosage");
        assertThat(dosage)
                .containsKeys("repetitions", "sets", "timesPerDay")
                .doesNotContainKey("duration")
                .containsEntry("label", "[ru] [ru] 10–15 repetition [ru] 2 set [ru] 3–4 time");
    }

    @Test
    void defaultPolicyOmitsUnsafeAndRejectedItemsAndKeepsFlaggedOnes() throws IOException {
        Path bundle = tmp.resolve("bundle");
        BundleManifest manifest = export(bundle, options);
        Map<String, Map<String, Object>> en = itemsById(BundleReaders.json(bundle.resolve("json/en/leg-cramps.json")));
        assertThat(en).doesNotContainKeys("remedy.quinine", "remedy.vinegar-wrap");
        assertThat(en.get("remedy.magnesium-supplement").get("safety"))
                .isEqualTo(Map.of(
                        "level",
                        "needs-medical-review",
                        "reason",
                        Map.of("text", "Dose must be checked by a doctor.", "state", "source", "locale", "en")));
        assertThat(manifest.guides().get(0).locales().get(0).omitted())
                .containsExactly(
                        new OmittedItem("remedy.quinine", "unsafe"),
                        new OmittedItem("remedy.vinegar-wrap", "rejected"));
    }

    @Test
    void keepPoliciesIncludeUnsafeAndRejectedItemsAndOmitCanDropFlaggedOnes() throws IOException {
        Path bundle = tmp.resolve("bundle");
        ExportPolicy policy = ExportPolicy.parse(
                Map.of("unsafe", "keep", "rejected", "keep", "needs-medical-review", "omit"), "test");
        export(bundle, options.withPolicy(policy));
        Map<String, Map<String, Object>> en = itemsById(BundleReaders.json(bundle.resolve("json/en/leg-cramps.json")));
        assertThat(en)
                .containsKeys("remedy.quinine", "remedy.vinegar-wrap")
                .doesNotContainKey("remedy.magnesium-supplement");
        assertThat(en.get("remedy.quinine").get("safety"))
                .isEqualTo(Map.of(
                        "level",
                        "unsafe",
                        "reason",
                        Map.of("text", "Quinine is not safe in pregnancy.", "state", "source", "locale", "en")));
        assertThat(en.get("remedy.vinegar-wrap").get("review")).isEqualTo("rejected");
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void staleTranslationFallsBackToTheSourceAndIsMarkedStale() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        Map<String, Map<String, Object>> de = itemsById(BundleReaders.json(bundle.resolve("json/de/leg-cramps.json")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps =
                (List<Map<String, Object>>) de.get("remedy.stretch-calf").get("steps");
        assertThat(steps.get(0))
                .isEqualTo(Map.of("text", "Sit down.", "state", "fallback", "locale", "en", "stale", true));
        assertThat(steps.get(1))
                .isEqualTo(Map.of("text", "Pull the toes toward you.", "state", "fallback", "locale", "en"));
        assertThat(de.get("remedy.stretch-calf").get("title"))
                .isEqualTo(Map.of("text", "Wade dehnen", "state", "translated", "locale", "de"));
    }

    private static final String REASON = "remedy.magnesium-supplement.safety.reason";

    @SuppressWarnings("unchecked")
    private static Object reason(Path bundle, String tag) throws IOException {
        Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/leg-cramps.json"));
        assertThat(BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/leg-cramps.yaml")))
                .as(tag)
                .isEqualTo(json);
        assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/leg-cramps")))
                .as(tag)
                .isEqualTo(json);
        Map<String, Object> safety = (Map<String, Object>)
                itemsById(json).get("remedy.magnesium-supplement").get("safety");
        return safety.get("reason");
    }

    /** A complete translation of the guide except {@code missing}, with {@code stale} marked stale. */
    private static FakeLocaleView translatedExcept(Guide guide, String tag, String missing, String stale) {
        Map<String, String> own = new LinkedHashMap<>();
        FakeLocaleView.sourceStrings(guide).forEach((k, v) -> own.put(k, tag.toUpperCase() + " " + v));
        own.remove(missing);
        return FakeLocaleView.target(
                guide, tag, TextDirection.LTR, own, stale == null ? java.util.Set.of() : java.util.Set.of(stale));
    }

    @Test
    void safetyReasonIsLocalizedWithItsStateInEveryFormat() throws IOException {
        Guide guide = TestGuides.guide();
        List<LocaleView> locales = List.of(
                FakeLocaleView.source(guide),
                translatedExcept(guide, "ru", null, null),
                translatedExcept(guide, "de", null, REASON),
                translatedExcept(guide, "fr", REASON, null));
        Path bundle = tmp.resolve("bundle");
        new BundleWriter()
                .write(List.of(new GuideContent(guide, locales)), options.withSpreadsheetSafeCsv(false), bundle);

        assertThat(reason(bundle, "en"))
                .isEqualTo(Map.of("text", "Dose must be checked by a doctor.", "state", "source", "locale", "en"));
        assertThat(reason(bundle, "ru"))
                .isEqualTo(
                        Map.of("text", "RU Dose must be checked by a doctor.", "state", "translated", "locale", "ru"));
        assertThat(reason(bundle, "de"))
                .isEqualTo(Map.of(
                        "text",
                        "Dose must be checked by a doctor.",
                        "state",
                        "fallback",
                        "locale",
                        "en",
                        "stale",
                        true));
        assertThat(reason(bundle, "fr"))
                .isEqualTo(Map.of("text", "Dose must be checked by a doctor.", "state", "fallback", "locale", "en"));
        assertThat(BundleReaders.csv(bundle.resolve("csv/ru/leg-cramps/items.csv")))
                .filteredOn(r -> r.get("id").equals("remedy.magnesium-supplement"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("safety_reason", "RU Dose must be checked by a doctor.")
                        .containsEntry("safety_reason_state", "translated")
                        .containsEntry("safety_reason_locale", "ru")
                        .containsEntry("safety_reason_stale", ""));
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void untranslatedSafetyReasonFollowsTheMissingTranslationPolicy() throws IOException {
        Guide guide = TestGuides.guide();
        List<LocaleView> locales = List.of(FakeLocaleView.source(guide), translatedExcept(guide, "fr", REASON, null));
        List<GuideContent> content = List.of(new GuideContent(guide, locales));

        Path omitted = tmp.resolve("omitted");
        BundleManifest manifest = new BundleWriter()
                .write(
                        content,
                        options.withPolicy(
                                ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.OMIT_ITEM)),
                        omitted);
        assertThat(manifest.guides().get(0).locales().get(1).omitted())
                .filteredOn(o -> o.reason().equals("missing-translation"))
                .containsExactly(new OmittedItem("remedy.magnesium-supplement", "missing-translation"));
        assertThat(manifest.guides().get(0).locales().get(1).fallbackCount()).isEqualTo(1);

        ExportOptions failing =
                options.withPolicy(ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.FAIL));
        assertThatThrownBy(() -> new BundleWriter().write(content, failing, tmp.resolve("failed")))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics())
                        .singleElement()
                        .satisfies(d -> assertThat(d.message())
                                .isEqualTo("[fr] translation of '" + REASON
                                        + "' is missing (export policy missing-translation=fail)")));
    }

    @Test
    void omitItemPolicyLeavesPartlyTranslatedItemsOutOfThatLocaleOnly() throws IOException {
        Path bundle = tmp.resolve("bundle");
        BundleManifest manifest = export(
                bundle,
                options.withPolicy(
                        ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.OMIT_ITEM)));
        Map<String, Map<String, Object>> ar = itemsById(BundleReaders.json(bundle.resolve("json/ar/leg-cramps.json")));
        assertThat(ar.keySet()).containsExactly("specialist.obstetrician");
        assertThat(itemsById(BundleReaders.json(bundle.resolve("json/ru/leg-cramps.json"))))
                .hasSize(7);
        BundleManifest.LocaleEntry arEntry = manifest.guides().get(0).locales().stream()
                .filter(l -> l.tag().equals("ar"))
                .findFirst()
                .orElseThrow();
        assertThat(arEntry.itemCount()).isEqualTo(1);
        assertThat(arEntry.omitted()).contains(new OmittedItem("warning.swelling", "missing-translation"));
    }

    @Test
    void failPolicyStopsTheExportWithADiagnosticPerUntranslatedString() {
        Path bundle = tmp.resolve("bundle");
        ExportOptions failing =
                options.withPolicy(ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.FAIL));
        assertThatThrownBy(() -> export(bundle, failing))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> {
                    DiagnosticException de = (DiagnosticException) e;
                    assertThat(de.diagnostics())
                            .allSatisfy(d -> assertThat(d.code()).isEqualTo("missing-translation"));
                    assertThat(de.diagnostics())
                            .extracting(d -> d.file())
                            .contains("leg-cramps/messages_de.properties", "leg-cramps/messages_ar.properties");
                    assertThat(de.getMessage())
                            .contains("[de] translation of 'remedy.stretch-calf.steps.1' is stale")
                            .contains("[ar] translation of 'remedy.stretch-calf.title' is missing");
                });
        assertThat(bundle).doesNotExist();
    }

    @Test
    void manifestListsEveryFileWithSizeChecksumAndLocaleFacts() throws IOException {
        Path bundle = tmp.resolve("bundle");
        BundleManifest manifest = export(bundle, options.withOutputTimestamp("2026-01-01T00:00:00Z"));
        assertThat(manifest.formatVersion()).isEqualTo("1.1.0");
        assertThat(manifest.contentVersion()).isEqualTo("1.2.3");
        assertThat(manifest.createdAt()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(manifest.generator().name()).isEqualTo("careguide");
        assertThat(manifest.generator().version()).doesNotContain("${");
        List<String> onDisk = BundleFiles.list(bundle).stream()
                .filter(p -> !p.equals("manifest.json"))
                .toList();
        assertThat(manifest.files()).extracting(BundleFile::path).containsExactlyElementsOf(onDisk);
        assertThat(onDisk)
                .contains(
                        "json/ar-XB/leg-cramps.json",
                        "yaml/en/leg-cramps.yaml",
                        "csv/de/leg-cramps/items.csv",
                        "csv/de/leg-cramps/steps.csv",
                        "schema/guide.schema.json",
                        "schema/manifest.schema.json",
                        "csv/de/leg-cramps/labels.csv")
                .hasSize(6 * (1 + 1 + 9) + 2);
        for (BundleFile f : manifest.files()) {
            assertThat(f.bytes()).isEqualTo(Files.size(bundle.resolve(f.path())));
            assertThat(f.sha256()).isEqualTo(BundleFiles.sha256(bundle.resolve(f.path())));
        }
        List<BundleManifest.LocaleEntry> locales = manifest.guides().get(0).locales();
        assertThat(locales)
                .extracting(BundleManifest.LocaleEntry::tag)
                .containsExactly("en", "ar", "ar-XB", "de", "en-XA", "ru");
        BundleManifest.LocaleEntry ar = locales.get(1);
        assertThat(ar.direction()).isEqualTo("rtl");
        assertThat(ar.fallbackChain()).containsExactly("en");
        assertThat(ar.percentComplete()).isEqualByComparingTo("12.0");
        assertThat(ar.fallbackCount()).isEqualTo(22);
        assertThat(locales)
                .filteredOn(BundleManifest.LocaleEntry::pseudo)
                .extracting(BundleManifest.LocaleEntry::tag)
                .containsExactly("ar-XB", "en-XA");
        String manifestText = Files.readString(bundle.resolve("manifest.json"));
        assertThat(manifestText)
                .contains("\"createdAt\": \"2026-01-01T00:00:00Z\"")
                .endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void everyGuideFileCarriesTheUiLabelsOfItsLocaleInEveryFormat() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        com.fasterxml.jackson.databind.JsonNode de = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(bundle.resolve("json/de/leg-cramps.json").toFile());
        assertThat(de.path("labels").size())
                .isEqualTo(dev.careguide.i18n.SourceStrings.uiLabels().size());
        assertThat(de.path("labels").path("section.causes").path("text").asText())
                .isEqualTo("[de] section.causes");
        assertThat(de.path("labels").path("safety.unsafe").path("state").asText())
                .isEqualTo("translated");
        assertThat(Files.readString(bundle.resolve("yaml/de/leg-cramps.yaml")))
                .contains("  safety.needs-medical-review:");
        assertThat(BundleReaders.csv(bundle.resolve("csv/de/leg-cramps/labels.csv")))
                .extracting(row -> row.get("key"))
                .containsExactlyElementsOf(dev.careguide.i18n.SourceStrings.uiLabels().stream()
                        .sorted()
                        .toList());
    }

    @Test
    void bundleHoldsNoWallClockTimeWithoutAnOutputTimestamp() throws IOException {
        Path bundle = tmp.resolve("bundle");
        BundleManifest manifest = export(bundle, options);
        assertThat(manifest.createdAt()).isNull();
        assertThat(Files.readString(bundle.resolve("manifest.json"))).doesNotContain("createdAt");
    }

    @Test
    void provenanceNamesDocumentAndLinesButNotTheSourceText() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        for (String path : BundleFiles.list(bundle)) {
            assertThat(Files.readString(bundle.resolve(path))).doesNotContain("must not reach the bundle");
        }
        Map<String, Map<String, Object>> en = itemsById(BundleReaders.json(bundle.resolve("json/en/leg-cramps.json")));
        assertThat(en.get("exercise.calf-raises").get("provenance"))
                .isEqualTo(List.of(Map.of(
                        "document",
                        TestGuides.DOC,
                        "startLine",
                        java.math.BigDecimal.valueOf(30),
                        "endLine",
                        java.math.BigDecimal.valueOf(33))));
    }

    @Test
    void jsonIsCanonicalWithSortedKeysTwoSpaceIndentAndFinalNewline() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        String json = Files.readString(bundle.resolve("json/en/leg-cramps.json"), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("{\n  \"causes\": [\n    {\n      \"category\": \"nutritional\",")
                .endsWith("\n}\n")
                .doesNotContain("\r")
                .doesNotContain("\t");
        assertThat(json.indexOf("\"exercises\"")).isLessThan(json.indexOf("\"fallbackChain\""));
    }

    @Test
    void twoExportsOfTheSameInputAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a/bundle");
        Path b = tmp.resolve("b/bundle");
        export(a, options.withOutputTimestamp("2026-01-01T00:00:00Z"));
        export(b, options.withOutputTimestamp("2026-01-01T00:00:00Z"));
        List<String> files = BundleFiles.list(a);
        assertThat(BundleFiles.list(b)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        BundleZip.write(a, tmp.resolve("a.zip"), "2026-01-01T00:00:00Z");
        BundleZip.write(b, tmp.resolve("b.zip"), "2026-01-01T00:00:00Z");
        assertThat(Files.readAllBytes(tmp.resolve("b.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("a.zip")));
    }

    @Test
    void failureHalfWayLeavesThePreviousBundleIntactAndNoTemporaryFiles() throws IOException {
        Path bundle = tmp.resolve("out/bundle");
        export(bundle, options);
        Map<String, byte[]> before = snapshot(bundle);

        Exporter failing = new Exporter() {
            @Override
            public String format() {
                return "zzz-failing";
            }

            @Override
            public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
                try (OutputStream out = ctx.create(guide, ExportContext.path("zzz", guide, ".txt"), "text/plain")) {
                    out.write("partial".getBytes(StandardCharsets.UTF_8));
                }
                if (guide.locale().equals("de")) {
                    throw new IOException("disk full (injected)");
                }
            }
        };
        List<Exporter> exporters = new ArrayList<>(List.of(new JsonExporter(), new CsvExporter(), failing));
        BundleWriter writer = new BundleWriter(exporters);
        Guide changed = TestGuides.guide().toBuilder().title("Changed title").build();
        assertThatThrownBy(() -> writer.write(
                        List.of(new GuideContent(changed, TestGuides.locales(changed))),
                        options.withFormats(List.of("csv", "json", "zzz-failing")),
                        bundle))
                .hasMessageContaining("disk full (injected)");

        assertThat(snapshot(bundle)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        Map<String, byte[]> after = snapshot(bundle);
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(bundle.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void anExporterCannotWriteOutsideTheBundle() {
        Exporter escaping = exporter(
                "escape",
                (guide, ctx) ->
                        ctx.create(guide, "../outside.txt", "text/plain").close());
        assertThatThrownBy(() -> new BundleWriter(List.of(escaping))
                        .write(
                                List.of(TestGuides.content()),
                                options.withFormats(List.of("escape")),
                                tmp.resolve("out/bundle")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("outside the bundle");
        assertThat(tmp.resolve("out/outside.txt")).doesNotExist();
        assertThat(tmp.resolve("out")).isEmptyDirectory();
    }

    @Test
    void aFileAnExporterLeavesOpenFailsTheExport() {
        Exporter leaky = exporter(
                "leaky",
                (guide, ctx) -> ctx.create(guide, ExportContext.path("leaky", guide, ".txt"), "text/plain")
                        .write('x'));
        assertThatThrownBy(() -> new BundleWriter(List.of(leaky))
                        .write(
                                List.of(TestGuides.content()),
                                options.withFormats(List.of("leaky")),
                                tmp.resolve("bundle")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("left it open");
        assertThat(tmp.resolve("bundle")).doesNotExist();
    }

    @Test
    void referencesToOmittedItemsAreDropped() throws IOException {
        Guide guide = TestGuides.guide();
        Guide rejectedSpecialist = guide.toBuilder()
                .specialists(List.of(new dev.careguide.model.Specialist(
                        "specialist.obstetrician",
                        "Obstetrician",
                        "",
                        dev.careguide.model.ReviewStatus.REJECTED,
                        List.of())))
                .build();
        Path bundle = tmp.resolve("bundle");
        new BundleWriter()
                .write(
                        List.of(new GuideContent(rejectedSpecialist, TestGuides.locales(rejectedSpecialist))),
                        options,
                        bundle);
        Map<String, Map<String, Object>> en = itemsById(BundleReaders.json(bundle.resolve("json/en/leg-cramps.json")));
        assertThat(en).doesNotContainKey("specialist.obstetrician");
        assertThat(en.get("remedy.stretch-calf")).doesNotContainKey("specialists");
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    /** An exporter from a lambda, for injecting misbehaviour. */
    private static Exporter exporter(String format, ExporterBody body) {
        return new Exporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
                body.write(guide, ctx);
            }
        };
    }

    private interface ExporterBody {
        void write(LocalizedGuide guide, ExportContext ctx) throws IOException;
    }

    @Test
    void anExportReplacesThePreviousBundleCompletely() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, options);
        new BundleWriter().write(List.of(TestGuides.content()), options.withFormats(List.of("json")), bundle);
        assertThat(bundle.resolve("csv")).doesNotExist();
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    private static GuideContent second() {
        Guide g = TestGuides.guide().toBuilder()
                .id("night-cramps")
                .title("Night cramps")
                .build();
        return new GuideContent(g, TestGuides.locales(g));
    }

    @Test
    void guidesStreamedInAnyOrderGiveTheSameBundleAsAList() throws IOException {
        ExportOptions fixed = options.withOutputTimestamp("2026-01-01T00:00:00Z");
        Path listed = tmp.resolve("listed/bundle");
        Path streamed = tmp.resolve("streamed/bundle");
        new BundleWriter().write(List.of(TestGuides.content(), second()), fixed, listed);
        Iterable<GuideContent> reversed =
                () -> List.of(second(), TestGuides.content()).iterator();
        BundleManifest manifest = new BundleWriter().write(reversed, fixed, streamed);
        assertThat(manifest.guides())
                .extracting(BundleManifest.GuideEntry::id)
                .containsExactly("leg-cramps", "night-cramps");
        Map<String, byte[]> expected = snapshot(listed);
        Map<String, byte[]> actual = snapshot(streamed);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(new BundleValidator().validate(streamed)).isEmpty();
    }

    @Test
    void eachStreamedGuideIsWrittenBeforeTheNextIsTaken() {
        List<String> events = new ArrayList<>();
        Exporter recording = exporter("rec", (guide, ctx) -> {
            events.add("write " + guide.guide());
            ctx.create(guide, ExportContext.path("rec", guide, ".txt"), "text/plain")
                    .close();
        });
        Iterable<GuideContent> guides = () -> List.of(TestGuides.content(), second()).stream()
                .peek(g -> events.add("take " + g.guide().id()))
                .iterator();
        new BundleWriter(List.of(recording)).write(guides, options.withFormats(List.of("rec")), tmp.resolve("b"));
        assertThat(events.stream().distinct())
                .containsExactly("take leg-cramps", "write leg-cramps", "take night-cramps", "write night-cramps");
    }

    @Test
    void aStreamedGuideGivenTwiceOrFailingToLoadLeavesThePreviousBundleIntact() throws IOException {
        Path bundle = tmp.resolve("out/bundle");
        export(bundle, options);
        Map<String, byte[]> before = snapshot(bundle);
        Iterable<GuideContent> twice = () ->
                List.of(TestGuides.content(), second(), TestGuides.content()).iterator();
        assertThatThrownBy(() -> new BundleWriter().write(twice, options, bundle))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("guide 'leg-cramps' is exported twice");
        Iterable<GuideContent> broken = () -> Stream.of(TestGuides.content(), null)
                .map(g -> {
                    if (g == null) {
                        throw new DiagnosticException(dev.careguide.model.Diagnostic.error(
                                "night-cramps/messages_de.properties", 3, 1, "catalog-syntax", "injected"));
                    }
                    return g;
                })
                .iterator();
        assertThatThrownBy(() -> new BundleWriter().write(broken, options, bundle))
                .hasMessageContaining("injected");
        Map<String, byte[]> after = snapshot(bundle);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(bundle.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }

    @Test
    void failPolicyOnAStreamReportsTheProblemsOfEveryGuide() {
        ExportOptions failing =
                options.withPolicy(ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.FAIL));
        Iterable<GuideContent> guides =
                () -> List.of(TestGuides.content(), second()).iterator();
        assertThatThrownBy(() -> new BundleWriter().write(guides, failing, tmp.resolve("bundle")))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics())
                        .extracting(d -> d.file())
                        .contains("leg-cramps/messages_de.properties", "night-cramps/messages_de.properties"));
        assertThat(tmp.resolve("bundle")).doesNotExist();
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotABundle() throws IOException {
        Path notABundle = tmp.resolve("src");
        Files.createDirectories(notABundle);
        Files.writeString(notABundle.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> export(notABundle, options))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("not a careguide bundle");
        assertThat(notABundle.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void unknownFormatIsADiagnosticNamingTheAvailableOnes() {
        assertThatThrownBy(() -> export(tmp.resolve("b"), options.withFormats(List.of("json", "xml"))))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("unknown export format 'xml' (available: csv, json, yaml)");
    }

    @Test
    void malformedOutputTimestampIsADiagnostic() {
        assertThatThrownBy(() -> export(tmp.resolve("b"), options.withOutputTimestamp("yesterday")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("'yesterday'");
        assertThat(ExportOptions.parseTimestamp("1767225600")).hasToString("2026-01-01T00:00:00Z");
    }

    @Test
    void unknownPolicyValueIsADiagnosticNamingItsSource() {
        assertThatThrownBy(() -> ExportPolicy.parse(Map.of("unsafe", "maybe"), "pom.xml"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("pom.xml")
                .hasMessageContaining("must be keep or omit, not 'maybe'");
        assertThat(ExportPolicy.parse(ExportPolicy.DEFAULT.toMap(), "x")).isEqualTo(ExportPolicy.DEFAULT);
    }

    private static Map<String, Object> expected(LocaleView view, String key) {
        ResolvedText r = view.text(key);
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.state() == TextState.STALE) {
            ResolvedText f = view.fallbackText(key);
            m.put("text", f.text());
            m.put("state", "fallback");
            m.put("locale", f.fromLocale());
            m.put("stale", true);
        } else {
            m.put("text", r.text());
            m.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("locale", r.fromLocale());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> strings(Map<String, Object> item) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add((Map<String, Object>) item.get("title"));
        if (item.containsKey("description")) {
            out.add((Map<String, Object>) item.get("description"));
        }
        out.addAll((List<Map<String, Object>>) item.getOrDefault("steps", List.of()));
        Map<String, Object> safety = (Map<String, Object>) item.getOrDefault("safety", Map.of());
        if (safety.containsKey("reason")) {
            out.add((Map<String, Object>) safety.get("reason"));
        }
        out.addAll((List<Map<String, Object>>) item.getOrDefault("foods", List.of()));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> itemsById(Map<String, Object> guide) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (String list :
                List.of("causes", "remedies", "exercises", "specialists", "nutrientSources", "warningSigns")) {
            for (Map<String, Object> item : (List<Map<String, Object>>) guide.get(list)) {
                byId.put((String) item.get("id"), item);
            }
        }
        return byId;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (String p : BundleFiles.list(dir)) {
            map.put(p, Files.readAllBytes(dir.resolve(p)));
        }
        return map;
    }
}
