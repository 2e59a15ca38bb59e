package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code careguide} launcher script ({@code src/main/launcher}, packaged beside {@code careguide.jar}) runs the
 * jar beside it with its batch-job JVM options, honours {@code JAVA_HOME}, {@code JAVA_OPTS} and
 * {@code CAREGUIDE_OPTS}, and passes the arguments and the exit code through unchanged. The jar here is a stand-in
 * whose main class ({@link LauncherEcho}) prints what it got.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path SCRIPT = Path.of("src/main/launcher/careguide");

    @TempDir
    Path dir;

    private Path launcher;

    @BeforeEach
    void installBesideAStandInJar() throws IOException {
        launcher = dir.resolve("careguide");
        Files.copy(SCRIPT, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherEcho.class.getName());
        String entry = LauncherEcho.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(dir.resolve("careguide.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest);
                InputStream in = LauncherEcho.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
    }

    @Test
    void argumentsArePassedThroughExactly() throws Exception {
        List<String> args = List.of(
                "sync",
                "-p",
                "a folder/with spaces",
                "",
                "*",
                "$HOME",
                "it's \"quoted\"",
                "back\\slash",
                "--",
                "Ü ✓ ﷺ");

        Run run = run(Map.of(), launcher, args);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines("arg:")).containsExactlyElementsOf(args);
    }

    @Test
    void theExitCodeIsPassedThrough() throws Exception {
        assertThat(run(Map.of(), launcher, List.of("check", "--exit=1")).exitCode())
                .isEqualTo(1);
        assertThat(run(Map.of(), launcher, List.of("import", "--exit=3")).exitCode())
                .isEqualTo(3);
    }

    @Test
    void theBatchJobOptionsLeaveTheHeapGrowableKeepC2ForImportAndUserOptionsComeLast() throws Exception {
        Run plain = run(Map.of(), launcher, List.of());
        Run tuned = run(
                Map.of(
                        "JAVA_OPTS",
                        "-Xmx2g -Dfrom=java-opts",
                        "CAREGUIDE_OPTS",
                        "-XX:TieredStopAtLevel=4 -Dfrom=careguide-opts"),
                launcher,
                List.of("stats"));

        Run longRun = run(Map.of(), launcher, List.of("import", "large.txt"));

        assertThat(plain.lines("jvm:")).contains("-XX:+UseSerialGC", "-Xms16m", "-XX:TieredStopAtLevel=1");
        assertThat(plain.lines("jvm:")).noneMatch(o -> o.startsWith("-Xmx"));
        assertThat(longRun.lines("jvm:")).contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(longRun.lines("arg:")).containsExactly("import", "large.txt");
        List<String> options = tuned.lines("jvm:");
        assertThat(options.subList(options.indexOf("-XX:+UseSerialGC") + 1, options.size()))
                .containsSubsequence("-Xmx2g", "-Dfrom=java-opts", "-XX:TieredStopAtLevel=4", "-Dfrom=careguide-opts");
        assertThat(tuned.lines("arg:")).containsExactly("stats");
    }

    @Test
    void javaHomeIsTheJavaThatRuns() throws Exception {
        Path jdk = dir.resolve("other-jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\necho 'arg:via JAVA_HOME'\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                        + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(Map.of("JAVA_HOME", jdk.toString()), launcher, List.of("x"));
        Run missing = run(Map.of("JAVA_HOME", dir.resolve("no-jdk").toString()), launcher, List.of("x"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines("arg:")).containsExactly("via JAVA_HOME", "x");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("JAVA_HOME", "no-jdk", "bin/java");
    }

    @Test
    void aLinkToTheLauncherRunsTheJarBesideTheScript() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("careguide"), launcher);

        Run run = run(Map.of(), link, List.of("--version"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines("arg:")).containsExactly("--version");
    }

    private Run run(Map<String, String> env, Path script, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("CAREGUIDE_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        return new Run(
                process.waitFor(),
                new String(out, StandardCharsets.UTF_8).lines().toList(),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, List<String> out, String err) {
        List<String> lines(String prefix) {
            return out.stream()
                    .filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length()))
                    .toList();
        }
    }
}
