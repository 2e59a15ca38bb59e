package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an {@link Exporter} writes into: the options and a way to create files inside the (temporary) bundle
 * directory. Every file created here is listed in the manifest with its media type.
 */
public final class ExportContext {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path root;
    private final ExportOptions options;
    private final String format;
    private final List<BundleFile> created;

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
     * and must not exist yet. The caller closes the stream.
     */
    public OutputStream create(LocalizedGuide guide, String relativePath, String mediaType) throws IOException {
        Path file = resolve(relativePath);
        Files.createDirectories(file.getParent());
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        created.add(new BundleFile(relativePath, mediaType, 0, null, guide.guide(), guide.locale(), format));
        return out;
    }

    /** The conventional path of a guide's file: {@code <dir>/<locale>/<guide-id><suffix>}. */
    public static String path(String dir, LocalizedGuide guide, String suffix) {
        return dir + "/" + guide.locale() + "/" + guide.guide() + suffix;
    }

    private Path resolve(String relativePath) {
        String[] segments = relativePath.split("/", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches() || s.contains("..")) {
                throw new DiagnosticException(Diagnostic.error(relativePath, 0, 0, "bundle-path",
                        "exporter '" + format + "' asked for a file path outside the bundle or with unsafe characters"));
            }
        }
        return root.resolve(relativePath);
    }
}
