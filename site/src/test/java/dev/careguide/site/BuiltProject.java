package dev.careguide.site;

import dev.careguide.exporter.BundleWriter;
import dev.careguide.exporter.ExportOptions;
import dev.careguide.exporter.GuideContent;
import dev.careguide.i18n.CatalogChecker;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.CheckConfig;
import dev.careguide.i18n.CheckReportWriter;
import dev.careguide.i18n.CheckResult;
import dev.careguide.i18n.Localization;
import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.ImportOptions;
import dev.careguide.importer.ImportReportCodec;
import dev.careguide.importer.ImportResult;
import dev.careguide.model.GuideCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A content project with the outputs of a good build, made by the real importer, checker and exporter (what the
 * pipeline runs), laid out as the pipeline lays them out: what the site reads.
 */
final class BuiltProject {

    static final String ARTICLE = """
            Leg cramps <script>alert(1)</script> at night

            Leg cramps are sudden, painful contractions of the calf muscles that often wake people at night.

            Causes of leg cramps

              • Deficiency of magnesium </textarea> in the body "><img src=x onerror=alert(1)>.
              • Anemia - a low level of hemoglobin \u202Ein the blood\u202C.
              • Flat feet.

            What to do during a cramp

            Pull the toes of the affected leg towards you and hold them for a few seconds, then massage the calf.

            Exercises to prevent cramps

            1. Rise on your toes and slowly lower yourself onto your heels. Repeat 15 times, three times a day.
            """;

    final Path base;
    final List<String> locales;

    private BuiltProject(Path base, List<String> locales) {
        this.base = base;
        this.locales = locales;
    }

    /** Imports {@code ARTICLE} as guide {@code night-cramps}, checks the catalogs and exports the bundle. */
    static BuiltProject build(Path base, List<String> locales, Map<String, String> catalogs) throws IOException {
        return build(base, locales, catalogs, List.of("csv", "json", "yaml"));
    }

    /** Like {@link #build(Path, List, Map)}, exporting only {@code formats}. */
    static BuiltProject build(Path base, List<String> locales, Map<String, String> catalogs, List<String> formats)
            throws IOException {
        Path content = Files.createDirectories(base.resolve("src/main/content"));
        Path article = content.resolve("night-cramps.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> catalog : catalogs.entrySet()) {
            Path file = base.resolve("src/main/i18n").resolve(catalog.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, catalog.getValue(), StandardCharsets.UTF_8);
        }
        Path i18n = Files.createDirectories(base.resolve("src/main/i18n"));
        Path out = base.resolve("target/careguide");
        ImportResult imported =
                new GuideImporter(ImportOptions.defaults()).importGuide("night-cramps", List.of(article), content);
        new GuideCodec().write(imported.guide(), out.resolve("model/night-cramps/model.json"));
        new ImportReportCodec().write(imported.report(), out.resolve("model/night-cramps/import-report.json"));
        CheckConfig config = new CheckConfig(Map.of(), 0, Map.of(), CatalogRules.defaults());
        CheckResult checked = new CatalogChecker().check(imported.guide(), i18n, locales, config);
        new CheckReportWriter(base).writeJson(checked, out.resolve("check/check-report.json"));
        new BundleWriter()
                .write(
                        List.of(new GuideContent(imported.guide(), Localization.load(imported.guide(), i18n, locales))),
                        ExportOptions.defaults("1.0.0").withFormats(formats),
                        out.resolve("bundle"));
        return new BuiltProject(base, new ArrayList<>(locales));
    }

    SiteInputs inputs() {
        Path out = base.resolve("target/careguide");
        return new SiteInputs(
                "night-cramps-project",
                base,
                base.resolve("src/main/content"),
                base.resolve("src/main/i18n"),
                out.resolve("model"),
                out.resolve("check/check-report.json"),
                out.resolve("bundle"),
                null);
    }

    Path site() {
        return base.resolve("target/careguide/site");
    }
}
