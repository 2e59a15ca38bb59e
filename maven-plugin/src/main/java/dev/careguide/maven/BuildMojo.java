package dev.careguide.maven;

import dev.careguide.pipeline.BuildOutcome;
import dev.careguide.pipeline.Pipeline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Imports the articles, checks the catalogs and exports the bundle in one step. When no input and no
 * setting changed since the last good build, logs one "up to date" line and the stored bundle's summary per
 * locale, and rewrites nothing.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends AbstractExportingMojo {

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        BuildOutcome outcome = pipeline.build();
        checkOutcome(outcome);
        outcome.exportStep().ifPresentOrElse(this::logSummary, () -> logLocales(outcome.locales()));
        attachBundle(pipeline);
    }

    @Override
    protected String goal() {
        return "build";
    }
}
