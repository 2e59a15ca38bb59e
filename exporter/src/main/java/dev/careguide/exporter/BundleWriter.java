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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a bundle directory: every guide in every locale through the requested {@link Exporter}s, the JSON
 * Schemas and {@code manifest.json}. The bundle is built in a temporary directory beside the target and moved
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
     * Exports the guides into {@code bundleDir}, replacing a previous bundle there. Throws
     * {@link DiagnosticException} for bad input (unknown format, invalid ids or tags, policy {@code fail}),
     * {@link UncheckedIOException} when writing fails.
     */
    public BundleManifest write(List<GuideContent> guides, ExportOptions options, Path bundleDir) {
        List<Exporter> selected = select(options.formats());
        Instant timestamp = options.timestamp();
        Path target = bundleDir.toAbsolutePath().normalize();
        checkReplaceable(target);
        Composed composed = compose(checkGuides(guides), options.policy());

        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = AtomicFiles.createTempDirectoryBeside(target);
            List<BundleFile> files = new ArrayList<>();
            for (Exporter exporter : selected) {
                ExportContext ctx = new ExportContext(temp, options, exporter.format(), files);
                for (LocalizedGuide guide : composed.guides()) {
                    exporter.write(guide, ctx);
                }
            }
            files.addAll(writeSchemas(temp));
            checkAllListed(temp, files);
            files.sort(Comparator.comparing(BundleFile::path));
            BundleManifest manifest = new BundleManifest(GuideLocalizer.FORMAT_VERSION, options.contentVersion(),
                    generator(), timestamp == null ? null : timestamp.toString(), options.policy().toMap(),
                    new BundleManifest.Csv(options.spreadsheetSafeCsv(), options.excelCsv()), composed.entries(),
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

    /** Every guide in every locale, with the manifest's guide entries. */
    private record Composed(List<LocalizedGuide> guides, List<BundleManifest.GuideEntry> entries) {
    }

    /** Composes all guides with all their locales first, so policy {@code fail} reports every problem at once. */
    private static Composed compose(List<GuideContent> guides, ExportPolicy policy) {
        GuideLocalizer localizer = new GuideLocalizer(policy);
        List<BundleManifest.GuideEntry> entries = new ArrayList<>();
        List<LocalizedGuide> localized = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (GuideContent content : guides) {
            List<BundleManifest.LocaleEntry> locales = new ArrayList<>();
            for (LocaleView view : content.locales()) {
                LocalizationResult result = localizer.localize(content.guide(), view);
                problems.addAll(result.problems());
                localized.add(result.guide());
                boolean source = view.tag().equals(content.guide().sourceLocale());
                BigDecimal complete = BigDecimal.valueOf(source ? 100.0 : view.percentComplete())
                        .setScale(1, RoundingMode.HALF_EVEN);
                locales.add(new BundleManifest.LocaleEntry(view.tag(), view.direction().wireName(),
                        source ? List.of() : view.fallbackChain(), complete, source ? 0 : view.fallbackCount(),
                        result.guide().items().size(), result.omitted()));
            }
            entries.add(new BundleManifest.GuideEntry(content.guide().id(), content.guide().sourceLocale(), locales));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return new Composed(localized, entries);
    }

    private static List<BundleFile> writeSchemas(Path root) throws IOException {
        List<BundleFile> files = new ArrayList<>();
        for (String schema : SCHEMAS) {
            Path file = root.resolve("schema").resolve(schema);
            Files.createDirectories(file.getParent());
            Files.write(file, schemaBytes(schema));
            files.add(new BundleFile("schema/" + schema, SCHEMA_MEDIA_TYPE, Files.size(file),
                    BundleFiles.sha256(file), null, null, "schema"));
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
            String id = g.guide().id();
            if (!ItemIds.isValidSlug(id)) {
                problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide id '" + id + "' is not kebab-case ASCII"));
            } else if (!ids.add(id)) {
                problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide '" + id + "' is exported twice"));
            }
            for (LocaleView v : g.locales()) {
                if (!LOCALE_TAG.matcher(v.tag()).matches()) {
                    problems.add(Diagnostic.error(id, 0, 0, "locale-tag",
                            "guide '" + id + "': '" + v.tag() + "' is not a BCP 47 language tag"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return guides.stream().sorted(Comparator.comparing(g -> g.guide().id())).toList();
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
