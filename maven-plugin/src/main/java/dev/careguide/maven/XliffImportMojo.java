package dev.careguide.maven;

import dev.careguide.pipeline.ExchangeOutcome;
import dev.careguide.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the confirmed translations of XLIFF files back into the catalogs (state {@code translated}, or
 * {@code reviewed}/{@code final}, which marks them {@code #, reviewed}), changing only entries whose target or
 * state changed. A file whose source is no longer the current source text fails the build and nothing is
 * written. It edits files under version control, so it runs only when invoked on the command line
 * ({@code mvn careguide:xliff-import -Dcareguide.xliffFiles=a.xlf,b.xlf}).
 */
@Mojo(name = "xliff-import", threadSafe = true)
public class XliffImportMojo extends AbstractCareguideMojo {

    /** The XLIFF files to import. Default: every {@code *.xlf} file in {@code xliffDirectory}. */
    @Parameter(property = "careguide.xliffFiles")
    private List<File> xliffFiles;

    /** Where the XLIFF files are taken from when {@code xliffFiles} is not set. */
    @Parameter(
            property = "careguide.xliffDirectory",
            defaultValue = "${project.build.directory}/careguide/xliff",
            required = true)
    private File xliffDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    protected void run(Pipeline pipeline) throws MojoExecutionException, MojoFailureException {
        if (mojoExecution.getSource() != MojoExecution.Source.CLI) {
            throw new MojoExecutionException("careguide:xliff-import rewrites the translators' catalogs, so it runs "
                    + "only when invoked on the command line; remove it from the executions of "
                    + project.getArtifactId());
        }
        List<Path> files = new ArrayList<>();
        if (xliffFiles != null && !xliffFiles.isEmpty()) {
            xliffFiles.forEach(f -> files.add(f.toPath()));
        } else if (Files.isDirectory(xliffDirectory.toPath())) {
            try (Stream<Path> list = Files.list(xliffDirectory.toPath())) {
                list.filter(p -> p.getFileName().toString().endsWith(".xlf"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + xliffDirectory, e);
            }
        }
        if (files.isEmpty()) {
            throw new MojoFailureException("careguide: no XLIFF files to import: set careguide.xliffFiles or put "
                    + "*.xlf files in " + xliffDirectory);
        }
        ExchangeOutcome outcome = pipeline.importXliff(files);
        checkOutcome(outcome);
        outcome.writtenFiles().forEach(f -> getLog().info("  " + f));
    }

    @Override
    protected String goal() {
        return "xliff-import";
    }
}
