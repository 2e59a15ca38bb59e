package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writtenFileGetsTheSamePermissionsAsAnOrdinaryFile() throws IOException {
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFiles.write(atomic, "x");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
            assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(expected);
        }
        assertThat(Files.readString(atomic)).isEqualTo("x");
    }

    @Test
    void failedWriteLeavesTheEarlierFileAndNoTemporaries() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.write(target, "first");
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a directory is needed");
        assertThatThrownBy(() -> AtomicFiles.write(blocker.resolve("child.txt"), "second"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("child.txt");
        assertThat(Files.readString(target)).isEqualTo("first");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.txt", "blocker");
        }
    }

    @Test
    void replaceDirectorySwapsTheWholeTreeAndRemovesTheOldOne() throws IOException {
        Path target = dir.resolve("bundle");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.json"), "{}");
        Path ready = AtomicFiles.createTempDirectoryBeside(target);
        Files.writeString(ready.resolve("new.json"), "{}");
        AtomicFiles.replaceDirectory(ready, target);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.json");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }
}
