package dev.careguide.site;

import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The review site of a content project: static HTML pages read from disk, with no server, network, external
 * font, image or script. {@code index.html} lists every guide with its counts, safety flags, review states and
 * per-locale completeness; {@code guides/<id>.html} is a guide's review page (items next to their source lines,
 * merges, editorial decisions, defects, unused text); {@code preview/<locale>/<id>.html} renders the bundle's
 * file of that locale as an app would; {@code translate/<locale>/<id>.html} (and {@code ui.html}) lists what a
 * translator has to do. Written from the outputs of a good build ({@link SiteInputs}); the same outputs give
 * byte-identical pages.
 */
public final class ReviewSite {

    /** Marks a folder as a careguide site, so a wrong path never deletes someone's files. */
    static final String GENERATOR = "careguide review site";

    private final BuildOutputs outputs;

    /**
     * Reads the bundle's manifest and the check report.
     *
     * @throws DiagnosticException naming a file that is missing or does not parse
     */
    public ReviewSite(SiteInputs inputs) {
        this.outputs = new BuildOutputs(inputs);
    }

    /** The guides of the bundle, in manifest order. */
    public List<String> guideIds() {
        return outputs.guideIds();
    }

    /**
     * Starts a site for {@code siteDir} in a temporary folder beside it; guides are then
     * {@linkplain PendingSite#add added} (from several threads if the caller likes) and the site
     * {@linkplain PendingSite#commit committed}, which replaces the previous one.
     *
     * @throws DiagnosticException when {@code siteDir} exists and is neither empty nor a careguide site
     */
    public PendingSite open(Path siteDir) {
        Path target = siteDir.toAbsolutePath().normalize();
        checkReplaceable(target);
        try {
            Files.createDirectories(target.getParent());
            return new PendingSite(outputs, target, AtomicFiles.createTempDirectoryBeside(target));
        } catch (IOException e) {
            throw new UncheckedIOException("writing site " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes the site of every guide of the bundle, one after the other. */
    public void write(Path siteDir) {
        try (PendingSite site = open(siteDir)) {
            guideIds().forEach(site::add);
            site.commit();
        }
    }

    private static void checkReplaceable(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Path index = target.resolve("index.html");
            boolean site = Files.isRegularFile(index)
                    && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR);
            boolean empty;
            try (Stream<Path> entries = Files.isDirectory(target) ? Files.list(target) : Stream.of(target)) {
                empty = Files.isDirectory(target) && entries.findAny().isEmpty();
            }
            if (!site && !empty) {
                throw new DiagnosticException(Diagnostic.error(
                        target.toString(),
                        0,
                        0,
                        "site-target",
                        "exists and is not a careguide review site (no index.html written by careguide); "
                                + "refusing to replace it"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }
}
