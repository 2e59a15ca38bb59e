package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code manifest.json}: what the bundle holds and how it was made. {@code createdAt} is
 * present only when a fixed output timestamp was given, so two exports of the same input are byte-identical.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleManifest(
        String formatVersion,
        String contentVersion,
        Generator generator,
        String createdAt,
        Map<String, String> policy,
        Csv csv,
        List<GuideEntry> guides,
        List<BundleFile> files) {

    /** The tool that wrote the bundle. */
    public record Generator(String name, String version) {}

    /** How the CSV files are written: spreadsheet-safe neutralization and whether they start with a BOM. */
    public record Csv(boolean spreadsheetSafe, boolean bom) {}

    /** One guide and its locales (the source locale first). */
    public record GuideEntry(String id, String sourceLocale, List<LocaleEntry> locales) {}

    /**
     * One locale of a guide: direction ({@code ltr}/{@code rtl}), whether it is a pseudo-locale (generated from
     * the source for testing, never a language to offer users), fallback chain, share of strings translated and
     * current (0–100, one decimal), strings that fell back, strings a reviewer approved, items written and items
     * the policy left out.
     */
    public record LocaleEntry(
            String tag,
            String direction,
            boolean pseudo,
            List<String> fallbackChain,
            BigDecimal percentComplete,
            int fallbackCount,
            int reviewedCount,
            int itemCount,
            List<OmittedItem> omitted) {}
}
