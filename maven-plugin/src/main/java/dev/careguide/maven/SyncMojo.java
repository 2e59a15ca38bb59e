package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.SyncOutcome;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the translator catalogs to match the content: new keys are added, changed ones are marked stale,
 * removed ones move to the obsolete section. It edits files under version control, so it has no default
 * phase and runs only when invoked: {@code mvn careguide:sync}.
 */
@Mojo(name = "sync", threadSafe = true)
public class SyncMojo extends AbstractCareguideMojo {

    /** Deletes the obsolete entries (and their translations) instead of keeping them at the end of each file. */
    @Parameter(property = "careguide.purge", defaultValue = "false")
    private boolean purge;

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        SyncOutcome outcome = pipeline.sync(purge);
        checkOutcome(outcome);
    }

    @Override
    protected String goal() {
        return "sync";
    }
}
