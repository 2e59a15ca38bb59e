package dev.careguide.maven;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.pipeline.Outcome;
import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.PipelineConfig;
import dev.careguide.pipeline.PipelineListener;
import dev.careguide.pipeline.ProjectLayout;
import dev.careguide.pipeline.ResourceFailure;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every careguide goal shares, mapped one to one onto a {@link PipelineConfig}, and the
 * translation of a pipeline {@link Outcome} into the build's result: warnings are logged, and any error fails
 * the build with one {@code file:line:column: message} line per problem.
 */
abstract class AbstractCareguideMojo extends AbstractMojo {

    /** The project whose content is built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** This plugin; its version goes into the bundle manifest and the up-to-date fingerprint. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The articles: one {@code <guide-id>.txt} file or {@code <guide-id>/} folder of files per guide. */
    @Parameter(
            property = "careguide.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/content",
            required = true)
    private File sourceDirectory;

    /** The translator catalogs: {@code <guide-id>/messages_<locale>.properties} and {@code ui/}. */
    @Parameter(property = "careguide.i18nDirectory", defaultValue = "${project.basedir}/src/main/i18n", required = true)
    private File i18nDirectory;

    /** Where models, check reports, the bundle and its zip are written. */
    @Parameter(
            property = "careguide.outputDirectory",
            defaultValue = "${project.build.directory}/careguide",
            required = true)
    private File outputDirectory;

    /**
     * A rules file that extends or overrides the importer's built-in rules. Default:
     * {@code src/main/careguide/rules.yaml} when that file exists, else the built-in rules alone.
     */
    @Parameter(property = "careguide.rulesFile")
    private File rulesFile;

    /**
     * The glossary of terminology fixes applied before extraction. Default:
     * {@code src/main/careguide/glossary.yaml} when that file exists, else none.
     */
    @Parameter(property = "careguide.glossaryFile")
    private File glossaryFile;

    /**
     * The content team's editorial decisions, keyed by guide id then item id. Default:
     * {@code src/main/careguide/editorial.yaml} when that file exists, else none.
     */
    @Parameter(property = "careguide.editorialFile")
    private File editorialFile;

    /**
     * The id registry: which id every imported item has, so edited articles keep ids, editorial decisions and
     * translations attached. Read when it exists; written by the {@code sync} goal.
     */
    @Parameter(
            property = "careguide.idsFile",
            defaultValue = "${project.basedir}/src/main/careguide/ids.json",
            required = true)
    private File idsFile;

    /**
     * How bad a problem in the editorial file is (an unknown guide or item id, a bad field, a bad line range):
     * {@code error} fails the build, {@code warning} leaves the decision out and logs it.
     */
    @Parameter(property = "careguide.editorialSeverity", defaultValue = "error", required = true)
    private String editorialSeverity;

    /** BCP 47 tag of the language the articles are written in. */
    @Parameter(property = "careguide.sourceLocale", defaultValue = "en", required = true)
    private String sourceLocale;

    /**
     * Target locales as BCP 47 tags, pseudo-locales {@code en-XA} and {@code ar-XB} included, e.g.
     * {@code ru,de,ar}. Default: every locale that has a catalog in the i18n directory.
     */
    @Parameter(property = "careguide.locales")
    private List<String> locales;

    /** Export formats by name. */
    @Parameter(property = "careguide.formats", defaultValue = "json,yaml,csv", required = true)
    private List<String> formats;

    /** Export policy for items flagged unsafe. Default: {@code omit}. */
    @Parameter(property = "careguide.unsafe")
    private String unsafe;

    /** Export policy for items that need medical review. Default: {@code keep-flagged}. */
    @Parameter(property = "careguide.needsMedicalReview")
    private String needsMedicalReview;

    /** Export policy for items the editors rejected. Default: {@code omit}. */
    @Parameter(property = "careguide.rejected")
    private String rejected;

    /**
     * What a locale gets for a string it has no current translation of: {@code fallback} (along the CLDR
     * chain to the source), {@code omit-item} or {@code fail}. Default: {@code fallback}.
     */
    @Parameter(property = "careguide.missingTranslation")
    private String missingTranslation;

    /**
     * Whether only translations a reviewer approved ({@code #, reviewed} in the catalog, {@code reviewed} or
     * {@code final} in XLIFF) ship; every other string falls back as if it were missing. Default: {@code false}.
     */
    @Parameter(property = "careguide.reviewedOnly")
    private String reviewedOnly;

    /** Minimum percentage (0–100) of translated, non-stale strings per target locale; below it the check fails. */
    @Parameter(property = "careguide.minCompleteness", defaultValue = "0")
    private double minCompleteness;

    /** Whether a translation warning fails the check like an error. */
    @Parameter(property = "careguide.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * Severity overrides per check code ({@code error}, {@code warning}, {@code info} or {@code off}), e.g.
     * {@code <same-as-source>off</same-as-source>}. Default: none.
     */
    @Parameter
    private Map<String, String> checkSeverities;

    /** Whether CSV fields a spreadsheet would run as a formula are neutralized. */
    @Parameter(property = "careguide.spreadsheetSafeCsv", defaultValue = "true")
    private boolean spreadsheetSafeCsv;

    /** Whether an Excel variant of the CSV files (UTF-8 with a BOM) is written too. */
    @Parameter(property = "careguide.excelCsv", defaultValue = "false")
    private boolean excelCsv;

    /** Content version written into the bundle manifest. */
    @Parameter(property = "careguide.contentVersion", defaultValue = "${project.version}", required = true)
    private String contentVersion;

    /**
     * Time written into the bundle manifest and zip, for reproducible builds; without it the bundle carries no
     * time at all.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * How many guides are imported, checked and exported at once; {@code 0} means one per available processor.
     * The outputs are the same for any value.
     */
    @Parameter(property = "careguide.threads", defaultValue = "0")
    private int threads;

    /** Skips the goal. */
    @Parameter(property = "careguide.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("careguide: skipped (careguide.skip)");
            return;
        }
        Pipeline pipeline;
        try {
            pipeline = new Pipeline(config(), new LogListener(getLog()));
        } catch (DiagnosticException e) {
            throw failure("careguide: invalid configuration", e.diagnostics());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("careguide: invalid configuration: " + e.getMessage(), e);
        }
        try {
            run(pipeline);
        } catch (DiagnosticException e) {
            throw failure("careguide: " + goal() + " failed", e.diagnostics());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("careguide: " + goal() + " failed: " + e.getMessage(), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new MojoExecutionException(ResourceFailure.describe(
                    e, goal(), "MAVEN_OPTS=-Xmx2g, or .mvn/jvm.config", "MAVEN_OPTS=-Xss16m, or .mvn/jvm.config"));
        }
    }

    /** Runs this goal's operation; throws when its outcome is a failure. */
    protected abstract void run(Pipeline pipeline) throws MojoExecutionException, MojoFailureException;

    /** The goal name, for messages. */
    protected abstract String goal();

    /**
     * Logs the outcome's warnings and fails the build, with one line per error, when it did not succeed or
     * carries any error. An unsuccessful outcome without an error (a warning under {@code failOnWarnings})
     * fails with its warnings as the lines.
     */
    protected final void checkOutcome(Outcome outcome) throws MojoFailureException {
        List<Diagnostic> errors = outcome.errors();
        for (Diagnostic diagnostic : outcome.diagnostics()) {
            if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
                getLog().warn(diagnostic.toString());
            } else if (diagnostic.severity() == Diagnostic.Severity.INFO) {
                getLog().info(diagnostic.toString());
            }
        }
        if (outcome.success() && errors.isEmpty()) {
            return;
        }
        List<Diagnostic> problems = errors.isEmpty() ? outcome.diagnostics() : errors;
        throw failure("careguide: " + goal() + " failed", problems);
    }

    private static MojoFailureException failure(String headline, List<Diagnostic> problems) {
        StringBuilder message = new StringBuilder(headline);
        if (!problems.isEmpty()) {
            message.append(" with ").append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        }
        for (Diagnostic problem : problems) {
            message.append('\n').append(problem);
        }
        return new MojoFailureException(message.toString());
    }

    /** The pipeline configuration these parameters describe. */
    PipelineConfig config() {
        Path base = project.getBasedir().toPath();
        ProjectLayout layout = ProjectLayout.defaults(base)
                .withSourceDirectory(sourceDirectory.toPath())
                .withI18nDirectory(i18nDirectory.toPath())
                .withOutputDirectory(outputDirectory.toPath());
        if (idsFile != null) {
            layout = layout.withIdsFile(idsFile.toPath());
        }
        if (rulesFile != null) {
            layout = layout.withRulesFile(rulesFile.toPath());
        }
        if (glossaryFile != null) {
            layout = layout.withGlossaryFile(glossaryFile.toPath());
        }
        if (editorialFile != null) {
            layout = layout.withEditorialFile(editorialFile.toPath());
        }
        return PipelineConfig.builder(layout)
                .sourceLocale(sourceLocale)
                .locales(nonBlank(locales))
                .formats(nonBlank(formats))
                .exportPolicies(exportPolicies())
                .minCompleteness(minCompleteness)
                .failOnWarnings(failOnWarnings)
                .checkSeverities(checkSeverities == null ? Map.of() : checkSeverities)
                .spreadsheetSafeCsv(spreadsheetSafeCsv)
                .excelCsv(excelCsv)
                .contentVersion(contentVersion)
                .outputTimestamp(outputTimestamp)
                .generatorVersion(plugin.getVersion())
                .threads(threads)
                .editorialSeverity(editorialSeverity)
                .build();
    }

    private Map<String, String> exportPolicies() {
        Map<String, String> policies = new LinkedHashMap<>();
        putIfSet(policies, "unsafe", unsafe);
        putIfSet(policies, "needs-medical-review", needsMedicalReview);
        putIfSet(policies, "rejected", rejected);
        putIfSet(policies, "missing-translation", missingTranslation);
        putIfSet(policies, "reviewed-only", reviewedOnly);
        return policies;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.trim());
        }
    }

    private static List<String> nonBlank(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    result.add(value.trim());
                }
            }
        }
        return result;
    }

    /** The zip the pipeline writes the bundle to, whether or not this run rewrote it. */
    protected static Path bundleZip(Pipeline pipeline) {
        return pipeline.config().layout().bundleZip();
    }

    /** Whether a file is there to attach. */
    protected static boolean exists(Path file) {
        return file != null && Files.isRegularFile(file);
    }

    /** Sends the pipeline's progress lines to the Maven log. */
    private record LogListener(Log log) implements PipelineListener {
        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }
    }
}
