package dev.careguide.pipeline;

import dev.careguide.model.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The identity of one build's inputs: a SHA-256 of every input file (content, rules, glossary, editorial
 * file, id registry, catalogs) and of the effective configuration with the generator version. A build whose fingerprint
 * equals the stored one of the last good build has nothing to do.
 *
 * @param digest hex SHA-256 over {@link #text()}
 * @param text   the readable listing that was hashed: configuration lines, then {@code sha256  path} per input
 */
public record Fingerprint(String digest, String text) {

    /** The fingerprint of a configuration and its input files as they are on disk now. */
    public static Fingerprint of(PipelineConfig config) {
        ProjectLayout layout = config.layout();
        Path base = layout.baseDir();
        Map<String, String> inputs = new TreeMap<>();
        addTree(base, layout.sourceDirectory(), inputs);
        addTree(base, layout.i18nDirectory(), inputs);
        layout.rules().ifPresent(p -> addFile(base, p, inputs));
        layout.glossary().ifPresent(p -> addFile(base, p, inputs));
        layout.editorial().ifPresent(p -> addFile(base, p, inputs));
        if (Files.isRegularFile(layout.idsFile())) {
            addFile(base, layout.idsFile(), inputs);
        }
        StringBuilder text = new StringBuilder(config.describe());
        inputs.forEach(
                (path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        String listing = text.toString();
        return new Fingerprint(sha256(listing.getBytes(StandardCharsets.UTF_8)), listing);
    }

    /** The fingerprint stored in {@code file} by {@link #store(Path)}, if the file exists. */
    public static Optional<String> storedDigest(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
            return first.startsWith("sha256 ") ? Optional.of(first.substring(7).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes this fingerprint (digest line, then the listing) to {@code file}, atomically. */
    public void store(Path file) {
        AtomicFiles.write(file, "sha256 " + digest + "\n" + text);
    }

    private static void addTree(Path base, Path root, Map<String, String> inputs) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files.filter(Files::isRegularFile).forEach(f -> addFile(base, f, inputs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static void addFile(Path base, Path file, Map<String, String> inputs) {
        Path absolute = base.resolve(file).normalize();
        String name = (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
        inputs.put(name, fileSha256(absolute));
    }

    private static String fileSha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newSha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
