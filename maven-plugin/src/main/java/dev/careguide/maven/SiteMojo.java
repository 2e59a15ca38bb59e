package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.SiteOutcome;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the review site into {@code <outputDirectory>/site/} (open {@code index.html} from disk; no server
 * needed): brings the build up to date first, as {@code build} does, and rewrites the site even when nothing
 * else changed. {@code build} writes the site too; this goal is for writing it on its own.
 */
@Mojo(name = "site", threadSafe = true)
public class SiteMojo extends AbstractExportingMojo {

    @Override
    protected void run(Pipeline pipeline) throws MojoFailureException {
        SiteOutcome outcome = pipeline.site();
        checkOutcome(outcome);
        getLog().info("careguide: review site " + outcome.index());
        attachBundle(pipeline);
    }

    @Override
    protected String goal() {
        return "site";
    }
}
