package dev.careguide.maven;

import dev.careguide.pipeline.ExportOutcome;
import dev.careguide.pipeline.Pipeline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Exports the bundle (and its zip) from the imported models and the catalogs. */
@Mojo(name = "export", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class ExportMojo extends AbstractExportingMojo {

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        ExportOutcome outcome = pipeline.export();
        checkOutcome(outcome);
        logSummary(outcome);
        attachBundle(pipeline);
    }

    @Override
    protected String goal() {
        return "export";
    }
}
