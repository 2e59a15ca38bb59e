package dev.careguide.pipeline;

import dev.careguide.i18n.CatalogChecker;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogProblem;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.CatalogState;
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
    record CheckResult(List<Diagnostic> diagnostics) {}

    /** The catalog files a sync rewrote, the problems it found and its changes counted by kind. */
    record SyncResult(List<Path> rewritten, List<Diagnostic> diagnostics, String summary) {}

    /** Statistics per locale as a table and as JSON. */
    record StatsResult(String table, String json) {}

    private static final Pattern CATALOG_NAME = Pattern.compile("messages_([A-Za-z0-9_-]+)\\.properties");

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
            for (Path file : list(folder)) {
                String tag = catalogTag(file.getFileName().toString());
                if (tag != null
                        && Locales.problem(tag) == null
                        && expectedName(tag).equals(file.getFileName().toString())) {
                    tags.add(Locales.canonical(tag));
                }
            }
        }
        return List.copyOf(tags);
    }

    /**
     * A warning for each {@code .properties} file in a catalog folder (the UI messages' and each guide's) that
     * careguide does not read, with the name it would read: {@code messages_de-CH.properties} (expected
     * {@code messages_de_CH.properties}), {@code messages_DE_at.properties}, {@code messages_zz.properties} (no
     * such language), {@code message_de.properties}.
     */
    List<Diagnostic> catalogNameWarnings(List<Guide> guides) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        folders.add(CatalogPaths.UI);
        guides.forEach(g -> folders.add(g.id()));
        for (String id : folders) {
            Path folder = CatalogPaths.folder(config.layout().i18nDirectory(), id);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : list(folder)) {
                String name = file.getFileName().toString();
                String reason = unreadCatalogReason(name);
                if (reason != null) {
                    warnings.add(Diagnostic.warning(
                            file.toString(), 0, 0, "catalog-name", "careguide does not read this file: " + reason));
                }
            }
        }
        return warnings;
    }

    /** Why a file of a catalog folder is not read, or {@code null} when it is (or is no catalog at all). */
    private static String unreadCatalogReason(String name) {
        if (name.equals("messages.properties")
                || name.equals(CatalogState.FILE_NAME)
                || !name.endsWith(".properties")) {
            return null;
        }
        String tag = catalogTag(name);
        if (tag == null) {
            return "catalogs are named messages_<locale>.properties, e.g. messages_de.properties or "
                    + "messages_pt_BR.properties";
        }
        String problem = Locales.problem(tag);
        if (problem != null) {
            return problem;
        }
        String expected = expectedName(tag);
        return expected.equals(name) ? null : "the " + Locales.canonical(tag) + " catalog must be named " + expected;
    }

    /** The locale tag a catalog file name spells ({@code messages_pt_BR.properties} → {@code pt-BR}), or null. */
    private static String catalogTag(String name) {
        Matcher m = CATALOG_NAME.matcher(name);
        return m.matches() ? m.group(1).replace('_', '-') : null;
    }

    private static String expectedName(String tag) {
        return "messages_" + Locales.fileSuffix(tag) + ".properties";
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
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
        localization.targets().stream()
                .filter(v -> !v.tag().equals(localization.source().tag()))
                .forEach(views::add);
        return views;
    }

    /**
     * Checks every guide's catalogs (several at once on {@code tasks}) and the UI messages, reading only, and
     * streams the JSON report and the SARIF log into {@code jsonFile} and {@code sarifFile}.
     */
    CheckResult check(List<Guide> guides, GuideTasks tasks, Path jsonFile, Path sarifFile) {
        CatalogChecker checker = new CatalogChecker();
        List<String> targets = targetLocales(guides);
        CheckConfig checkConfig = checkConfig(config);
        List<dev.careguide.i18n.CheckResult> parts = new ArrayList<>();
        parts.add(checker.checkUi(i18nDirectory(), targets, checkConfig));
        parts.addAll(
                tasks.map(guides, guide -> checker.checkGuide(guide, i18nDirectory(), targets, checkConfig, shipping)));
        List<CatalogProblem> names = new ArrayList<>();
        for (Diagnostic d : catalogNameWarnings(guides)) {
            Diagnostic.Severity severity = checkConfig.severity(d.code());
            if (severity != null) {
                names.add(
                        new CatalogProblem(severity, d.file(), d.line(), d.column(), d.code(), "", "", d.message(), 0));
            }
        }
        parts.add(new dev.careguide.i18n.CheckResult(names, Map.of()));
        dev.careguide.i18n.CheckResult result = dev.careguide.i18n.CheckResult.of(parts);
        CheckReportWriter writer = new CheckReportWriter(config.layout().baseDir());
        writer.writeJson(result, jsonFile);
        writer.writeSarif(result, sarifFile);
        return new CheckResult(result.diagnostics());
    }

    /**
     * Syncs every guide's catalogs and the UI messages, with suggestions from the guides' translations and the
     * project's memory file; {@code formerIds} gives per guide the items that continue an earlier item under a new
     * id.
     */
    SyncResult sync(List<Guide> guides, boolean purge, Map<String, Map<String, String>> formerIds) {
        CatalogSync sync =
                new CatalogSync(CatalogRules.defaults(), new TranslationExchange(config).importedMemory(), shipping);
        dev.careguide.i18n.SyncResult result =
                sync.sync(guides, i18nDirectory(), targetLocales(guides), purge, formerIds);
        Map<dev.careguide.i18n.SyncResult.ChangeKind, Long> counts = new TreeMap<>();
        result.changes().forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        StringBuilder summary = new StringBuilder();
        counts.forEach((kind, count) -> summary.append(summary.length() == 0 ? "" : ", ")
                .append(count)
                .append(' ')
                .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
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
