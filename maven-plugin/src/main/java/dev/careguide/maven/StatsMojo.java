package dev.careguide.maven;

import dev.careguide.pipeline.Pipeline;
import dev.careguide.pipeline.StatsOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        StatsOutcome outcome = pipeline.stats();
        checkOutcome(outcome);
        outcome.table().lines().forEach(getLog()::info);
        if (statsFile != null) {
            Path file = statsFile.toPath();
            try {
                Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
                Files.writeString(temporary, outcome.json(), StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new MojoExecutionException("careguide: cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("careguide: statistics written to " + file);
        }
    }

    @Override
    protected String goal() {
        return "stats";
    }
}
