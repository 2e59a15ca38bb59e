package dev.careguide.pipeline;

import dev.careguide.exporter.BundleManifest;
import dev.careguide.exporter.BundleWriter;
import dev.careguide.exporter.ExportOptions;
import dev.careguide.exporter.GuideContent;
import dev.careguide.importer.IdRegistry;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import dev.careguide.model.Guide;
import dev.careguide.site.PendingSite;
import dev.careguide.site.ReviewSite;
import dev.careguide.site.SiteInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the operations of one content project: import the articles into models, check the translator catalogs,
 * export the bundle, sync the catalogs, count translation statistics, {@link #build()} (import → check →
 * export → review site, skipped when nothing changed since the last good build) and {@link #site()}. The Maven plugin and the CLI are thin
 * shells over this class.
 *
 * <p>Content and translation problems come back as {@link Diagnostic}s in a failed {@link Outcome}; a
 * configuration that cannot run throws {@link ConfigurationException}; an I/O failure throws
 * {@link UncheckedIOException}. Instances hold no shared state, so several projects may build in parallel.
 * {@link #check()}, {@link #export()}, {@link #sync(boolean)} and {@link #stats()} import the articles in
 * memory first, so each works on the current content without a prior {@link #importContent()}.
 */
public final class Pipeline {

    private final PipelineConfig config;
    private final ProjectLayout layout;
    private final PipelineListener listener;
    private final ExportOptions exportOptions;
    private final Translations translations;

    /**
     * @throws ConfigurationException when a configured path leads out of the project, an optional file that was
     *         named does not exist, or a locale tag, format, export policy or output timestamp is not valid
     */
    public Pipeline(PipelineConfig config, PipelineListener listener) {
        Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        List<Diagnostic> problems = new ArrayList<>();
        ProjectLayout resolved = config.layout();
        ExportOptions options = null;
        try {
            resolved = config.layout().resolved();
        } catch (ConfigurationException e) {
            problems.addAll(e.diagnostics());
        }
        try {
            options = Exporting.options(config);
        } catch (ConfigurationException e) {
            problems.addAll(e.diagnostics());
        }
        problems.addAll(Translations.configurationProblems(config));
        if (!config.editorialSeverity().equals("error")
                && !config.editorialSeverity().equals("warning")) {
            problems.add(Diagnostic.error(
                    "editorialSeverity",
                    0,
                    0,
                    "editorial-severity",
                    "editorialSeverity must be error or warning, not '" + config.editorialSeverity() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        this.layout = resolved;
        this.config = config.toBuilder().layout(resolved).build();
        this.exportOptions = options;
        this.translations = new Translations(this.config, options.policy());
    }

    /** The effective configuration, with every path absolute. */
    public PipelineConfig config() {
        return config;
    }

    /**
     * Imports every guide of the content folder and writes {@code <out>/model/<guide-id>/model.json} and
     * {@code import-report.json}; model folders of guides that no longer exist are removed.
     */
    public ImportOutcome importContent() {
        return write(load());
    }

    private ImportOutcome write(Loaded loaded) {
        boolean strict =
                config.failOnWarnings() && loaded.diagnostics().stream().anyMatch(Pipeline::isWarning);
        if (!loaded.success() || strict) {
            return new ImportOutcome(false, loaded.diagnostics(), List.of());
        }
        List<Attempt<ImportOutcome.ImportedGuide>> attempts;
        try (GuideTasks tasks = tasks()) {
            attempts = tasks.map(
                    loaded.results(),
                    result -> Attempt.of(() -> {
                        Path folder =
                                layout.modelDirectory().resolve(result.guide().id());
                        return Importing.write(
                                result, folder.resolve("model.json"), folder.resolve("import-report.json"));
                    }));
        }
        List<ImportOutcome.ImportedGuide> written = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Attempt<ImportOutcome.ImportedGuide> attempt : attempts) {
            if (attempt.failed()) {
                problems.addAll(attempt.problems());
            } else {
                written.add(attempt.value());
            }
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(false, concat(loaded.diagnostics(), problems), written);
        }
        removeStaleModels(loaded.guideIds());
        listener.info("Imported " + written.size() + " guide(s) into " + layout.modelDirectory());
        return new ImportOutcome(true, loaded.diagnostics(), written);
    }

    /**
     * Checks every target locale's catalogs against the content, writing {@code <out>/check/check-report.json}
     * and {@code check-report.sarif}; nothing in the i18n folder is rewritten. Fails on any error, on a warning
     * when {@code failOnWarnings} is set, and on a locale below {@code minCompleteness}.
     */
    public CheckOutcome check() {
        Loaded loaded = load();
        if (!loaded.success()) {
            return new CheckOutcome(false, loaded.diagnostics(), null, null);
        }
        return check(loaded.guides());
    }

    /**
     * Rewrites the translator catalogs to match the content: new keys added, changed ones marked stale, removed
     * ones moved to the obsolete section (deleted only when {@code purge} is true). Never runs as part of
     * {@link #build()}; a catalog that does not parse is not rewritten.
     */
    public SyncOutcome sync(boolean purge) {
        Loaded loaded = load();
        List<Diagnostic> loadDiagnostics = loaded.diagnostics().stream()
                .filter(d -> !d.code().equals(UNREGISTERED))
                .toList();
        if (!loaded.success()) {
            return new SyncOutcome(false, loadDiagnostics, List.of());
        }
        warnIfNoTargetLocales(loaded.guides());
        try {
            Map<String, Map<String, String>> formerIds = new TreeMap<>();
            loaded.results().forEach(r -> formerIds.put(r.guide().id(), r.formerIds()));
            Translations.SyncResult result = translations.sync(loaded.guides(), purge, formerIds);
            List<Diagnostic> diagnostics = concat(
                    concat(loadDiagnostics, translations.catalogNameWarnings(loaded.guides())), result.diagnostics());
            boolean success = result.diagnostics().stream().noneMatch(Pipeline::isError);
            if (result.rewritten().isEmpty()) {
                listener.info("Catalogs already in sync with the content");
            } else {
                listener.info("Rewrote " + result.rewritten().size() + " catalog file(s) in " + layout.i18nDirectory()
                        + ": " + result.summary());
            }
            List<Path> rewritten = new ArrayList<>(result.rewritten());
            if (success && writeRegistry(loaded, purge)) {
                rewritten.add(layout.idsFile());
                listener.info("Wrote the id registry " + layout.idsFile());
            }
            return new SyncOutcome(success, diagnostics, rewritten);
        } catch (DiagnosticException e) {
            return new SyncOutcome(false, concat(loadDiagnostics, e.diagnostics()), List.of());
        }
    }

    /** The code of the warning about an item without a registered id, which sync itself settles. */
    private static final String UNREGISTERED = "unregistered-id";

    /**
     * Writes the id registry: each imported guide's entries as the import matched them; the entries of guides
     * no longer in the content are kept as retired, and retired entries are dropped on {@code purge}.
     */
    private boolean writeRegistry(Loaded loaded, boolean purge) {
        IdRegistry registry = loaded.registry();
        Set<String> guideIds = loaded.guideIds();
        for (String gone : registry.guideIds()) {
            if (!guideIds.contains(gone)) {
                registry = registry.retired(gone);
            }
        }
        for (Importing.Result result : loaded.results()) {
            registry = registry.with(result.guide().id(), result.registryEntries());
        }
        if (purge) {
            registry = registry.purged(guideIds);
        }
        return registry.write(layout.idsFile());
    }

    /**
     * Writes each guide's catalogs as XLIFF 2.1 for CAT tools, {@code <directory>/<guide-id>.<locale>.xlf} per
     * target locale, with suggestions from translation memory; writes nothing when a guide's catalogs are not in
     * step with the content (run {@link #sync(boolean)} first).
     */
    public ExchangeOutcome exportXliff(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Loaded loaded = load();
        if (!loaded.success()) {
            return ExchangeOutcome.failed(loaded.diagnostics());
        }
        warnIfNoTargetLocales(loaded.guides());
        List<String> targets = translations.targetLocales(loaded.guides());
        return report(loaded, new TranslationExchange(config).exportXliff(loaded.guides(), targets, directory));
    }

    /**
     * Writes the confirmed targets of XLIFF files into the catalogs, changing only the entries whose target or
     * state changed; refuses every file (writing nothing) when one has a unit whose source is no longer current.
     */
    public ExchangeOutcome importXliff(List<Path> files) {
        Loaded loaded = load();
        if (!loaded.success()) {
            return ExchangeOutcome.failed(loaded.diagnostics());
        }
        return report(loaded, new TranslationExchange(config).importXliff(loaded.guides(), files));
    }

    /** Writes every current translation of every guide into one TMX 1.4b file. */
    public ExchangeOutcome exportTmx(Path file) {
        Objects.requireNonNull(file, "file");
        Loaded loaded = load();
        if (!loaded.success()) {
            return ExchangeOutcome.failed(loaded.diagnostics());
        }
        warnIfNoTargetLocales(loaded.guides());
        List<String> targets = translations.targetLocales(loaded.guides());
        return report(loaded, new TranslationExchange(config).exportTmx(loaded.guides(), targets, file));
    }

    /**
     * Adds the pairs of TMX files to the project's translation memory ({@link ProjectLayout#memoryFile()}), which
     * sync and the XLIFF export draw suggestions from. Reads no articles.
     */
    public ExchangeOutcome importTmx(List<Path> files) {
        ExchangeOutcome outcome = new TranslationExchange(config).importTmx(files);
        if (outcome.success()) {
            listener.info(outcome.summary());
        }
        return outcome;
    }

    private ExchangeOutcome report(Loaded loaded, ExchangeOutcome outcome) {
        if (outcome.success()) {
            listener.info(outcome.summary());
        }
        return new ExchangeOutcome(
                outcome.success(),
                concat(loaded.diagnostics(), outcome.diagnostics()),
                outcome.writtenFiles(),
                outcome.summary());
    }

    /** Writes the bundle to {@code <out>/bundle/} and its zip to {@code <out>/careguide-bundle.zip}. */
    public ExportOutcome export() {
        List<Diagnostic> occupied = BundleWriter.replaceProblems(layout.bundleDirectory(), layout.bundleZip());
        if (!occupied.isEmpty()) {
            return new ExportOutcome(false, occupied, null, null, List.of());
        }
        Loaded loaded = load();
        if (!loaded.success()) {
            return new ExportOutcome(false, loaded.diagnostics(), null, null, List.of());
        }
        ExportOutcome exported = export(loaded.guides());
        List<Diagnostic> diagnostics = concat(
                concat(loaded.diagnostics(), translations.catalogNameWarnings(loaded.guides())),
                exported.diagnostics());
        return new ExportOutcome(
                exported.success(), diagnostics, exported.bundleDirectory(), exported.bundleZip(), exported.locales());
    }

    /** Translation statistics per locale; writes nothing. */
    public StatsOutcome stats() {
        Loaded loaded = load();
        if (!loaded.success()) {
            return new StatsOutcome(false, loaded.diagnostics(), "", "");
        }
        warnIfNoTargetLocales(loaded.guides());
        try {
            Translations.StatsResult stats = translations.stats(loaded.guides());
            return new StatsOutcome(
                    true,
                    concat(loaded.diagnostics(), translations.catalogNameWarnings(loaded.guides())),
                    stats.table(),
                    stats.json());
        } catch (DiagnosticException e) {
            return new StatsOutcome(false, concat(loaded.diagnostics(), e.diagnostics()), "", "");
        }
    }

    /**
     * Like {@link #stats()}, and writes the statistics as JSON to {@code jsonFile} through a temporary file and
     * a move; nothing is written when the statistics could not be counted.
     */
    public StatsOutcome stats(Path jsonFile) {
        Objects.requireNonNull(jsonFile, "jsonFile");
        StatsOutcome outcome = stats();
        if (outcome.success()) {
            AtomicFiles.write(jsonFile, outcome.json());
            listener.info("Statistics written to " + jsonFile);
        }
        return outcome;
    }

    /**
     * Import → check → export → review site. When the inputs and the configuration hash to the fingerprint stored by the last
     * good build and its outputs are still there, logs one "up to date" line, rewrites nothing and returns the
     * per-locale summary of the stored bundle, read from its {@code manifest.json}.
     */
    public BuildOutcome build() {
        List<Diagnostic> unsafe =
                concat(prepare(), BundleWriter.replaceProblems(layout.bundleDirectory(), layout.bundleZip()));
        if (!unsafe.isEmpty()) {
            return new BuildOutcome(
                    false, false, new ImportOutcome(false, unsafe, List.of()), null, null, null, List.of());
        }
        Fingerprint fingerprint = Fingerprint.of(config);
        Optional<List<ExportOutcome.LocaleSummary>> stored =
                isUpToDate(fingerprint) ? BundleSummaries.read(layout.bundleDirectory()) : Optional.empty();
        if (stored.isPresent()) {
            listener.info(
                    "careguide: up to date, nothing changed since the last build (" + layout.outputDirectory() + ")");
            return BuildOutcome.alreadyUpToDate(stored.get());
        }
        deleteIfExists(layout.fingerprintFile());
        Loaded loaded = loadPrepared();
        ImportOutcome imported = write(loaded);
        if (!imported.success()) {
            return new BuildOutcome(false, false, imported, null, null, null, List.of());
        }
        CheckOutcome checked = check(loaded.guides());
        if (!checked.success()) {
            return new BuildOutcome(false, false, imported, checked, null, null, List.of());
        }
        ExportOutcome exported = export(loaded.guides());
        if (!exported.success()) {
            return new BuildOutcome(false, false, imported, checked, exported, null, List.of());
        }
        SiteOutcome site = writeSite(loaded.guideIds().stream().sorted().toList());
        if (!site.success()) {
            return new BuildOutcome(false, false, imported, checked, exported, site, List.of());
        }
        fingerprint.store(layout.fingerprintFile());
        return new BuildOutcome(true, false, imported, checked, exported, site, List.of());
    }

    /**
     * Brings the build up to date ({@link #build()}: nothing is redone when nothing changed) and writes the review
     * site into {@code <out>/site/}, also when the build was already up to date. The site is read from the
     * build's outputs, so it shows exactly what the last good build produced.
     */
    public SiteOutcome site() {
        BuildOutcome build = build();
        if (!build.success()) {
            return new SiteOutcome(false, build.diagnostics(), null);
        }
        if (build.siteStep().isPresent()) {
            return build.siteStep().get();
        }
        return writeSite(null);
    }

    /** Writes the site of {@code guideIds} ({@code null}: every guide of the bundle) from the build's outputs. */
    private SiteOutcome writeSite(List<String> guideIds) {
        try {
            ReviewSite site = new ReviewSite(siteInputs());
            try (PendingSite pending = site.open(layout.siteDirectory());
                    GuideTasks tasks = tasks()) {
                tasks.map(guideIds == null ? site.guideIds() : guideIds, id -> {
                    pending.add(id);
                    return id;
                });
                pending.commit();
            }
            Path index = layout.siteDirectory().resolve("index.html");
            listener.info("Wrote review site " + index);
            return new SiteOutcome(true, List.of(), index);
        } catch (DiagnosticException e) {
            return new SiteOutcome(false, e.diagnostics(), null);
        }
    }

    private SiteInputs siteInputs() {
        Path base = layout.baseDir();
        return new SiteInputs(
                base.getFileName() == null
                        ? base.toString()
                        : base.getFileName().toString(),
                base,
                layout.sourceDirectory(),
                layout.i18nDirectory(),
                layout.modelDirectory(),
                layout.checkDirectory().resolve("check-report.json"),
                layout.bundleDirectory(),
                layout.editorialFile());
    }

    private CheckOutcome check(List<Guide> guides) {
        try {
            Path json = layout.checkDirectory().resolve("check-report.json");
            Path sarif = layout.checkDirectory().resolve("check-report.sarif");
            Translations.CheckResult result;
            try (GuideTasks tasks = tasks()) {
                result = translations.check(guides, tasks, json, sarif);
            }
            boolean success = result.diagnostics().stream()
                    .noneMatch(d -> isError(d) || (config.failOnWarnings() && isWarning(d)));
            long errors =
                    result.diagnostics().stream().filter(Pipeline::isError).count();
            long warnings =
                    result.diagnostics().stream().filter(Pipeline::isWarning).count();
            listener.info("Checked catalogs: " + errors + " error(s), " + warnings + " warning(s); report in "
                    + layout.checkDirectory());
            return new CheckOutcome(success, result.diagnostics(), json, sarif);
        } catch (DiagnosticException e) {
            return new CheckOutcome(false, e.diagnostics(), null, null);
        }
    }

    private ExportOutcome export(List<Guide> guides) {
        try {
            List<String> targets = translations.targetLocales(guides);
            BundleManifest manifest;
            try (GuideTasks tasks = tasks()) {
                manifest = Exporting.export(
                        guides,
                        guide -> new GuideContent(
                                guide,
                                translations.views(
                                        guide, targets, exportOptions.policy().reviewedOnly())),
                        tasks,
                        exportOptions,
                        layout);
            }
            List<ExportOutcome.LocaleSummary> summaries = BundleSummaries.of(manifest);
            listener.info("Wrote bundle " + layout.bundleDirectory() + " (" + String.join(", ", config.formats())
                    + ") and " + layout.bundleZip());
            return new ExportOutcome(true, List.of(), layout.bundleDirectory(), layout.bundleZip(), summaries);
        } catch (DiagnosticException e) {
            return new ExportOutcome(false, e.diagnostics(), null, null, List.of());
        }
    }

    /** The articles of every guide imported in memory, or the problems that stopped it. */
    private record Loaded(
            boolean success, List<Importing.Result> results, List<Diagnostic> diagnostics, IdRegistry registry) {

        Loaded(boolean success, List<Importing.Result> results, List<Diagnostic> diagnostics) {
            this(success, results, diagnostics, IdRegistry.absent());
        }

        List<Guide> guides() {
            return results.stream().map(Importing.Result::guide).toList();
        }

        Set<String> guideIds() {
            return results.stream().map(r -> r.guide().id()).collect(Collectors.toSet());
        }
    }

    /**
     * Finishes or rolls back what a killed earlier run left half-written (a sync of the catalogs, a bundle and
     * its zip), then refuses symbolic links that lead out of the project; returns the links' problems.
     */
    private List<Diagnostic> prepare() {
        FileTransaction.recover(layout.i18nDirectory());
        FileTransaction.recover(layout.outputDirectory());
        return ProjectBoundary.problems(layout.baseDir(), List.of(layout.sourceDirectory(), layout.i18nDirectory()));
    }

    private Loaded load() {
        List<Diagnostic> unsafe = prepare();
        if (!unsafe.isEmpty()) {
            return new Loaded(false, List.of(), unsafe);
        }
        return loadPrepared();
    }

    /** {@link #load()} once {@link #prepare()} found nothing wrong. */
    private Loaded loadPrepared() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<GuideSource> sources;
        try {
            sources = ContentSources.scan(layout.sourceDirectory());
        } catch (DiagnosticException e) {
            return new Loaded(false, List.of(), e.diagnostics());
        }
        Importing importing;
        try {
            importing = new Importing(new Importing.Options(
                    layout.rulesFile(),
                    layout.glossaryFile(),
                    layout.editorialFile(),
                    config.sourceLocale(),
                    layout.idsFile(),
                    config.editorialSeverity()));
        } catch (DiagnosticException e) {
            return new Loaded(false, List.of(), e.diagnostics());
        }
        diagnostics.addAll(importing.editorialProblems(
                sources.stream().map(GuideSource::id).toList()));
        List<Importing.Result> results = new ArrayList<>();
        boolean success = diagnostics.stream().noneMatch(Pipeline::isError);
        List<Attempt<Importing.Result>> attempts;
        try (GuideTasks tasks = tasks()) {
            attempts = tasks.map(
                    sources, source -> Attempt.of(() -> importing.importGuide(source, layout.sourceDirectory())));
        }
        for (int i = 0; i < sources.size(); i++) {
            GuideSource source = sources.get(i);
            Attempt<Importing.Result> attempt = attempts.get(i);
            listener.info("Importing " + source.id() + " (" + source.documents().size() + " article(s))");
            if (attempt.failed()) {
                diagnostics.addAll(attempt.problems());
                success = false;
                continue;
            }
            Importing.Result result = attempt.value();
            diagnostics.addAll(result.warnings());
            results.add(result);
            if (result.defects() > 0) {
                listener.warn(source.id() + ": " + result.defects()
                        + " defect(s) in the source text, see import-report.json");
            }
        }
        return new Loaded(success, results, diagnostics, importing.registry());
    }

    /** A guide's result, or the problems that stopped it, so one bad guide does not hide the others'. */
    private record Attempt<T>(T value, List<Diagnostic> problems) {

        static <T> Attempt<T> of(java.util.function.Supplier<T> work) {
            try {
                return new Attempt<>(work.get(), List.of());
            } catch (DiagnosticException e) {
                return new Attempt<>(null, e.diagnostics());
            }
        }

        boolean failed() {
            return value == null;
        }
    }

    private GuideTasks tasks() {
        return new GuideTasks(config.effectiveThreads());
    }

    private void removeStaleModels(Set<String> guideIds) {
        Path models = layout.modelDirectory();
        if (!Files.isDirectory(models)) {
            return;
        }
        try (Stream<Path> entries = Files.list(models)) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry)
                        && !guideIds.contains(entry.getFileName().toString())) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + models, e);
        }
    }

    private void warnIfNoTargetLocales(List<Guide> guides) {
        if (translations.targetLocales(guides).isEmpty()) {
            listener.warn("no target locales: configure locales, or add <guide-id>/messages_<locale>.properties "
                    + "catalogs under " + layout.i18nDirectory());
        }
    }

    private boolean isUpToDate(Fingerprint fingerprint) {
        return Fingerprint.storedDigest(layout.fingerprintFile())
                        .filter(fingerprint.digest()::equals)
                        .isPresent()
                && Files.isDirectory(layout.bundleDirectory())
                && Files.isRegularFile(layout.bundleZip())
                && Files.isDirectory(layout.modelDirectory())
                && Files.isRegularFile(layout.siteDirectory().resolve("index.html"));
    }

    private static boolean isError(Diagnostic diagnostic) {
        return diagnostic.severity() == Diagnostic.Severity.ERROR;
    }

    private static boolean isWarning(Diagnostic diagnostic) {
        return diagnostic.severity() == Diagnostic.Severity.WARNING;
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
