package dev.careguide.exporter;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Locales;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A bundle being written into a staging folder, guide by guide, until it is committed into place together with
 * its zip (one {@link FileTransaction}). Each
 * guide is localized in each of its locales, written and let go, so only the guides being added are in memory.
 * {@link #add} may be called from several threads at once; the bundle is the same, byte for byte, whatever the
 * order or the threads the guides came in. Once a problem is found nothing more is written, but every guide is
 * still localized and checked, so policy {@code fail} reports every problem at once. Made by
 * {@link BundleWriter#open}.
 */
public final class PendingBundle implements AutoCloseable {

    private final Path target;
    private final Path zip;
    private final FileTransaction transaction;
    private final ExportOptions options;
    private final List<Exporter> exporters;
    private final GuideLocalizer localizer;
    private final List<ExportContext> contexts = new ArrayList<>();
    private final List<BundleFile> files = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> ids = new HashSet<>();
    private final Map<String, BundleManifest.GuideEntry> entries = new TreeMap<>();
    private final Map<String, List<Diagnostic>> problems = new TreeMap<>();
    private volatile boolean failed;
    private Path temp;

    PendingBundle(Path target, Path zip, FileTransaction transaction, ExportOptions options, List<Exporter> exporters)
            throws IOException {
        this.target = target;
        this.zip = zip;
        this.transaction = transaction;
        this.temp = Files.createDirectory(transaction.stage(target));
        this.options = options;
        this.exporters = List.copyOf(exporters);
        this.localizer = new GuideLocalizer(options.policy());
        for (Exporter exporter : exporters) {
            contexts.add(new ExportContext(temp, options, exporter.format(), files));
        }
    }

    /**
     * Localizes the guide in each of its locales and writes its files. A guide id that is not kebab-case or was
     * already added, a locale tag that is not BCP 47 and a policy {@code fail} are problems that
     * {@link #commit()} reports; an exporter's I/O failure throws {@link UncheckedIOException}.
     */
    public void add(GuideContent content) {
        String id = content.guide().id();
        List<Diagnostic> invalid;
        synchronized (ids) {
            invalid = BundleWriter.problems(content, ids);
        }
        if (!invalid.isEmpty()) {
            problem(id, invalid);
            return;
        }
        List<BundleManifest.LocaleEntry> locales = new ArrayList<>();
        for (LocaleView view : content.locales()) {
            LocalizationResult result = localizer.localize(content.guide(), view);
            problem(id, result.problems());
            if (!failed) {
                write(id, result.guide());
            }
            boolean source = view.tag().equals(content.guide().sourceLocale());
            BigDecimal complete =
                    BigDecimal.valueOf(source ? 100.0 : view.percentComplete()).setScale(1, RoundingMode.HALF_EVEN);
            locales.add(new BundleManifest.LocaleEntry(
                    view.tag(),
                    view.direction().wireName(),
                    Locales.isPseudo(view.tag()),
                    source ? List.of() : view.fallbackChain(),
                    complete,
                    source ? 0 : view.fallbackCount(),
                    source ? 0 : view.reviewedCount(),
                    result.guide().items().size(),
                    result.omitted()));
        }
        synchronized (entries) {
            entries.put(id, new BundleManifest.GuideEntry(id, content.guide().sourceLocale(), List.copyOf(locales)));
        }
    }

    private void write(String id, LocalizedGuide guide) {
        try {
            for (int i = 0; i < exporters.size(); i++) {
                exporters.get(i).write(guide, contexts.get(i));
            }
        } catch (DiagnosticException e) {
            problem(id, e.diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException("writing bundle " + target + " failed: " + e.getMessage(), e);
        }
    }

    private void problem(String guideId, List<Diagnostic> found) {
        if (found.isEmpty()) {
            return;
        }
        synchronized (problems) {
            problems.computeIfAbsent(guideId, k -> new ArrayList<>()).addAll(found);
            failed = true;
        }
    }

    /**
     * Writes the schemas and the manifest, checks the staged bundle's schemas and checksums, writes its zip and
     * moves both into place, replacing the previous ones. Call it once every {@link #add} has returned.
     *
     * @throws DiagnosticException with every problem of every guide (in guide id order) when there was any, or
     *         the problems of a written bundle that is not valid; the previous bundle then stays as it was
     */
    public BundleManifest commit() {
        if (temp == null) {
            throw new IllegalStateException("bundle " + target + " was already committed or closed");
        }
        synchronized (problems) {
            if (!problems.isEmpty()) {
                List<Diagnostic> all = new ArrayList<>();
                problems.values().forEach(all::addAll);
                throw new DiagnosticException(all);
            }
        }
        try {
            List<BundleFile> listed;
            synchronized (files) {
                listed = new ArrayList<>(files);
            }
            listed.addAll(BundleWriter.writeSchemas(temp));
            BundleWriter.checkAllListed(temp, listed);
            listed.sort(Comparator.comparing(BundleFile::path));
            Instant timestamp = options.timestamp();
            List<BundleManifest.GuideEntry> guides;
            synchronized (entries) {
                guides = List.copyOf(entries.values());
            }
            BundleManifest manifest = new BundleManifest(
                    GuideLocalizer.FORMAT_VERSION,
                    options.contentVersion(),
                    BundleWriter.generator(),
                    timestamp == null ? null : timestamp.toString(),
                    options.policy().toMap(),
                    new BundleManifest.Csv(options.spreadsheetSafeCsv(), options.excelCsv()),
                    guides,
                    List.copyOf(listed));
            Files.write(temp.resolve("manifest.json"), BundleJson.json(BundleJson.tree(manifest)));
            List<Diagnostic> invalid = BundleValidator.checksumsAndSchemas().validate(temp);
            if (!invalid.isEmpty()) {
                throw new DiagnosticException(invalid);
            }
            if (zip != null) {
                try (OutputStream out =
                        new BufferedOutputStream(Files.newOutputStream(transaction.stage(zip)), 64 * 1024)) {
                    BundleZip.write(temp, out, timestamp);
                }
            }
            transaction.commit();
            temp = null;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("writing bundle " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Deletes what was staged for a bundle that was not committed; the previous bundle and zip stay. */
    @Override
    public void close() {
        transaction.close();
        temp = null;
    }
}
