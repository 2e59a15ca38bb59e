package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the translator catalogs to match the content: new keys are added, changed ones are marked stale,
 * removed ones move to the obsolete section; and writes the id registry ({@code idsFile}), so later edits of the
 * articles keep every item's id. It edits files under version control, so it runs only when
 * invoked on the command line ({@code mvn careguide:sync}); bound to a lifecycle phase it fails the build.
 */
@Mojo(name = "sync", threadSafe = true)
public class SyncMojo extends AbstractCareguideMojo {

    /**
     * Deletes the obsolete entries (and their translations) instead of keeping them at the end of each file, and
     * the id registry's entries of items that left the articles.
     */
    @Parameter(property = "careguide.purge", defaultValue = "false")
    private boolean purge;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    protected void run(Pipeline pipeline) throws MojoExecutionException, MojoFailureException {
        if (mojoExecution.getSource() != MojoExecution.Source.CLI) {
            throw new MojoExecutionException("careguide:sync rewrites the translators' catalogs, so it runs only"
                    + " when invoked on the command line (mvn careguide:sync); remove it from the executions of "
                    + project.getArtifactId());
        }
        checkOutcome(pipeline.sync(purge));
    }

    @Override
    protected String goal() {
        return "sync";
    }
}
