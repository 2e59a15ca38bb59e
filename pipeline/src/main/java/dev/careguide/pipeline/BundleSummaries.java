package dev.careguide.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.careguide.exporter.BundleManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-locale summary lines of a bundle, from the manifest the exporter returned or, for a build that is up
 * to date, from the {@code manifest.json} already on disk, so both print the same lines.
 */
final class BundleSummaries {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BundleSummaries() {}

    /** One summary per locale of every guide, in manifest order. */
    static List<ExportOutcome.LocaleSummary> of(BundleManifest manifest) {
        List<ExportOutcome.LocaleSummary> summaries = new ArrayList<>();
        for (BundleManifest.GuideEntry guide : manifest.guides()) {
            for (BundleManifest.LocaleEntry locale : guide.locales()) {
                summaries.add(new ExportOutcome.LocaleSummary(
                        guide.id(),
                        locale.tag(),
                        locale.direction(),
                        locale.percentComplete().doubleValue(),
                        locale.fallbackCount(),
                        locale.itemCount(),
                        locale.omitted().size()));
            }
        }
        return summaries;
    }

    /**
     * The summaries of the bundle stored in {@code bundleDirectory}, read from its {@code manifest.json}; empty
     * when the manifest is missing, unreadable or incomplete (the build then runs again instead).
     */
    static Optional<List<ExportOutcome.LocaleSummary>> read(Path bundleDirectory) {
        try {
            BundleManifest manifest =
                    JSON.readValue(bundleDirectory.resolve("manifest.json").toFile(), BundleManifest.class);
            return complete(manifest) ? Optional.of(of(manifest)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(BundleManifest manifest) {
        return manifest != null
                && manifest.guides() != null
                && manifest.guides().stream()
                        .allMatch(g -> g != null
                                && g.id() != null
                                && g.locales() != null
                                && g.locales().stream()
                                        .allMatch(l -> l != null
                                                && l.tag() != null
                                                && l.direction() != null
                                                && l.percentComplete() != null
                                                && l.omitted() != null));
    }
}
