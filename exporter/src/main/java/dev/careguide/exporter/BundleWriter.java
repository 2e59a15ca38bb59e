package dev.careguide.exporter;

import dev.careguide.i18n.LocaleView;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import dev.careguide.model.ItemIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * localized text is held in memory. The bundle (and its zip) is built in a staging folder beside the target and
 * moved into place only when complete and valid; on any failure the previous bundle stays as it was and no
 * temporary files are left behind. A folder that is not a careguide bundle is never replaced ({@link BundleGuard}).
 */
public final class BundleWriter {

    static final String SCHEMA_MEDIA_TYPE = "application/schema+json";
    static final List<String> SCHEMAS = List.of("manifest.schema.json", "guide.schema.json");

    private static final Pattern LOCALE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Map<String, Exporter> exporters;

    /** A writer using every {@link Exporter} found by {@link ServiceLoader}. */
    public BundleWriter() {
        this(ServiceLoader.load(Exporter.class, BundleWriter.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
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
        try (PendingBundle bundle = open(options, bundleDir)) {
            while (guides.hasNext()) {
                bundle.add(guides.next());
            }
            return bundle.commit();
        }
    }

    /**
     * Starts a new bundle for {@code bundleDir}, written in a staging folder beside it. Guides are then
     * {@linkplain PendingBundle#add added} (from several threads at once if the caller likes) and the bundle is
     * {@linkplain PendingBundle#commit committed}, which replaces the previous bundle; closing a bundle that was
     * not committed deletes what was staged and leaves the previous bundle as it was.
     *
     * @throws DiagnosticException for an unknown format, or a target that exists and is not a careguide bundle
     */
    public PendingBundle open(ExportOptions options, Path bundleDir) {
        return open(options, bundleDir, null);
    }

    /**
     * Like {@link #open(ExportOptions, Path)}, and the bundle's zip goes to {@code zipFile} (in the same folder as
     * the bundle or below it): {@link PendingBundle#commit()} replaces the bundle and the zip as one transaction
     * ({@link FileTransaction}), so a failure or a killed process never leaves a new bundle next to an old zip.
     * Leftovers of earlier runs that were killed are cleaned up first.
     *
     * @throws DiagnosticException for an unknown format, a bundle folder that is not a careguide bundle, or a zip
     *         path that is not a zip file
     */
    public PendingBundle open(ExportOptions options, Path bundleDir, Path zipFile) {
        List<Exporter> selected = select(options.formats());
        Path target = bundleDir.toAbsolutePath().normalize();
        Path zip = zipFile == null ? null : zipFile.toAbsolutePath().normalize();
        Path root = target.getParent();
        if (zip != null && !zip.startsWith(root)) {
            throw new IllegalArgumentException("the zip " + zip + " must lie in " + root + ", beside the bundle");
        }
        List<Diagnostic> problems = replaceProblems(target, zip);
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        BundleGuard.deleteLeftovers(root);
        FileTransaction transaction = FileTransaction.begin(root);
        try {
            return new PendingBundle(target, zip, transaction, options, selected);
        } catch (IOException | RuntimeException e) {
            transaction.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("writing bundle " + target + " failed: " + e.getMessage(), (IOException) e);
        }
    }

    /**
     * Why an export must not replace what is at {@code bundleDir} and {@code zipFile} (may be {@code null}): a
     * folder that is not a careguide bundle, a file that is not a zip. Empty when both may be replaced; a caller
     * asks before it writes anything else next to them.
     */
    public static List<Diagnostic> replaceProblems(Path bundleDir, Path zipFile) {
        List<Diagnostic> problems =
                new ArrayList<>(BundleGuard.problems(bundleDir.toAbsolutePath().normalize()));
        if (zipFile != null) {
            problems.addAll(BundleGuard.zipProblems(zipFile.toAbsolutePath().normalize()));
        }
        return problems;
    }

    static List<BundleFile> writeSchemas(Path root) throws IOException {
        List<BundleFile> files = new ArrayList<>();
        for (String schema : SCHEMAS) {
            Path file = root.resolve("schema").resolve(schema);
            byte[] bytes = schemaBytes(schema);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            files.add(new BundleFile(
                    "schema/" + schema,
                    SCHEMA_MEDIA_TYPE,
                    bytes.length,
                    BundleFiles.sha256(bytes),
                    null,
                    null,
                    "schema"));
        }
        return files;
    }

    private List<Exporter> select(List<String> formats) {
        List<Exporter> selected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String f : formats.stream().sorted().toList()) {
            Exporter e = exporters.get(f);
            if (e == null) {
                throw new DiagnosticException(Diagnostic.error(
                        "formats",
                        0,
                        0,
                        "export-format",
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
    static List<Diagnostic> problems(GuideContent g, Set<String> seen) {
        List<Diagnostic> problems = new ArrayList<>();
        String id = g.guide().id();
        if (!ItemIds.isValidSlug(id)) {
            problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide id '" + id + "' is not kebab-case ASCII"));
        } else if (!seen.add(id)) {
            problems.add(Diagnostic.error(id, 0, 0, "guide-id", "guide '" + id + "' is exported twice"));
        }
        for (LocaleView v : g.locales()) {
            if (!LOCALE_TAG.matcher(v.tag()).matches()) {
                problems.add(Diagnostic.error(
                        id, 0, 0, "locale-tag", "guide '" + id + "': '" + v.tag() + "' is not a BCP 47 language tag"));
            }
        }
        return problems;
    }

    /** Every file in the new bundle was created through an {@link ExportContext} and closed. */
    static void checkAllListed(Path root, List<BundleFile> files) throws IOException {
        Set<String> listed = new HashSet<>();
        files.forEach(f -> listed.add(f.path()));
        List<Diagnostic> problems = new ArrayList<>();
        for (String path : BundleFiles.list(root)) {
            if (!listed.contains(path)) {
                problems.add(Diagnostic.error(
                        path,
                        0,
                        0,
                        "bundle-unlisted",
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
