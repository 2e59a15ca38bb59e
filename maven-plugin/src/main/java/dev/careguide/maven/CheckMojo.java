package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks every target locale's catalogs against the content and writes the JSON and SARIF reports; fails on
 * any error, on a warning under {@code failOnWarnings}, and on a locale below {@code minCompleteness}. Never
 * rewrites a catalog.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class CheckMojo extends AbstractCareguideMojo {

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        checkOutcome(pipeline.check());
    }

    @Override
    protected String goal() {
        return "check";
    }
}
