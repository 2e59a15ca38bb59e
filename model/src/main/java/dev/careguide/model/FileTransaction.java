package dev.careguide.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Replaces several files and folders under one root folder as one transaction, so a failure or a killed process
 * never leaves some of them new and some old. Each new version is written into a staging folder inside the root
 * ({@code .careguide-staging-<id>/}); when all are ready, {@link #commit()} writes a journal listing them and then
 * moves each into place (the old version aside first). A run that stops before the journal changes nothing; one
 * that stops after it is finished by the next {@link #recover(Path)}, which every {@link #begin(Path)} runs
 * first and which also deletes the staging folders of runs that died before committing. A commit that fails on
 * an I/O error puts every old version back.
 *
 * <p>Before anything moves, a target that is read-only (no owner write permission), or whose folder is, is
 * refused with a {@link DiagnosticException} (code {@code read-only}): nothing is changed then. A live
 * transaction holds a lock on a file in its staging folder, so {@link #recover(Path)} never touches the folder of
 * a run that is still going.
 */
public final class FileTransaction implements AutoCloseable {

    /** Name prefix of staging folders. */
    public static final String STAGING_PREFIX = ".careguide-staging-";

    private static final String JOURNAL = "journal";
    private static final String OWNER = "owner";
    private static final String NEW = "new";
    private static final String OLD = "old";

    private static volatile Consumer<String> steps = step -> {};

    private final Path root;
    private final Path staging;
    private final FileChannel ownerChannel;
    private final FileLock ownerLock;
    private final List<Path> targets = new ArrayList<>();
    private boolean journalWritten;
    private boolean finished;

    private FileTransaction(Path root, Path staging, FileChannel ownerChannel, FileLock ownerLock) {
        this.root = root;
        this.staging = staging;
        this.ownerChannel = ownerChannel;
        this.ownerLock = ownerLock;
    }

    /**
     * Starts a transaction under {@code root} (created when missing), after {@linkplain #recover(Path)
     * recovering} the transactions earlier runs left there.
     */
    public static FileTransaction begin(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        recover(absolute);
        try {
            Files.createDirectories(absolute);
            for (int attempt = 0; ; attempt++) {
                Path staging = absolute.resolve(STAGING_PREFIX
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
                try {
                    Files.createDirectory(staging);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                    continue;
                }
                FileChannel channel = FileChannel.open(
                        staging.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new FileTransaction(absolute, staging, channel, channel.lock());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start writing into " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The root folder every target lies under. */
    public Path root() {
        return root;
    }

    /**
     * Where the new version of {@code target} is to be written (a file or a folder, created by the caller); the
     * path does not exist yet and its parent does. {@code target} must lie under the root.
     */
    public Path stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw new IllegalArgumentException(target + " is not inside " + root);
        }
        if (finished || journalWritten) {
            throw new IllegalStateException("transaction in " + root + " is already committed or closed");
        }
        int index = targets.indexOf(absolute);
        if (index < 0) {
            index = targets.size();
            targets.add(absolute);
        }
        Path staged = staging.resolve(NEW).resolve(Integer.toString(index));
        try {
            Files.createDirectories(staged.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + target + ": " + e.getMessage(), e);
        }
        return staged;
    }

    /**
     * Streams {@code content} as the new version of the file {@code target} and stages it only when its bytes
     * differ from the file there now (or there is none), so an unchanged file is neither staged nor moved. The
     * content is compared with the file as it is written and never held whole in memory.
     *
     * @return whether the file was staged (its bytes changed)
     */
    public boolean stageIfChanged(Path target, AtomicFiles.Content content) {
        try (ChangeDetector out = new ChangeDetector(target)) {
            content.writeTo(out);
            out.finish();
            return out.staged != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compares what is written with the current file; at the first difference it stages the target, copies the
     * equal part from the current file and writes the rest straight to the staged file.
     */
    private final class ChangeDetector extends OutputStream {
        private final Path target;
        private final InputStream current;
        private final byte[] buffer = new byte[64 * 1024];
        private long equal;
        private OutputStream staged;

        ChangeDetector(Path target) throws IOException {
            this.target = target;
            this.current = Files.isRegularFile(target)
                    ? new BufferedInputStream(Files.newInputStream(target), 64 * 1024)
                    : null;
            if (current == null) {
                diverge();
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (staged == null) {
                int n = current.readNBytes(buffer, 0, Math.min(len, buffer.length));
                if (n == Math.min(len, buffer.length) && Arrays.equals(buffer, 0, n, b, off, off + n)) {
                    equal += n;
                    if (n < len) {
                        write(b, off + n, len - n);
                    }
                    return;
                }
                diverge();
            }
            staged.write(b, off, len);
        }

        /** Checks that the current file has no more bytes than were written. */
        void finish() throws IOException {
            if (staged == null && current.read() >= 0) {
                diverge();
            }
        }

        private void diverge() throws IOException {
            Path file = stage(target);
            staged = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 64 * 1024);
            long left = equal;
            try (InputStream again = left > 0 ? Files.newInputStream(target) : InputStream.nullInputStream()) {
                while (left > 0) {
                    int n = again.readNBytes(buffer, 0, (int) Math.min(left, buffer.length));
                    if (n == 0) {
                        throw new IOException(target + " changed while it was compared");
                    }
                    staged.write(buffer, 0, n);
                    left -= n;
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (current != null) {
                    current.close();
                }
            } finally {
                if (staged != null) {
                    staged.close();
                }
            }
        }
    }

    /**
     * Moves every staged version into place. Throws {@link DiagnosticException} (nothing changed) for a
     * read-only target, {@link UncheckedIOException} when a move fails (every old version is put back).
     */
    public void commit() {
        if (finished || journalWritten) {
            throw new IllegalStateException("transaction in " + root + " is already committed or closed");
        }
        List<Diagnostic> readOnly = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Path target = targets.get(i);
            if (!Files.exists(staging.resolve(NEW).resolve(Integer.toString(i)), LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("nothing was written for " + target);
            }
            readOnlyProblem(target).ifPresent(readOnly::add);
        }
        if (!readOnly.isEmpty()) {
            throw new DiagnosticException(readOnly);
        }
        try {
            for (Path target : targets) {
                Files.createDirectories(target.getParent());
            }
            writeJournal();
            steps.accept("journal");
            List<Path> done = new ArrayList<>();
            try {
                for (int i = 0; i < targets.size(); i++) {
                    moveIn(staging, i, targets.get(i));
                    done.add(targets.get(i));
                }
            } catch (IOException | RuntimeException e) {
                rollBack(done.size() + 1);
                throw e;
            }
            finished = true;
            steps.accept("committed");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root + ": " + e.getMessage(), e);
        } finally {
            if (finished) {
                release();
                deleteQuietly(staging);
            }
        }
    }

    /**
     * Deletes what was staged when the transaction was not committed. After a commit that stopped half-way (an
     * {@link Error} thrown while moving), the staging folder is left for the next {@link #recover(Path)}.
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        release();
        if (!journalWritten) {
            deleteQuietly(staging);
        }
    }

    /**
     * Finishes the transactions that committed under {@code root} but did not end (the process was killed while
     * moving), and deletes the staging folders of transactions that died before committing. Staging folders of
     * live transactions are left alone.
     */
    public static void recover(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> stagings;
        try (Stream<Path> entries = Files.list(absolute)) {
            stagings = entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + absolute + ": " + e.getMessage(), e);
        }
        for (Path staging : stagings) {
            try {
                recoverOne(absolute, staging);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot finish the interrupted write in " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Calls {@code listener} at each step of every commit ({@code journal}, {@code aside:<n>}, {@code moved:<n>},
     * {@code committed}): a fault-injection hook for tests, which stop a commit half-way by throwing an
     * {@link Error} or halting the JVM there. {@code null} removes it.
     */
    public static void onStep(Consumer<String> listener) {
        steps = listener == null ? step -> {} : listener;
    }

    private static void recoverOne(Path root, Path staging) throws IOException {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (FileChannel channel = openOwner(staging)) {
            FileLock lock;
            try {
                lock = channel == null ? null : channel.tryLock();
                if (channel != null && lock == null) {
                    return;
                }
            } catch (OverlappingFileLockException e) {
                return;
            }
            try {
                Path journal = staging.resolve(JOURNAL);
                if (Files.isRegularFile(journal)) {
                    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
                    for (String line : lines) {
                        int tab = line.indexOf('\t');
                        int index = Integer.parseInt(line.substring(0, tab));
                        moveIn(
                                staging,
                                index,
                                root.resolve(line.substring(tab + 1)).normalize());
                    }
                }
            } finally {
                if (lock != null) {
                    lock.release();
                }
            }
        }
        deleteQuietly(staging);
    }

    private static FileChannel openOwner(Path staging) throws IOException {
        try {
            return FileChannel.open(staging.resolve(OWNER), StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Moves the new version {@code index} in, the old one aside first; does nothing when already done. */
    private static void moveIn(Path staging, int index, Path target) throws IOException {
        Path fresh = staging.resolve(NEW).resolve(Integer.toString(index));
        if (!Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path aside = staging.resolve(OLD).resolve(Integer.toString(index));
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " changed while it was being replaced");
            }
            Files.createDirectories(aside.getParent());
            AtomicFiles.move(target, aside, false);
            steps.accept("aside:" + index);
        }
        AtomicFiles.move(fresh, target, false);
        steps.accept("moved:" + index);
    }

    /** Puts the old versions of the first {@code count} targets back and drops the journal. */
    private void rollBack(int count) {
        try {
            for (int i = Math.min(count, targets.size()) - 1; i >= 0; i--) {
                Path target = targets.get(i);
                Path fresh = staging.resolve(NEW).resolve(Integer.toString(i));
                Path aside = staging.resolve(OLD).resolve(Integer.toString(i));
                if (!Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFiles.move(target, fresh, false);
                }
                if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFiles.move(aside, target, false);
                }
            }
            Files.delete(staging.resolve(JOURNAL));
            journalWritten = false;
        } catch (IOException | RuntimeException e) {
            // The journal stays: the next recover() finishes the commit instead.
        }
    }

    private void writeJournal() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < targets.size(); i++) {
            String relative = root.relativize(targets.get(i)).toString().replace('\\', '/');
            if (relative.indexOf('\n') >= 0 || relative.indexOf('\r') >= 0) {
                throw new IOException("cannot journal a path with a line break: " + relative);
            }
            sb.append(i).append('\t').append(relative).append('\n');
        }
        Path temp = staging.resolve(JOURNAL + ".tmp");
        Files.writeString(temp, sb, StandardCharsets.UTF_8);
        AtomicFiles.move(temp, staging.resolve(JOURNAL), false);
        journalWritten = true;
    }

    private static java.util.Optional<Diagnostic> readOnlyProblem(Path target) {
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !writable(target)) {
            return java.util.Optional.of(Diagnostic.error(
                    target.toString(),
                    0,
                    0,
                    "read-only",
                    "is read-only, so careguide changed nothing; make it writable and run again"));
        }
        if (folder != null && !writable(folder)) {
            return java.util.Optional.of(Diagnostic.error(
                    folder.toString(),
                    0,
                    0,
                    "read-only",
                    "folder is read-only, so careguide changed nothing; make it writable and run again"));
        }
        return java.util.Optional.empty();
    }

    /** Writable for its owner: the permission bits where the file system has them (root ignores them). */
    private static boolean writable(Path path) {
        PosixFileAttributeView posix =
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null && !Files.isSymbolicLink(path)) {
            try {
                return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            } catch (IOException e) {
                return false;
            }
        }
        return Files.isSymbolicLink(path) || Files.isWritable(path);
    }

    private void release() {
        try {
            if (ownerLock.isValid()) {
                ownerLock.release();
            }
            ownerChannel.close();
        } catch (IOException e) {
            // The lock goes with the channel or the process.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            AtomicFiles.deleteRecursively(path);
        } catch (UncheckedIOException e) {
            // A later recover() deletes what is left.
        }
    }
}
