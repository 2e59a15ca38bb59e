package dev.careguide.maven;

import dev.careguide.pipeline.ExportOutcome;
import dev.careguide.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/** A goal that leaves a bundle behind: it prints the per-locale summary and can attach the bundle zip. */
abstract class AbstractExportingMojo extends AbstractCareguideMojo {

    /** Classifier of the attached bundle zip. */
    static final String BUNDLE_CLASSIFIER = "bundle";

    /**
     * Attaches {@code careguide-bundle.zip} to the project as an artifact of type {@code zip} with classifier
     * {@code bundle}, so it is installed and deployed with the project and apps can depend on it.
     */
    @Parameter(property = "careguide.attach", defaultValue = "false")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    /** Logs where the bundle is and one summary line per locale. */
    protected final void logSummary(ExportOutcome exported) {
        if (exported.bundleDirectory() != null) {
            getLog().info("careguide: bundle in " + exported.bundleDirectory());
        }
        logLocales(exported.locales());
    }

    /** Logs one summary line per locale. */
    protected final void logLocales(List<ExportOutcome.LocaleSummary> locales) {
        for (ExportOutcome.LocaleSummary locale : locales) {
            getLog().info("  " + locale);
        }
    }

    /** Attaches the bundle zip when {@code attach} is set; a zip that is missing then fails the build. */
    protected final void attachBundle(Pipeline pipeline) throws MojoFailureException {
        if (!attach) {
            return;
        }
        Path zip = bundleZip(pipeline);
        if (!exists(zip)) {
            throw new MojoFailureException("careguide: cannot attach the bundle, " + zip + " does not exist");
        }
        projectHelper.attachArtifact(project, "zip", BUNDLE_CLASSIFIER, zip.toFile());
        getLog().info("careguide: attached " + zip.getFileName() + " as " + project.getArtifactId() + ":zip:"
                + BUNDLE_CLASSIFIER);
    }
}
