package dev.careguide.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way careguide writes output: to a temporary sibling, then moved into place, so a failure half-way
 * leaves the earlier file or directory as it was. Temporaries are created like ordinary files (the process
 * umask applies), so what lands has the same permissions as a file written directly.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes UTF-8 text atomically. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes atomically, creating parent directories. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** What goes into a file, streamed. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams {@code content} into a temporary sibling of {@code target} and moves it into place, creating
     * parent directories; a failure (or an exception thrown by {@code content}) leaves the earlier file as it was.
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = newSibling(absolute, ".tmp", false);
            try {
                try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING), 64 * 1024)) {
                    content.writeTo(out);
                }
                move(temp, absolute, true);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Creates an empty, uniquely named hidden directory beside {@code target}, to be filled and then moved in. */
    public static Path createTempDirectoryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        return newSibling(absolute, ".tmp", true);
    }

    /**
     * Replaces the directory {@code target} by the finished sibling directory {@code ready}: the old target is
     * renamed aside, the new one renamed in, then the old one deleted; if the second rename fails the old
     * target is put back.
     */
    public static void replaceDirectory(Path ready, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!Files.exists(absolute)) {
            move(ready, absolute, false);
            return;
        }
        Path aside = newSibling(absolute, ".old", true);
        Files.delete(aside);
        move(absolute, aside, false);
        try {
            move(ready, absolute, false);
        } catch (IOException | RuntimeException e) {
            move(aside, absolute, false);
            throw e;
        }
        deleteRecursively(aside);
    }

    /** Deletes a file or directory tree; nothing happens for {@code null} or a missing path. */
    public static void deleteRecursively(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    private static Path newSibling(Path target, String suffix, boolean directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + suffix + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path candidate = target.resolveSibling(name);
            try {
                return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }
}
