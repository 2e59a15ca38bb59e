package dev.careguide.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic;
import dev.careguide.pipeline.Outcome;
import dev.careguide.pipeline.PipelineConfig;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbstractCareguideMojoTest {

    @TempDir
    Path project;

    @Test
    void parametersMapOntoThePipelineConfig() throws Exception {
        Files.createDirectories(project.resolve("src/main/careguide"));
        Files.writeString(project.resolve("src/main/careguide/glossary.yaml"), "{}\n");
        BuildMojo mojo = mojo("2.5.0");
        set(mojo, "locales", List.of(" ru", "", "de "));
        set(mojo, "formats", List.of("json"));
        set(mojo, "unsafe", "keep");
        set(mojo, "minCompleteness", 75.0);
        set(mojo, "contentVersion", "1.4.0");
        set(mojo, "outputTimestamp", "2026-01-01T00:00:00Z");
        set(mojo, "threads", 3);

        PipelineConfig config = mojo.config();

        assertThat(config.locales()).containsExactly("ru", "de");
        assertThat(config.formats()).containsExactly("json");
        assertThat(config.exportPolicies()).isEqualTo(Map.of("unsafe", "keep"));
        assertThat(config.minCompleteness()).isEqualTo(75.0);
        assertThat(config.contentVersion()).isEqualTo("1.4.0");
        assertThat(config.outputTimestamp()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(config.generatorVersion()).isEqualTo("2.5.0");
        assertThat(config.threads()).isEqualTo(3);
        assertThat(config.layout().glossaryFile()).isEqualTo(project.resolve("src/main/careguide/glossary.yaml"));
        assertThat(config.layout().rulesFile()).isNull();
        assertThat(config.layout().outputDirectory()).isEqualTo(project.resolve("target/careguide"));
    }

    @Test
    void theThreadCountIsNotPartOfTheFingerprintSinceTheOutputsDoNotDependOnIt() throws Exception {
        BuildMojo mojo = mojo("1.0.0");
        String before = mojo.config().describe();
        set(mojo, "threads", 7);
        assertThat(mojo.config().describe()).isEqualTo(before);
    }

    @Test
    void pluginVersionChangesTheConfigurationFingerprint() throws Exception {
        assertThat(mojo("1.0.0").config().describe())
                .isNotEqualTo(mojo("1.0.1").config().describe());
    }

    @Test
    void failedOutcomeFailsTheBuildWithOneLinePerError() throws Exception {
        Outcome failed = outcome(
                false,
                Diagnostic.error("src/main/i18n/g/messages_de.properties", 7, 12, "icu-syntax", "unmatched '{'"),
                Diagnostic.warning("src/main/i18n/g/messages_de.properties", 9, 1, "same-as-source", "not translated"),
                Diagnostic.error("src/main/content/g.txt", 3, 1, "defect", "bullet without meaning"));

        assertThatThrownBy(() -> mojo("1.0.0").checkOutcome(failed))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("careguide: build failed with 2 problems:\n"
                        + "src/main/i18n/g/messages_de.properties:7:12: error: unmatched '{' [icu-syntax]\n"
                        + "src/main/content/g.txt:3:1: error: bullet without meaning [defect]");
    }

    @Test
    void failedOutcomeWithOnlyWarningsStillFailsTheBuild() throws Exception {
        Outcome failed = outcome(false, Diagnostic.warning("messages_de.properties", 2, 5, "same-as-source", "x"));

        assertThatThrownBy(() -> mojo("1.0.0").checkOutcome(failed))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("messages_de.properties:2:5: warning: x");
    }

    @Test
    void outcomeReportedSuccessfulButCarryingAnErrorStillFailsTheBuild() throws Exception {
        Outcome inconsistent = outcome(true, Diagnostic.error("g.txt", 4, 2, "defect", "broken"));

        assertThatThrownBy(() -> mojo("1.0.0").checkOutcome(inconsistent))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("g.txt:4:2: error: broken");
    }

    @Test
    void successfulOutcomeWithWarningsPasses() throws Exception {
        mojo("1.0.0").checkOutcome(outcome(true, Diagnostic.warning("a.properties", 1, 1, "w", "warned")));
    }

    @Test
    void completenessOutsideZeroToHundredIsAConfigurationFailure() throws Exception {
        BuildMojo mojo = mojo("1.0.0");
        set(mojo, "minCompleteness", 120.0);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("careguide: invalid configuration: minCompleteness");
    }

    @Test
    void syncBoundToALifecyclePhaseRefusesToRewriteCatalogs() throws Exception {
        SyncMojo sync = configure(new SyncMojo(), "1.0.0");
        set(sync, "mojoExecution", new MojoExecution(new MojoDescriptor(), "bound", MojoExecution.Source.LIFECYCLE));

        assertThatThrownBy(sync::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("runs only when invoked on the command line");
        assertThat(project.resolve("src/main/i18n")).doesNotExist();
    }

    private BuildMojo mojo(String pluginVersion) throws Exception {
        return configure(new BuildMojo(), pluginVersion);
    }

    private <M extends AbstractCareguideMojo> M configure(M mojo, String pluginVersion) throws Exception {
        mojo.setLog(new SystemStreamLog());
        MavenProject mavenProject = new MavenProject();
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion(pluginVersion);
        set(mojo, "project", mavenProject);
        set(mojo, "plugin", plugin);
        set(mojo, "sourceDirectory", new File(project.toFile(), "src/main/content"));
        set(mojo, "i18nDirectory", new File(project.toFile(), "src/main/i18n"));
        set(mojo, "outputDirectory", new File(project.toFile(), "target/careguide"));
        set(mojo, "sourceLocale", "en");
        set(mojo, "formats", List.of("json", "yaml", "csv"));
        set(mojo, "contentVersion", "1.0.0");
        set(mojo, "spreadsheetSafeCsv", true);
        return mojo;
    }

    private static Outcome outcome(boolean success, Diagnostic... diagnostics) {
        List<Diagnostic> list = new ArrayList<>(List.of(diagnostics));
        return new Outcome() {
            @Override
            public boolean success() {
                return success;
            }

            @Override
            public List<Diagnostic> diagnostics() {
                return list;
            }
        };
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
