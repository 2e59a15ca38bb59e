package dev.careguide.pipeline;

import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.Localization;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The one place that calls the i18n module: locale views, check, sync and statistics of a project's catalogs. */
final class Translations {

    /** What a check found, with its JSON and SARIF reports. */
    record CheckResult(List<Diagnostic> diagnostics, String json, String sarif) {
    }

    /** The catalog files a sync rewrote and the problems that stopped it. */
    record SyncResult(List<Path> rewritten, List<Diagnostic> diagnostics) {
    }

    /** Statistics per locale as a table and as JSON. */
    record StatsResult(String table, String json) {
    }

    private static final Pattern CATALOG_NAME = Pattern.compile("messages_([A-Za-z0-9_]+)\\.properties");

    private final PipelineConfig config;

    Translations(PipelineConfig config) {
        this.config = config;
    }

    /** One diagnostic per malformed or unknown locale tag of the configuration. */
    static List<Diagnostic> configurationProblems(PipelineConfig config) {
        List<Diagnostic> problems = new ArrayList<>();
        String sourceProblem = Locales.problem(config.sourceLocale());
        if (sourceProblem != null) {
            problems.add(Diagnostic.error("sourceLocale", 0, 0, "invalid-locale", sourceProblem));
        }
        for (String tag : config.locales()) {
            String problem = Locales.problem(tag);
            if (problem != null) {
                problems.add(Diagnostic.error("locales", 0, 0, "invalid-locale", problem));
            }
        }
        return problems;
    }

    /**
     * The target locales of a guide: the configured ones, or, when none are configured, every locale that has
     * a catalog in the guide's i18n folder, sorted.
     */
    List<String> targetLocales(Guide guide) {
        if (!config.locales().isEmpty()) {
            return config.locales().stream().map(Locales::canonical).distinct().toList();
        }
        Path folder = CatalogPaths.folder(config.layout().i18nDirectory(), guide.id());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> CATALOG_NAME.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '-'))
                    .filter(tag -> Locales.problem(tag) == null)
                    .map(Locales::canonical)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The source locale's view of {@code guide} first, then one per target locale.
     *
     * @throws DiagnosticException when a catalog cannot be read or does not parse
     */
    List<LocaleView> views(Guide guide) {
        Localization localization = localization(guide);
        List<LocaleView> views = new ArrayList<>();
        views.add(localization.source());
        localization.targets().stream().filter(v -> !v.tag().equals(localization.source().tag()))
                .forEach(views::add);
        return views;
    }

    private Localization localization(Guide guide) {
        return Localization.load(guide, config.layout().i18nDirectory(), targetLocales(guide));
    }

    CheckResult check(List<Guide> guides) {
        throw notAvailable();
    }

    SyncResult sync(List<Guide> guides, boolean purge) {
        throw notAvailable();
    }

    StatsResult stats(List<Guide> guides) {
        throw notAvailable();
    }

    private DiagnosticException notAvailable() {
        return new DiagnosticException(Diagnostic.error(config.layout().i18nDirectory().toString(), 0, 0,
                "not-available", "translations are not available in this build of careguide yet"));
    }
}
