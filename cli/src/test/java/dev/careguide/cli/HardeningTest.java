package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Hostile inputs and faults from issue 14, each run through the command line as a user would. */
class HardeningTest {

    @TempDir
    Path project;

    @TempDir
    Path outside;

    @BeforeEach
    void writeProject() throws IOException {
        write("src/main/content/night-cramps.txt", ContentCommandsTest.ARTICLE);
        Files.createDirectories(project.resolve("src/main/i18n"));
    }

    @AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path link : files.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link);
            }
        }
    }

    private CliRun build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "-p", project.toString(), "-l", "de"), Stream.of(extra))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void linksToFilesOutsideTheProjectAreRefusedAndNothingOfThemReachesTheOutput() throws IOException {
        Files.writeString(outside.resolve("passwd"), "Secret heading\n\nroot:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(outside.resolve("messages_de.properties"), "guide.title=Secret title\n");
        Path article =
                Files.createSymbolicLink(project.resolve("src/main/content/passwd.txt"), outside.resolve("passwd"));
        Files.createDirectories(project.resolve("src/main/i18n/night-cramps"));
        Path catalog = Files.createSymbolicLink(
                project.resolve("src/main/i18n/night-cramps/messages_de.properties"),
                outside.resolve("messages_de.properties"));

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err())
                .contains(article + ": error: symbolic link to " + outside.resolve("passwd"))
                .contains(catalog + ": error: symbolic link to " + outside.resolve("messages_de.properties"));
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void linkedFoldersLeadingOutOfTheProjectAreRefusedBeforeAnythingIsRead() throws IOException {
        Files.createDirectories(outside.resolve("guide"));
        Files.writeString(outside.resolve("guide/secret.txt"), ContentCommandsTest.ARTICLE.replace("Leg", "Secret"));
        Files.createDirectories(outside.resolve("catalogs"));
        Files.writeString(outside.resolve("catalogs/messages_de.properties"), "guide.title=Secret title\n");
        Path guide = Files.createSymbolicLink(project.resolve("src/main/content/linked"), outside.resolve("guide"));
        Path catalogs =
                Files.createSymbolicLink(project.resolve("src/main/i18n/night-cramps"), outside.resolve("catalogs"));

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err())
                .contains(guide + ": error: symbolic link to " + outside.resolve("guide"))
                .contains(catalogs + ": error: symbolic link to " + outside.resolve("catalogs"))
                .doesNotContain("Secret");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aLinkInsideTheProjectIsRead() throws IOException {
        Path shared = write("shared/night-cramps.txt", ContentCommandsTest.ARTICLE);
        Files.delete(project.resolve("src/main/content/night-cramps.txt"));
        Files.createSymbolicLink(project.resolve("src/main/content/night-cramps.txt"), shared);

        CliRun run = build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.resolve("target/careguide/bundle/json/de/night-cramps.json"))
                .exists();
    }

    @Test
    void aGlossaryWithAnAliasFailsWithFileLineAndColumn() throws IOException {
        Path glossary = write(
                "src/main/careguide/glossary.yaml",
                "common: &the the\nreplacements:\n  - {from: *the, to: convulsions}\n");

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(glossary + ":3:12: error: YAML alias '*the' is not supported");
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a negative count    | 'structure:\\n  maxHeadingWords: -3\\n'  | 2:20 | a whole number of 1 or more, found",
                "an empty cue        | 'cues:\\n  exercise: [\"\"]\\n'        | 2:14 | would match everywhere",
                "a boolean cue       | 'cues:\\n  exercise: [no]\\n'            | 2:14 | was read as a YAML boolean",
                "a duplicate section | 'cues: {}\\ncues: {}\\n'                 | 2:1  | duplicate key 'cues'",
                "a binary tag        | 'cues:\\n  cause: !!binary aGk=\\n'      | 2:10 | YAML tag '!!binary'",
            })
    void aBadRulesFileFailsTheBuildAtItsPosition(String what, String yaml, String at, String says) throws IOException {
        Path rules = write("src/main/careguide/rules.yaml", yaml.replace("\\n", "\n"));

        CliRun run = build();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(rules + ":" + at + ": error: ").contains(says);
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    @Test
    void anEditorialFileWithADuplicateGuideBlockFailsWithBothPositions() throws IOException {
        Path editorial = write("src/main/careguide/editorial.yaml", """
                night-cramps:
                  cause.flat-feet: {review: rejected}
                night-cramps:
                  cause.flat-feet: {review: approved}
                """);

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err())
                .contains(editorial + ":3:1: error: duplicate key 'night-cramps': first at line 1, "
                        + "column 1, again at line 3, column 1");
    }

    @Test
    void anOutputFolderHoldingAForeignManifestIsRefusedAndLeftUntouched() throws IOException {
        Path dist = project.resolve("dist");
        write("dist/bundle/manifest.json", "{\"name\": \"Web app\", \"icons\": []}\n");
        write("dist/bundle/index.html", "<html></html>\n");
        Map<String, String> before = snapshot(dist);

        CliRun run = build("-o", dist.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(dist.resolve("bundle") + ": error: is not a careguide bundle");
        assertThat(snapshot(dist)).isEqualTo(before);
    }

    @Test
    void anOutputFolderInsideTheContentIsAUsageError() {
        CliRun run = build("-o", project.resolve("src/main/content/out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is inside the sourceDirectory");
        assertThat(project.resolve("src/main/content/out")).doesNotExist();
    }

    @Test
    void aLoneSurrogateTranslationFailsCheckWithItsPosition() throws IOException {
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de").exitCode())
                .isZero();
        Path catalog = project.resolve("src/main/i18n/night-cramps/messages_de.properties");
        Files.writeString(catalog, Files.readString(catalog).replace("# guide.title=", "guide.title=Krämpfe \\uD800"));

        CliRun run = CliRun.of("check", "-p", project.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.out())
                .containsPattern(java.util.regex.Pattern.quote(catalog.toString())
                        + ":\\d+:21: error: \\[de\\] guide.title: \\\\uD800 is half of a surrogate pair");
    }

    @Test
    void aUtf16CatalogIsReportedOnceWithoutRawNulBytes() throws IOException {
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de").exitCode())
                .isZero();
        Path catalog = project.resolve("src/main/i18n/night-cramps/messages_de.properties");
        Files.write(catalog, Files.readString(catalog).getBytes(StandardCharsets.UTF_16LE));

        CliRun run = CliRun.of("check", "-p", project.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.out().lines().filter(l -> l.contains("messages_de.properties")))
                .singleElement()
                .asString()
                .contains("UTF-16 text: save it as UTF-8");
        assertThat(run.out() + run.err()).doesNotContain("\u0000");
    }

    @Test
    void aTwoThousandLevelNestedSelectIsAnErrorInCheckAndBuildNotACrash() throws IOException {
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de").exitCode())
                .isZero();
        Path catalog = project.resolve("src/main/i18n/night-cramps/messages_de.properties");
        String nested = "{a, select, x {".repeat(2000) + "x" + "}}".repeat(2000);
        Files.writeString(catalog, Files.readString(catalog).replace("# guide.title=", "guide.title=" + nested));

        CliRun check = CliRun.of("check", "-p", project.toString());
        CliRun build = build();

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(check.out()).contains(catalog.toString()).contains("nest more than 32 deep");
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(build.err()).contains("nest more than 32 deep").doesNotContain("StackOverflow", "ran out of");
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    @Test
    void aSyncWithOneReadOnlyCatalogLeavesEveryFileByteIdentical() throws IOException {
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de,ru").exitCode())
                .isZero();
        Path i18n = project.resolve("src/main/i18n");
        Path de = i18n.resolve("night-cramps/messages_de.properties");
        Files.writeString(de, Files.readString(de).replace("# guide.title=", "guide.title=Wadenkrämpfe in der Nacht"));
        write(
                "src/main/content/night-cramps.txt",
                ContentCommandsTest.ARTICLE.replace("Leg cramps at night", "Leg cramps at night and in the day"));
        Path ru = i18n.resolve("night-cramps/messages_ru.properties");
        Files.setPosixFilePermissions(ru, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = bytes(i18n);

        CliRun run = CliRun.of("sync", "-p", project.toString(), "-l", "de,ru");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(ru + ": error: is read-only, so careguide changed nothing");
        assertThat(bytes(i18n)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ui.txt  | reserved for the UI messages",
                "con.txt | Windows reserves",
                "lpt1.txt | Windows reserves",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt | 81 characters long",
            })
    void aReservedGuideIdIsAContentErrorNamingTheArticle(String name, String says) throws IOException {
        Path article = write("src/main/content/" + name, ContentCommandsTest.ARTICLE);

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(article + ": error: guide id").contains(says);
    }

    @Test
    void aUtf16ArticleIsOneErrorSayingSaveAsUtf8() throws IOException {
        Path article = project.resolve("src/main/content/night-cramps.txt");
        Files.write(article, ("\uFEFF" + ContentCommandsTest.ARTICLE).getBytes(StandardCharsets.UTF_16LE));

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err().lines().filter(l -> l.contains(" error: ")))
                .singleElement()
                .asString()
                .startsWith(article + ":")
                .contains("UTF-16 text: save it as UTF-8");
        assertThat(run.out() + run.err()).doesNotContain("\u0000", "NUL");
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    @Test
    void anArticleWithoutAHeadingIsTitledByItsFirstSentence() throws IOException {
        write("src/main/content/plain.txt", "leg cramps wake people at night and hurt a lot.\n");

        CliRun run = build();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(project.resolve("target/careguide/model/plain/model.json")))
                .contains("\"title\": \"Leg cramps wake people at night");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-f , (no format)           | -f                 | ,                    | no export format given",
                "-l , (no locale)           | -l                 | ,                    | --locales names no locale",
                "a timestamp after 2107     | --output-timestamp | 2108-01-01T00:00:00Z | after 2107-12-31T23:59:58Z",
                "negative threads           | -t                 | -1                   | threads must be 0",
            })
    void aBadOptionIsAUsageErrorAndWritesNothing(String what, String option, String value, String says) {
        CliRun run = CliRun.of("export", "-p", project.toString(), option, value);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(says);
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void importingADeviceSaysItIsNotARegularFile() {
        CliRun run =
                CliRun.of("import", "/dev/null", "-o", project.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains("/dev/null is not a regular file").doesNotContain("does not exist");
    }

    /** A command tree whose one command fails as an exhausted JVM does. */
    @CommandLine.Command(name = "careguide", subcommands = Exhausting.class)
    static final class Root {}

    /** A command that fails as an exhausted JVM does. */
    @CommandLine.Command(name = "exhaust")
    static final class Exhausting implements Runnable {
        @CommandLine.Parameters
        String what;

        @Override
        public void run() {
            if (what.equals("heap")) {
                throw new OutOfMemoryError("Java heap space");
            }
            throw new StackOverflowError();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "heap  | exhaust ran out of memory (Java heap space of ",
                "stack | exhaust ran out of stack: the input nests too deeply",
            })
    void anExhaustedHeapOrStackIsOneClearLineWithItsOwnExitCode(String what, String says) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Root());

        int code = Main.run(commandLine, new PrintWriter(out), new PrintWriter(err), "exhaust", what);

        assertThat(code).isEqualTo(ExitCodes.OUT_OF_RESOURCES);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("careguide: ")
                .contains(says)
                .doesNotContain("\tat ");
    }

    /** 16 MB of text cannot even be held twice in a 24 MB heap, however lean the importer gets. */
    @Test
    void aRealOutOfMemoryErrorInAChildJvmIsOneLineWithExitThree() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 16 << 20; i++) {
            text.append(ContentCommandsTest.ARTICLE.replace("cramps", "cramps" + i))
                    .append('\n');
        }
        Path article = write("big/night-cramps.txt", text.toString());

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx24m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "import",
                        article.toString(),
                        "-o",
                        project.resolve("out").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(err).isEqualTo(ExitCodes.OUT_OF_RESOURCES);
        assertThat(err.lines().filter(l -> l.startsWith("careguide: ")))
                .singleElement()
                .asString()
                .contains("import ran out of memory (Java heap space of 24 MB)", "-Xmx");
        assertThat(err).doesNotContain("\tat ", "Exception in thread");
        assertThat(project.resolve("out/model.json")).doesNotExist();
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file under {@code dir} (hidden ones too) with its bytes in hex. */
    private static Map<String, String> bytes(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
