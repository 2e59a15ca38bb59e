package dev.careguide.exporter;

import dev.careguide.model.AtomicFiles;
import dev.careguide.i18n.LocaleView;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.ItemIds;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a bundle directory: every guide in every locale through the requested {@link Exporter}s, the JSON
 * Schemas and {@code manifest.json}. Guides are localized and written one at a time, so only one guide's
 * localized text is held in memory. The bundle is built in a temporary directory beside the target and moved
 * into place only when complete; on any failure the previous bundle stays as it was and no temporary files
 * are left behind.
 */
public final class BundleWriter {

    static final String SCHEMA_MEDIA_TYPE = "application/schema+json";
    static final List<String> SCHEMAS = List.of("manifest.schema.json", "guide.schema.json");

    private static final Pattern LOCALE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Map<String, Exporter> exporters;

    /** A writer using every {@link Exporter} found by {@link ServiceLoader}. */
    public BundleWriter() {
        this(ServiceLoader.load(Exporter.class, BundleWriter.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** A writer using exactly these exporters (e.g. an extra format, or a test double). */
    public BundleWriter(List<Exporter> exporters) {
        Map<String, Exporter> byFormat = new LinkedHashMap<>();
        for (Exporter e : exporters) {
            if (byFormat.putIfAbsent(e.format(), e) != null) {
                throw new IllegalArgumentException("two exporters for format " + e.format());
            }
        }
        this.exporters = Map.copyOf(byFormat);
    }

    /** The formats this writer can produce, sorted. */
    public List<String> formats() {
        return exporters.keySet().stream().sorted().toList();
    }

    /**
     * Exports the guides into {@code bundleDir}, replacing a previous bundle there. Invalid guide ids and locale
     * tags are all reported before anything is localized. Throws {@link DiagnosticException} for bad input
     * (unknown format, invalid ids or tags, policy {@code fail}), {@link UncheckedIOException} when writing fails.
     */
    public BundleManifest write(List<GuideContent> guides, ExportOptions options, Path bundleDir) {
        return stream(checkGuides(guides).iterator(), options, bundleDir);
    }

    /**
     * Exports the guides into {@code bundleDir} one at a time: each guide is taken from {@code guides}, localized
     * in each of its locales, written into the temporary bundle and let go before the next one is taken, so a
     * source that loads a guide's catalogs only when asked for it keeps one guide in memory. The bundle is the
     * same, byte for byte, whatever the order of the guides. Every guide is still localized when a problem is
     * found (nothing more is written then), so policy {@code fail} reports every problem at once. Throws as
     * {@link #write(List, ExportOptions, Path)} does; an exception thrown by {@code guides} ends the export and
     * leaves the previous bundle as it was.
     */
    public BundleManifest write(Iterable<GuideContent> guides, ExportOptions options, Path bundleDir) {
        return stream(guides.iterator(), options, bundleDir);
    }

    private BundleManifest stream(Iterator<GuideContent> guides, ExportOptions options, Path bundleDir) {
        List<Exporter> selected = select(options.formats());
        Instant timestamp = options.timestamp();
        Path target = bundleDir.toAbsolutePath().normalize();
        checkReplaceable(target);

        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = AtomicFiles.createTempDirectoryBeside(target);
            List<BundleFile> files = Collections.synchronizedList(new ArrayList<>());
            List<ExportContext> contexts = new ArrayList<>();
            for (Exporter exporter : selected) {
                contexts.add(new ExportContext(temp, options, exporter.format(), files));
            }
            GuideStream stream = new GuideStream(new GuideLocalizer(options.policy()), selected, contexts);
            while (guides.hasNext()) {
                stream.export(guides.next());
            }
            stream.throwProblems();
            files.addAll(writeSchemas(temp));
            checkAllListed(temp, files);
            files.sort(Comparator.comparing(BundleFile::path));
            BundleManifest manifest = new BundleManifest(GuideLocalizer.FORMAT_VERSION, options.contentVersion(),
                    generator(), timestamp == null ? null : timestamp.toString(), options.policy().toMap(),
                    new BundleManifest.Csv(options.spreadsheetSafeCsv(), options.excelCsv()), stream.entries(),
                    List.copyOf(files));
            Files.write(temp.resolve("manifest.json"), BundleJson.json(BundleJson.tree(manifest)));
            AtomicFiles.replaceDirectory(temp, target);
            temp = null;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("writing bundle " + target + " failed: " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteRecursively(temp);
        }
    }

    /**
     * Localizes and writes guides as they come, keeping only their manifest entries and the problems found;
     * once there is a problem nothing more is written, but every guide is still localized and checked.
     */
    private static final class GuideStream {
        private final GuideLocalizer localizer;
        private final List<Exporter> exporters;
        private final List<ExportContext> contexts;
        private final Set<String> ids = new HashSet<>();
        private final List<BundleManifest.GuideEntry> entries = new ArrayList<>();
        private final List<Diagnostic> problems = new ArrayList<>();

        GuideStream(GuideLocalizer localizer, List<Exporter> exporters, List<ExportContext> contexts) {
            this.localizer = localizer;
            this.exporters = exporters;
            this.contexts = contexts;
        }

        void export(GuideContent content) throws IOException {
            List<Diagnostic> invalid = problems(content, ids);
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                return;
            }
            List<BundleManifest.LocaleEntry> locales = new ArrayList<>();
            for (LocaleView view : content.locales()) {
                LocalizationResult result = localizer.localize(content.guide(), view);
                problems.addAll(result.problems());
                if (problems.isEmpty()) {
                    write(result.guide());
                }
                boolean source = view.tag().equals(content.guide().sourceLocale());
                BigDecimal complete = BigDecimal.valueOf(source ? 100.0 : view.percentComplete())
                        .setScale(1, RoundingMode.HALF_EVEN);
                locales.add(new BundleManifest.LocaleEntry(view.tag(), view.direction().wireName(),
                        source ? List.of() : view.fallbackChain(), complete, source ? 0 : view.fallbackCount(),
                        result.guide().items().size(), result.omitted()));
            }
            entries.add(new BundleManifest.GuideEntry(content.guide().id(), content.guide().sourceLocale(),
                    List.copyOf(locales)));
        }

        private void write(LocalizedGuide guide) throws IOException {
            try {
                for (int i = 0; i < exporters.size(); i++) {
                    exporters.get(i).write(guide, contexts.get(i));
                }
            } catch (DiagnosticException e) {
                problems.addAll(e.diagnostics());
            }
        }

        void throwProblems() {
            if (!problems.isEmpty()) {
                throw new DiagnosticException(problems);
            }
        }

        /** The manifest's guide entries, sorted by guide id. */
        List<BundleManifest.GuideEntry> entries() {
            return entries.stream().sorted(Comparator.comparing(BundleManifest.GuideEntry::id)).toList();
        }
    }

    private static List<BundleFile> writeSchemas(Path root) throws IOException {
        List<BundleFile> files = new ArrayList<>();
        for (String schema : SCHEMAS) {
            Path file = root.resolve("schema").resolve(schema);
            byte[] bytes = schemaBytes(schema);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            files.add(new BundleFile("schema/" + schema, SCHEMA_MEDIA_TYPE, bytes.length, BundleFiles.sha256(bytes),
                    null, null, "schema"));
        }
        return files;
    }

    private List<Exporter> select(List<String> formats) {
        List<Exporter> selected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String f : formats.stream().sorted().toList()) {
            Exporter e = exporters.get(f);
            if (e == null) {
                throw new DiagnosticException(Diagnostic.error("formats", 0, 0, "export-format",
                        "unknown export format '" + f + "' (available: " + String.join(", ", formats()) + ")"));
            }
            if (seen.add(f)) {
                selected.add(e);
            }
        }
        return selected;
    }

    private static List<GuideContent> checkGuides(List<GuideContent> guides) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GuideContent g : guides) {
            problems.addAll(problems(g, ids));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return guides.stream().sorted(Comparator.comparing(g -> g.guide().id())).toList();
    }

    /** What is wrong with a guide's id (not kebab-case, or already in {@code seen}) and its locale tags. */
    private static List<Diagnostic> problems(GuideContent g, Set<String> seen) {
        List<Diagnostic> problems = new ArrayList<>();
        String id = g.guide().id();
        if (!ItemIds.isValidSlug(id)) {
            problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide id '" + id + "' is not kebab-case ASCII"));
        } else if (!seen.add(id)) {
            problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide '" + id + "' is exported twice"));
        }
        for (LocaleView v : g.locales()) {
            if (!LOCALE_TAG.matcher(v.tag()).matches()) {
                problems.add(Diagnostic.error(id, 0, 0, "locale-tag",
                        "guide '" + id + "': '" + v.tag() + "' is not a BCP 47 language tag"));
            }
        }
        return problems;
    }

    /** Refuses to replace a directory that is not a bundle, so a wrong path never deletes someone's files. */
    private static void checkReplaceable(Path target) {
        try {
            if (Files.isRegularFile(target) || Files.isDirectory(target)
                    && !Files.exists(target.resolve("manifest.json")) && !isEmpty(target)) {
                throw new DiagnosticException(Diagnostic.error(target.toString(), 0, 0, "bundle-target",
                        "exists and is not a careguide bundle (no manifest.json); refusing to replace it"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Every file in the new bundle was created through an {@link ExportContext} and closed. */
    private static void checkAllListed(Path root, List<BundleFile> files) throws IOException {
        Set<String> listed = new HashSet<>();
        files.forEach(f -> listed.add(f.path()));
        List<Diagnostic> problems = new ArrayList<>();
        for (String path : BundleFiles.list(root)) {
            if (!listed.contains(path)) {
                problems.add(Diagnostic.error(path, 0, 0, "bundle-unlisted",
                        "an exporter wrote this file without creating it through ExportContext or left it open"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
    }

    static byte[] schemaBytes(String name) throws IOException {
        try (InputStream in = BundleWriter.class.getResourceAsStream("schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource schema/" + name);
            }
            return in.readAllBytes();
        }
    }

    static BundleManifest.Generator generator() {
        Properties p = new Properties();
        try (InputStream in = BundleWriter.class.getResourceAsStream("generator.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleManifest.Generator(p.getProperty("name", "careguide"), p.getProperty("version", "unknown"));
    }
}
