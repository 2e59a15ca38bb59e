package dev.careguide.maven;

import dev.careguide.pipeline.ExchangeOutcome;
import dev.careguide.pipeline.Pipeline;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each guide's catalogs as XLIFF 2.1 for CAT tools, {@code <guide-id>.<locale>.xlf} per target locale:
 * one unit per key with source, translation, state, the translator's context as notes and suggestions from
 * translation memory. The catalogs must be in step with the content ({@code careguide:sync} first).
 */
@Mojo(name = "xliff-export", threadSafe = true)
public class XliffExportMojo extends AbstractCareguideMojo {

    /** Where the XLIFF files are written. */
    @Parameter(
            property = "careguide.xliffDirectory",
            defaultValue = "${project.build.directory}/careguide/xliff",
            required = true)
    private File xliffDirectory;

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        ExchangeOutcome outcome = pipeline.exportXliff(xliffDirectory.toPath());
        checkOutcome(outcome);
        outcome.writtenFiles().forEach(f -> getLog().info("  " + f));
    }

    @Override
    protected String goal() {
        return "xliff-export";
    }
}
