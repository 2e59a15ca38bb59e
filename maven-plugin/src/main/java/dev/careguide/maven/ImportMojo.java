package dev.careguide.maven;

import dev.careguide.pipeline.ImportOutcome;
import dev.careguide.pipeline.Pipeline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Imports the articles into one {@code model.json} and {@code import-report.json} per guide. */
@Mojo(name = "import", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class ImportMojo extends AbstractCareguideMojo {

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        ImportOutcome outcome = pipeline.importContent();
        checkOutcome(outcome);
        for (ImportOutcome.ImportedGuide guide : outcome.guides()) {
            getLog().info("careguide: imported " + guide.id() + " (" + guide.itemCount() + " items) to "
                    + guide.modelFile());
        }
    }

    @Override
    protected String goal() {
        return "import";
    }
}
