package dev.careguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSiteTest {

    private static final String STALE_DE = """
            #, stale
            #| Leg cramps at night
            guide.title=Nächtliche Wadenkrämpfe
            """;

    @TempDir
    Path dir;

    private BuiltProject project;

    @BeforeEach
    void build() throws IOException {
        project = BuiltProject.build(
                dir.resolve("project"),
                List.of("de", "ar", "en-XA"),
                Map.of("night-cramps/messages_de.properties", STALE_DE));
        new ReviewSite(project.inputs()).write(project.site());
    }

    @Test
    void everyPageIsWrittenOncePerGuideAndLocaleAndNeverPerItem() throws IOException {
        assertThat(files(project.site()))
                .containsExactly(
                        "filter.js",
                        "guides/night-cramps.html",
                        "index.html",
                        "preview/ar/night-cramps.html",
                        "preview/de/night-cramps.html",
                        "preview/en-XA/night-cramps.html",
                        "preview/en/night-cramps.html",
                        "style.css",
                        "translate/ar/night-cramps.html",
                        "translate/ar/ui.html",
                        "translate/de/night-cramps.html",
                        "translate/de/ui.html");
    }

    @Test
    void articleMarkupIsEscapedTextOnEveryPage() throws IOException {
        for (String page : pages()) {
            Document html = parse(page);
            assertThat(html.select("img, textarea, iframe, object, embed"))
                    .as(page)
                    .isEmpty();
            assertThat(html.select("script")).as(page).allSatisfy(s -> {
                assertThat(s.attr("src")).endsWith("filter.js");
                assertThat(s.data()).isEmpty();
            });
            for (Element e : html.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as("%s in %s", a, page).doesNotStartWith("on");
                }
            }
            if (!page.equals("index.html") && !page.endsWith("/ui.html") && !page.startsWith("preview/en-XA/")) {
                assertThat(html.body().text())
                        .as(page)
                        .contains("<script>alert")
                        .contains("<img src=x onerror=alert");
            }
        }
        Document review = parse("guides/night-cramps.html");
        assertThat(review.select(".source").text())
                .contains("magnesium </textarea> in the body \"><img src=x onerror=alert(1)>")
                .contains("hemoglobin ⟦U+202E⟧in the blood⟦U+202C⟧");
        assertThat(parse("preview/de/night-cramps.html").body().text()).contains("\u202Ein the blood\u202C");
    }

    @Test
    void pagesForbidInlineScriptAndLoadNothingFromElsewhere() throws IOException {
        for (String page : pages()) {
            Document html = parse(page);
            Element csp = html.head().child(1);
            assertThat(csp.attr("http-equiv")).as(page).isEqualTo("Content-Security-Policy");
            assertThat(csp.attr("content"))
                    .contains("default-src 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(html.select("[style]")).as(page).isEmpty();
            assertThat(html.select("[href], [src]"))
                    .as(page)
                    .allSatisfy(e -> assertThat(e.attr("href") + e.attr("src")).doesNotContain(":"));
        }
    }

    @Test
    void headingsAreInOrderWithLandmarksAndLabelledControls() throws IOException {
        for (String page : pages()) {
            Document html = parse(page);
            List<Integer> levels = new ArrayList<>();
            html.select("h1, h2, h3, h4, h5, h6")
                    .forEach(h -> levels.add(h.tagName().charAt(1) - '0'));
            assertThat(levels).as(page).startsWith(1);
            assertThat(levels.stream().filter(l -> l == 1)).as(page).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d of %s", i, page).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(html.select("header, nav, main, footer")).as(page).hasSizeGreaterThanOrEqualTo(4);
            assertThat(html.select("html").attr("lang")).as(page).isNotBlank();
            assertThat(html.select("input"))
                    .as(page)
                    .allSatisfy(input -> assertThat(input.parent().tagName()).isEqualTo("label"));
        }
    }

    @Test
    void previewIsReadFromTheBundleWithLangDirAndFallbacksMarked() throws IOException {
        Document ar = parse("preview/ar/night-cramps.html");
        assertThat(ar.select("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.select("header").attr("dir")).isEqualTo("ltr");
        assertThat(ar.select("h2 bdi").first().text()).isEqualTo("الأسباب");
        assertThat(ar.select("h1 bdi.fallback").attr("lang")).isEqualTo("en");
        assertThat(ar.select("h1 .mark").text()).isEqualTo("fallback: en");
        assertThat(parse("preview/en-XA/night-cramps.html")
                        .select(".banner.pseudo")
                        .text())
                .startsWith("Pseudo-locale en-XA");
        assertThat(parse("preview/de/night-cramps.html").select("h1 .mark").text())
                .isEqualTo("stale, fallback: en");

        Path bundleFile = project.base.resolve("target/careguide/bundle/json/ar/night-cramps.json");
        Files.writeString(
                bundleFile,
                Files.readString(bundleFile)
                        .replace("\"text\" : \"الأسباب\"", "\"text\" : \"الأسباب (bundle)\"")
                        .replace("\"text\": \"الأسباب\"", "\"text\": \"الأسباب (bundle)\""));
        new ReviewSite(project.inputs()).write(project.site());
        assertThat(parse("preview/ar/night-cramps.html")
                        .select("h2 bdi")
                        .first()
                        .text())
                .isEqualTo("الأسباب (bundle)");
    }

    @Test
    void translatorPageListsStaleAndMissingStringsWithPreviousSourceAndLine() throws IOException {
        Document de = parse("translate/de/night-cramps.html");
        Element stale = de.getElementById("k-guide.title").parent();
        assertThat(stale.select(".state").text()).isEqualTo("stale");
        assertThat(stale.select("del").text()).isEqualTo("Leg cramps at night");
        assertThat(stale.text())
                .contains("src/main/i18n/night-cramps/messages_de.properties:3")
                .contains("Nächtliche Wadenkrämpfe");
        assertThat(de.select("article.entry[data-flags^=missing]")).isNotEmpty();
        assertThat(de.select("article.entry[data-flags^=missing]").first().text())
                .contains("not in the catalog yet: run sync");
        Document index = parse("index.html");
        assertThat(index.select("svg.bar").attr("aria-label"))
                .contains("translated")
                .contains("stale");
    }

    @Test
    void aBundleWithoutJsonOrYamlHasNoPreviewAndSaysSo() throws IOException {
        BuiltProject csvOnly = BuiltProject.build(dir.resolve("csv-only"), List.of("de"), Map.of(), List.of("csv"));
        new ReviewSite(csvOnly.inputs()).write(csvOnly.site());
        assertThat(files(csvOnly.site()))
                .noneMatch(f -> f.startsWith("preview/"))
                .contains("guides/night-cramps.html", "translate/de/night-cramps.html");
        assertThat(Jsoup.parse(Files.readString(csvOnly.site().resolve("index.html")))
                        .text())
                .contains("no preview (the bundle has no JSON or YAML)");
    }

    @Test
    void rewritingGivesByteIdenticalPages() throws IOException {
        Path other = dir.resolve("again");
        new ReviewSite(project.inputs()).write(other);
        List<String> files = files(project.site());
        assertThat(files(other)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(other.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(project.site().resolve(file)));
        }
    }

    @Test
    void aFolderThatIsNotASiteIsNeverReplaced() throws IOException {
        Path precious = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> new ReviewSite(project.inputs()).write(precious))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("site-target"));
        assertThat(precious.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aMissingBuildOutputIsReportedByName() throws IOException {
        Files.delete(project.base.resolve("target/careguide/model/night-cramps/import-report.json"));
        String before = Files.readString(project.site().resolve("index.html"));
        assertThatThrownBy(() -> new ReviewSite(project.inputs()).write(project.site()))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).file())
                            .isEqualTo("target/careguide/model/night-cramps/import-report.json");
                    assertThat(e.getMessage()).contains("run build");
                });
        assertThat(Files.readString(project.site().resolve("index.html"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(project.site().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .doesNotContain(".site.tmp")
                    .allSatisfy(n -> assertThat(n).doesNotStartWith(".site"));
        }
    }

    private List<String> pages() throws IOException {
        return files(project.site()).stream().filter(f -> f.endsWith(".html")).toList();
    }

    private Document parse(String page) throws IOException {
        return Jsoup.parse(Files.readString(project.site().resolve(page), StandardCharsets.UTF_8));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
