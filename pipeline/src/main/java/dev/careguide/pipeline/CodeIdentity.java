package dev.careguide.pipeline;

import dev.careguide.exporter.BundleWriter;
import dev.careguide.i18n.Localization;
import dev.careguide.importer.GuideImporter;
import dev.careguide.site.ReviewSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the careguide code that produces the outputs (the pipeline, importer, i18n, exporter and site jars or
 * class folders, with their bundled rules), so a snapshot build whose version string did not change still
 * rebuilds a project after the code changed. Released versions are identified by their version alone.
 */
final class CodeIdentity {

    private static final List<Class<?>> MODULES =
            List.of(Pipeline.class, GuideImporter.class, Localization.class, BundleWriter.class, ReviewSite.class);

    private static volatile String cached;

    private CodeIdentity() {}

    /** {@code version}, followed for a {@code -SNAPSHOT} version by a hash of the code. */
    static String of(String version) {
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        String hash = cached;
        if (hash == null) {
            hash = hashModules();
            cached = hash;
        }
        return version + " " + hash;
    }

    private static String hashModules() {
        MessageDigest digest = sha256();
        for (Class<?> module : MODULES) {
            Path location = location(module);
            if (location == null) {
                digest.update(module.getName().getBytes(StandardCharsets.UTF_8));
            } else if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + location, e);
                }
            } else {
                try {
                    digest.update(Files.readAllBytes(location));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + location, e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
