package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What an {@link Exporter} writes into: the options and a way to create files inside the (temporary) bundle
 * directory. Every file created here is listed in the manifest with its media type. Files may be created from
 * several threads at once when the list of created files given to it is thread-safe.
 */
public final class ExportContext {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path root;
    private final ExportOptions options;
    private final String format;
    private final List<BundleFile> created;
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();

    ExportContext(Path root, ExportOptions options, String format, List<BundleFile> created) {
        this.root = root;
        this.options = options;
        this.format = format;
        this.created = created;
    }

    public ExportOptions options() {
        return options;
    }

    /**
     * Creates a new file for a guide's locale; {@code relativePath} uses {@code /}, must stay inside the bundle
     * and must not exist yet. The caller closes the stream; size and SHA-256 are taken while writing and the
     * file is listed in the manifest once closed.
     */
    public OutputStream create(LocalizedGuide guide, String relativePath, String mediaType) throws IOException {
        Path file = resolve(relativePath);
        Path dir = file.getParent();
        if (!directories.contains(dir)) {
            Files.createDirectories(dir);
            directories.add(dir);
        }
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new RecordingStream(
                out,
                size -> created.add(new BundleFile(
                        relativePath, mediaType, size.bytes(), size.sha256(), guide.guide(), guide.locale(), format)));
    }

    /** The conventional path of a guide's file: {@code <dir>/<locale>/<guide-id><suffix>}. */
    public static String path(String dir, LocalizedGuide guide, String suffix) {
        return dir + "/" + guide.locale() + "/" + guide.guide() + suffix;
    }

    private Path resolve(String relativePath) {
        String[] segments = relativePath.split("/", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches() || s.contains("..")) {
                throw new DiagnosticException(Diagnostic.error(
                        relativePath,
                        0,
                        0,
                        "bundle-path",
                        "exporter '" + format
                                + "' asked for a file path outside the bundle or with unsafe characters"));
            }
        }
        return root.resolve(relativePath);
    }

    /** What a closed file holds: its size and SHA-256. */
    private record Written(long bytes, String sha256) {}

    /** Buffers, counts and digests what an exporter writes; reports it once when closed. */
    private static final class RecordingStream extends FilterOutputStream {
        private final MessageDigest digest = BundleFiles.digest();
        private final Consumer<Written> onClose;
        private long bytes;
        private boolean closed;

        RecordingStream(OutputStream out, Consumer<Written> onClose) {
            super(new BufferedOutputStream(out, 16 * 1024));
            this.onClose = onClose;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            super.close();
            onClose.accept(new Written(bytes, HexFormat.of().formatHex(digest.digest())));
        }
    }
}
