package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileTransactionTest {

    /** What a killed process leaves: nothing runs after the step it died in. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path root;

    private Path bundle;
    private Path zip;

    @BeforeEach
    void writeOldVersions() throws IOException {
        bundle = root.resolve("bundle");
        zip = root.resolve("bundle.zip");
        Files.createDirectories(bundle.resolve("json"));
        Files.writeString(bundle.resolve("json/a.json"), "old");
        Files.writeString(zip, "old zip");
    }

    @AfterEach
    void removeHook() {
        FileTransaction.onStep(null);
    }

    private void stageNewVersions(FileTransaction txn) throws IOException {
        Path newBundle = txn.stage(bundle);
        Files.createDirectories(newBundle.resolve("json"));
        Files.writeString(newBundle.resolve("json/a.json"), "new");
        Files.writeString(txn.stage(zip), "new zip");
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("."))
                    .toList();
        }
    }

    @Test
    void commitReplacesEveryTargetAndLeavesNothingBehind() throws IOException {
        try (FileTransaction txn = FileTransaction.begin(root)) {
            stageNewVersions(txn);
            txn.commit();
        }

        assertThat(Files.readString(bundle.resolve("json/a.json"))).isEqualTo("new");
        assertThat(Files.readString(zip)).isEqualTo("new zip");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void closingWithoutCommitChangesNothing() throws IOException {
        try (FileTransaction txn = FileTransaction.begin(root)) {
            stageNewVersions(txn);
        }

        assertThat(Files.readString(bundle.resolve("json/a.json"))).isEqualTo("old");
        assertThat(Files.readString(zip)).isEqualTo("old zip");
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"journal", "aside:0", "moved:0", "aside:1", "moved:1"})
    void aRunKilledAfterTheJournalIsFinishedByTheNextOne(String step) throws IOException {
        FileTransaction.onStep(s -> {
            if (s.equals(step)) {
                throw new Killed();
            }
        });
        try (FileTransaction txn = FileTransaction.begin(root)) {
            stageNewVersions(txn);
            assertThatThrownBy(txn::commit).isInstanceOf(Killed.class);
        }
        FileTransaction.onStep(null);

        FileTransaction.recover(root);

        assertThat(Files.readString(bundle.resolve("json/a.json"))).isEqualTo("new");
        assertThat(Files.readString(zip)).isEqualTo("new zip");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRunKilledBeforeCommittingLeavesTheOldVersionsAndItsStagingIsDeletedLater() throws IOException {
        FileTransaction txn = FileTransaction.begin(root);
        stageNewVersions(txn);
        // Killed here: the staging folder stays, owned by nobody once the owner lock goes with the process.
        txn.close();
        Path staging = root.resolve(FileTransaction.STAGING_PREFIX + "dead");
        Files.createDirectories(staging.resolve("new/0"));

        FileTransaction.begin(root).close();

        assertThat(Files.readString(zip)).isEqualTo("old zip");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void recoveryLeavesTheStagingFolderOfALiveTransactionAlone() throws IOException {
        try (FileTransaction live = FileTransaction.begin(root)) {
            Files.writeString(live.stage(zip), "live");

            FileTransaction.recover(root);

            assertThat(leftovers()).hasSize(1);
            live.commit();
        }
        assertThat(Files.readString(zip)).isEqualTo("live");
    }

    @Test
    void aReadOnlyTargetIsRefusedBeforeAnythingMoves() throws IOException {
        Path catalog = root.resolve("messages_de.properties");
        Files.writeString(catalog, "old");
        Files.setPosixFilePermissions(catalog, PosixFilePermissions.fromString("r--r--r--"));
        try (FileTransaction txn = FileTransaction.begin(root)) {
            stageNewVersions(txn);
            Files.writeString(txn.stage(catalog), "new");

            assertThatThrownBy(txn::commit).isInstanceOfSatisfying(DiagnosticException.class, e -> {
                assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("read-only");
                    assertThat(d.file()).isEqualTo(catalog.toString());
                });
            });
        }

        assertThat(Files.readString(catalog)).isEqualTo("old");
        assertThat(Files.readString(zip)).isEqualTo("old zip");
        assertThat(Files.readString(bundle.resolve("json/a.json"))).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMoveThatFailsPutsEveryOldVersionBack() throws IOException {
        try (FileTransaction txn = FileTransaction.begin(root)) {
            stageNewVersions(txn);
            FileTransaction.onStep(s -> {
                if (s.equals("moved:0")) {
                    throw new UncheckedIOException(new IOException("disk full"));
                }
            });
            assertThatThrownBy(txn::commit).hasMessageContaining("disk full");
        }

        assertThat(Files.readString(bundle.resolve("json/a.json"))).isEqualTo("old");
        assertThat(Files.readString(zip)).isEqualTo("old zip");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTargetOutsideTheRootIsRefused(@TempDir Path elsewhere) {
        try (FileTransaction txn = FileTransaction.begin(root)) {
            assertThatThrownBy(() -> txn.stage(elsewhere.resolve("x"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Table: the file there now (null: none) and the new text; staged only when their bytes differ. */
    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "same text, same text, false",
                "null, new text, true",
                "same text, same texts, true",
                "same texts, same text, true",
                "same text, sane text, true",
                "'', '', false",
            })
    void aFileIsStagedOnlyWhenItsBytesChange(String now, String next, boolean changed) throws IOException {
        Path catalog = root.resolve("i18n/messages.properties");
        if (now != null) {
            Files.createDirectories(catalog.getParent());
            Files.writeString(catalog, now);
        }
        try (FileTransaction txn = FileTransaction.begin(root)) {
            // Written a byte at a time and in one block, across the comparison's 64 KB buffer.
            boolean staged = txn.stageIfChanged(catalog, out -> {
                byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0) {
                    out.write(bytes[0]);
                    out.write(bytes, 1, bytes.length - 1);
                }
            });
            assertThat(staged).isEqualTo(changed);
            txn.commit();
        }
        if (now != null || changed) {
            assertThat(Files.readString(catalog)).isEqualTo(changed ? next : now);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aLargeFileChangedLateKeepsItsEqualStart() throws IOException {
        Path catalog = root.resolve("large.properties");
        byte[] old = new byte[300_000];
        for (int i = 0; i < old.length; i++) {
            old[i] = (byte) ('a' + i % 26);
        }
        Files.write(catalog, old);
        byte[] next = old.clone();
        next[250_000] = '!';
        try (FileTransaction txn = FileTransaction.begin(root)) {
            assertThat(txn.stageIfChanged(catalog, out -> {
                        for (int i = 0; i < next.length; i += 1000) {
                            out.write(next, i, Math.min(1000, next.length - i));
                        }
                    }))
                    .isTrue();
            txn.commit();
        }
        assertThat(Files.readAllBytes(catalog)).isEqualTo(next);
    }
}
