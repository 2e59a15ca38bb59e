package dev.careguide.pipeline;

import dev.careguide.i18n.CatalogChecker;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.CatalogStatistics;
import dev.careguide.i18n.CatalogSync;
import dev.careguide.i18n.CheckConfig;
import dev.careguide.i18n.CheckReportWriter;
import dev.careguide.i18n.GuideStats;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.Localization;
import dev.careguide.i18n.ShippingPolicy;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The one place that calls the i18n module: locale views, check, sync and statistics of a project's catalogs. */
final class Translations {

    /** What a check found, with its JSON and SARIF reports. */
    record CheckResult(List<Diagnostic> diagnostics, String json, String sarif) {
    }

    /** The catalog files a sync rewrote, the problems it found and its changes counted by kind. */
    record SyncResult(List<Path> rewritten, List<Diagnostic> diagnostics, String summary) {
    }

    /** Statistics per locale as a table and as JSON. */
    record StatsResult(String table, String json) {
    }

    private static final Pattern CATALOG_NAME = Pattern.compile("messages_([A-Za-z0-9_]+)\\.properties");

    private final PipelineConfig config;
    private final ShippingPolicy shipping;

    /** @param shipping which items the bundle leaves out (the export policy), for marks and completeness */
    Translations(PipelineConfig config, ShippingPolicy shipping) {
        this.config = config;
        this.shipping = shipping;
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
        try {
            checkConfig(config);
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error("checkSeverities", 0, 0, "check-severity", e.getMessage()));
        }
        return problems;
    }

    /**
     * The target locales of the project: the configured ones, or, when none are configured, every locale that
     * has a catalog in a guide's i18n folder, sorted.
     */
    List<String> targetLocales(List<Guide> guides) {
        if (!config.locales().isEmpty()) {
            return config.locales().stream().map(Locales::canonical).distinct().toList();
        }
        Set<String> tags = new TreeSet<>();
        for (Guide guide : guides) {
            Path folder = CatalogPaths.folder(config.layout().i18nDirectory(), guide.id());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> CATALOG_NAME.matcher(f.getFileName().toString()))
                        .filter(Matcher::matches)
                        .map(m -> m.group(1).replace('_', '-'))
                        .filter(tag -> Locales.problem(tag) == null)
                        .map(Locales::canonical)
                        .forEach(tags::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return List.copyOf(tags);
    }

    /**
     * The source locale's view of {@code guide} first, then one per target locale; with {@code reviewedOnly}
     * translations no reviewer approved count as missing.
     *
     * @throws DiagnosticException when a catalog cannot be read or does not parse
     */
    List<LocaleView> views(Guide guide, List<String> targets, boolean reviewedOnly) {
        Localization localization = Localization.load(guide, i18nDirectory(), targets, reviewedOnly, shipping);
        List<LocaleView> views = new ArrayList<>();
        views.add(localization.source());
        localization.targets().stream().filter(v -> !v.tag().equals(localization.source().tag()))
                .forEach(views::add);
        return views;
    }

    /** Checks every guide's catalogs (several at once on {@code tasks}) and the UI messages; reads only. */
    CheckResult check(List<Guide> guides, GuideTasks tasks) {
        CatalogChecker checker = new CatalogChecker();
        List<String> targets = targetLocales(guides);
        CheckConfig checkConfig = checkConfig(config);
        List<dev.careguide.i18n.CheckResult> parts = new ArrayList<>();
        parts.add(checker.checkUi(i18nDirectory(), targets, checkConfig));
        parts.addAll(tasks.map(guides, guide -> checker.checkGuide(guide, i18nDirectory(), targets, checkConfig,
                shipping)));
        dev.careguide.i18n.CheckResult result = dev.careguide.i18n.CheckResult.of(parts);
        CheckReportWriter writer = new CheckReportWriter(config.layout().baseDir());
        return new CheckResult(result.diagnostics(), writer.toJson(result), writer.toSarif(result));
    }

    /**
     * Syncs every guide's catalogs and the UI messages, with suggestions from the guides' translations and the
     * project's memory file; {@code formerIds} gives per guide the items that continue an earlier item under a new
     * id.
     */
    SyncResult sync(List<Guide> guides, boolean purge, Map<String, Map<String, String>> formerIds) {
        CatalogSync sync = new CatalogSync(CatalogRules.defaults(), new TranslationExchange(config).importedMemory(),
                shipping);
        dev.careguide.i18n.SyncResult result = sync.sync(guides, i18nDirectory(), targetLocales(guides), purge,
                formerIds);
        Map<dev.careguide.i18n.SyncResult.ChangeKind, Long> counts = new TreeMap<>();
        result.changes().forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        StringBuilder summary = new StringBuilder();
        counts.forEach((kind, count) -> summary.append(summary.length() == 0 ? "" : ", ")
                .append(count).append(' ').append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return new SyncResult(result.written(), List.of(), summary.toString());
    }

    /** Statistics of every guide and locale, and of every locale over all guides. */
    StatsResult stats(List<Guide> guides) {
        CatalogStatistics statistics = new CatalogStatistics();
        List<GuideStats> stats = statistics.perGuide(guides, i18nDirectory(), targetLocales(guides), shipping);
        return new StatsResult(statistics.toTable(stats), statistics.toJson(stats));
    }

    private Path i18nDirectory() {
        return config.layout().i18nDirectory();
    }

    private static CheckConfig checkConfig(PipelineConfig config) {
        return new CheckConfig(config.checkSeverities(), config.minCompleteness(), Map.of(), CatalogRules.defaults());
    }
}
