package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleGuardTest {

    @TempDir
    Path tmp;

    private final ExportOptions options = ExportOptions.defaults("1.0.0");

    private void export(Path bundle, Path zip) {
        try (PendingBundle pending = new BundleWriter().open(options, bundle, zip)) {
            pending.add(TestGuides.content());
            pending.commit();
        }
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a web app with its own manifest.json | manifest.json | {\"name\": \"My App\", \"start_url\": \"/\"} | no careguide formatVersion",
                "a manifest that is not JSON          | manifest.json | name=app                             | not valid JSON",
                "files without a manifest             | index.html    | <html></html>                        | no manifest.json",
            })
    void aFolderThatIsNotACareguideBundleIsRefusedAndLeftUntouched(
            String what, String file, String content, String reason) throws IOException {
        Path dist = tmp.resolve("dist");
        Path bundle = dist.resolve("bundle");
        Files.createDirectories(bundle.resolve("icons"));
        Files.writeString(bundle.resolve(file), content);
        Files.writeString(bundle.resolve("icons/app.svg"), "<svg/>");
        Map<String, String> before = snapshot(dist);

        assertThatThrownBy(() -> export(bundle, dist.resolve("careguide-bundle.zip")))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.file()).isEqualTo(bundle.toString());
                    assertThat(d.message()).contains("not a careguide bundle", reason, "changed nothing");
                });
        assertThat(snapshot(dist)).isEqualTo(before);
    }

    @Test
    void aCareguideBundleHoldingAFileItsManifestDoesNotListIsRefused() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, null);
        Files.writeString(bundle.resolve("json/notes.txt"), "mine");

        assertThatThrownBy(() -> export(bundle, null))
                .hasMessageContaining("json/notes.txt, which its manifest.json" + " does not list");
        assertThat(bundle.resolve("json/notes.txt")).hasContent("mine");
    }

    @Test
    void aFileWhereTheZipGoesThatIsNotAZipIsRefused() throws IOException {
        Path zip = tmp.resolve("careguide-bundle.zip");
        Files.writeString(zip, "my notes");

        assertThatThrownBy(() -> export(tmp.resolve("bundle"), zip)).hasMessageContaining("not a zip file");
        assertThat(zip).hasContent("my notes");
        assertThat(tmp.resolve("bundle")).doesNotExist();
    }

    @Test
    void aSymbolicLinkAsTheBundleIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path bundle = Files.createSymbolicLink(tmp.resolve("bundle"), elsewhere);

        assertThatThrownBy(() -> export(bundle, null)).hasMessageContaining("symbolic link");
    }

    @Test
    void anEmptyFolderAndAnEarlierBundleAreReplaced() throws IOException {
        Path bundle = Files.createDirectories(tmp.resolve("bundle"));
        export(bundle, tmp.resolve("careguide-bundle.zip"));
        export(bundle, tmp.resolve("careguide-bundle.zip"));

        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void leftoversOfEarlierVersionsKilledMidWayAreDeleted() throws IOException {
        Path bundle = tmp.resolve("bundle");
        export(bundle, tmp.resolve("careguide-bundle.zip"));
        for (String leftover : List.of(
                ".bundle.old-3k2j1",
                ".bundle.tmp-9zz0a",
                ".careguide-bundle.zip.0f8fad5b-d9cb-469f-a165-70867728950e.tmp")) {
            Files.createDirectories(tmp.resolve(leftover).resolve("json"));
        }

        export(bundle, tmp.resolve("careguide-bundle.zip"));

        try (Stream<Path> entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bundle", "careguide-bundle.zip");
        }
    }
}
