package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.StatsOutcome;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Logs translation statistics per locale: strings and words translated, stale, missing, and percent complete. */
@Mojo(name = "stats", threadSafe = true)
public class StatsMojo extends AbstractCareguideMojo {

    /** Where to write the statistics as JSON as well. Default: none, the table is only logged. */
    @Parameter(property = "careguide.statsFile")
    private File statsFile;

    @Override
    protected void run(Pipeline pipeline) throws MojoExecutionException, MojoFailureException {
        StatsOutcome outcome = statsFile == null ? pipeline.stats() : pipeline.stats(statsFile.toPath());
        checkOutcome(outcome);
        outcome.table().lines().forEach(getLog()::info);
    }

    @Override
    protected String goal() {
        return "stats";
    }
}
