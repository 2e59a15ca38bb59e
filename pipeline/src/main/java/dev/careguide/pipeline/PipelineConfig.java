package dev.careguide.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The effective configuration of one content-project run, as the Maven plugin or the CLI assembled it from
 * its parameters. Build one with {@link #builder(ProjectLayout)}; every setting has a documented default.
 *
 * @param layout             where the project keeps its files
 * @param sourceLocale       BCP 47 tag of the articles' language; default {@code en}
 * @param locales            target locales (BCP 47, pseudo-locales {@code en-XA}, {@code ar-XB} included);
 *                           default empty: every locale that has a catalog in the i18n folder
 * @param formats            export formats by service name; default {@code json, yaml, csv}
 * @param exportPolicies     what the export does with unsafe, under-review and rejected items and with missing
 *                           translations, as entries {@code unsafe} ({@code omit|keep}, default omit),
 *                           {@code needs-medical-review} ({@code keep-flagged|omit}, default keep-flagged),
 *                           {@code rejected} ({@code omit|keep}, default omit) and {@code missing-translation}
 *                           ({@code fallback|omit-item|fail}, default fallback); default empty: all defaults
 * @param minCompleteness    minimum percentage (0–100) of translated, non-stale strings per target locale
 *                           below which the check fails; default 0
 * @param failOnWarnings     whether a warning fails the check like an error; default false
 * @param checkSeverities    per check code, a severity override ({@code error}, {@code warning}, {@code info},
 *                           {@code off}); default none
 * @param contentVersion     version written into the bundle manifest; default {@code 0.0.0}
 * @param outputTimestamp    time written into the bundle manifest and zip (ISO-8601 or seconds since the epoch,
 *                           as Maven's {@code project.build.outputTimestamp}); default none (no wall-clock time)
 * @param spreadsheetSafeCsv whether CSV fields that a spreadsheet would run as a formula are neutralized;
 *                           default true
 * @param excelCsv           whether an Excel variant of the CSV files (with a BOM) is written too; default false
 * @param generatorName      generator name written into the manifest; default {@code careguide}
 * @param generatorVersion   generator version written into the manifest and the up-to-date fingerprint;
 *                           default this library's version
 * @param threads            how many guides are imported, checked and exported at once; {@code 0} (the default)
 *                           means one per available processor. The outputs are the same for any value, so it is
 *                           not part of the up-to-date fingerprint
 * @param editorialSeverity  how bad a problem in the editorial file is (an unknown guide or item id, a bad field,
 *                           a bad line range): {@code error} (the default: the run fails) or {@code warning} (the
 *                           override is left out and reported)
 */
public record PipelineConfig(
        ProjectLayout layout,
        String sourceLocale,
        List<String> locales,
        List<String> formats,
        Map<String, String> exportPolicies,
        double minCompleteness,
        boolean failOnWarnings,
        Map<String, String> checkSeverities,
        String contentVersion,
        String outputTimestamp,
        boolean spreadsheetSafeCsv,
        boolean excelCsv,
        String generatorName,
        String generatorVersion,
        int threads,
        String editorialSeverity) {

    /** Default export formats. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "yaml", "csv");

    public PipelineConfig {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        locales = List.copyOf(locales);
        formats = List.copyOf(formats);
        exportPolicies = Map.copyOf(exportPolicies);
        if (!(minCompleteness >= 0 && minCompleteness <= 100)) {
            throw new IllegalArgumentException("minCompleteness must be between 0 and 100, was " + minCompleteness);
        }
        checkSeverities = Map.copyOf(checkSeverities);
        Objects.requireNonNull(contentVersion, "contentVersion");
        outputTimestamp = outputTimestamp == null || outputTimestamp.isBlank() ? null : outputTimestamp.trim();
        Objects.requireNonNull(generatorName, "generatorName");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, was " + threads);
        }
        editorialSeverity =
                editorialSeverity == null || editorialSeverity.isBlank() ? "error" : editorialSeverity.strip();
    }

    /** The number of guides worked on at once: {@link #threads()}, or the available processors when it is 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A builder with every default, for a project laid out as {@code layout}. */
    public static Builder builder(ProjectLayout layout) {
        return new Builder(layout);
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(layout)
                .sourceLocale(sourceLocale)
                .locales(locales)
                .formats(formats)
                .exportPolicies(exportPolicies)
                .minCompleteness(minCompleteness)
                .failOnWarnings(failOnWarnings)
                .checkSeverities(checkSeverities)
                .contentVersion(contentVersion)
                .outputTimestamp(outputTimestamp)
                .spreadsheetSafeCsv(spreadsheetSafeCsv)
                .excelCsv(excelCsv)
                .generatorName(generatorName)
                .generatorVersion(generatorVersion)
                .threads(threads)
                .editorialSeverity(editorialSeverity);
    }

    /**
     * Every setting that shapes the outputs, one {@code name=value} per line in a fixed order, with paths relative
     * to the project, and the generator version (for a snapshot, with a hash of its code); the up-to-date check
     * hashes it, so changing any setting or the generator rebuilds.
     */
    public String describe() {
        Path base = layout.baseDir().toAbsolutePath().normalize();
        StringBuilder sb = new StringBuilder();
        line(sb, "generator", generatorName + " " + CodeIdentity.of(generatorVersion));
        line(sb, "sourceDirectory", relative(base, layout.sourceDirectory()));
        line(sb, "i18nDirectory", relative(base, layout.i18nDirectory()));
        line(sb, "outputDirectory", relative(base, layout.outputDirectory()));
        line(sb, "rulesFile", relative(base, layout.rulesFile()));
        line(sb, "glossaryFile", relative(base, layout.glossaryFile()));
        line(sb, "editorialFile", relative(base, layout.editorialFile()));
        line(sb, "idsFile", relative(base, layout.idsFile()));
        line(sb, "editorialSeverity", editorialSeverity);
        line(sb, "sourceLocale", sourceLocale);
        line(sb, "locales", String.join(",", locales));
        line(sb, "formats", String.join(",", formats));
        line(sb, "exportPolicies", new TreeMap<>(exportPolicies).toString());
        line(sb, "minCompleteness", Double.toString(minCompleteness));
        line(sb, "failOnWarnings", Boolean.toString(failOnWarnings));
        line(sb, "checkSeverities", new TreeMap<>(checkSeverities).toString());
        line(sb, "contentVersion", contentVersion);
        line(sb, "outputTimestamp", String.valueOf(outputTimestamp));
        line(sb, "spreadsheetSafeCsv", Boolean.toString(spreadsheetSafeCsv));
        line(sb, "excelCsv", Boolean.toString(excelCsv));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(name).append('=').append(value).append('\n');
    }

    private static String relative(Path base, Path path) {
        if (path == null) {
            return "";
        }
        Path absolute = base.resolve(path).normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    /** Builds a {@link PipelineConfig}; starts from the documented defaults. */
    public static final class Builder {
        private ProjectLayout layout;
        private String sourceLocale = "en";
        private List<String> locales = new ArrayList<>();
        private List<String> formats = new ArrayList<>(DEFAULT_FORMATS);
        private Map<String, String> exportPolicies = Map.of();
        private double minCompleteness;
        private boolean failOnWarnings;
        private Map<String, String> checkSeverities = Map.of();
        private String contentVersion = "0.0.0";
        private String outputTimestamp;
        private boolean spreadsheetSafeCsv = true;
        private boolean excelCsv;
        private String generatorName = GeneratorInfo.NAME;
        private String generatorVersion = GeneratorInfo.VERSION;
        private int threads;
        private String editorialSeverity = "error";

        private Builder(ProjectLayout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
        }

        public Builder layout(ProjectLayout v) {
            this.layout = v;
            return this;
        }

        public Builder sourceLocale(String v) {
            this.sourceLocale = v;
            return this;
        }

        public Builder locales(List<String> v) {
            this.locales = new ArrayList<>(v);
            return this;
        }

        public Builder formats(List<String> v) {
            this.formats = new ArrayList<>(v);
            return this;
        }

        public Builder exportPolicies(Map<String, String> v) {
            this.exportPolicies = new TreeMap<>(v);
            return this;
        }

        public Builder minCompleteness(double v) {
            this.minCompleteness = v;
            return this;
        }

        public Builder failOnWarnings(boolean v) {
            this.failOnWarnings = v;
            return this;
        }

        public Builder checkSeverities(Map<String, String> v) {
            this.checkSeverities = new TreeMap<>(v);
            return this;
        }

        public Builder contentVersion(String v) {
            this.contentVersion = v;
            return this;
        }

        public Builder outputTimestamp(String v) {
            this.outputTimestamp = v;
            return this;
        }

        public Builder spreadsheetSafeCsv(boolean v) {
            this.spreadsheetSafeCsv = v;
            return this;
        }

        public Builder excelCsv(boolean v) {
            this.excelCsv = v;
            return this;
        }

        public Builder generatorName(String v) {
            this.generatorName = v;
            return this;
        }

        public Builder generatorVersion(String v) {
            this.generatorVersion = v;
            return this;
        }

        public Builder threads(int v) {
            this.threads = v;
            return this;
        }

        public Builder editorialSeverity(String v) {
            this.editorialSeverity = v;
            return this;
        }

        public PipelineConfig build() {
            return new PipelineConfig(
                    layout,
                    sourceLocale,
                    locales,
                    formats,
                    exportPolicies,
                    minCompleteness,
                    failOnWarnings,
                    checkSeverities,
                    contentVersion,
                    outputTimestamp,
                    spreadsheetSafeCsv,
                    excelCsv,
                    generatorName,
                    generatorVersion,
                    threads,
                    editorialSeverity);
        }
    }
}
