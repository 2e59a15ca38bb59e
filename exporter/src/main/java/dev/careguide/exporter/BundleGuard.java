package dev.careguide.exporter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells a careguide bundle from any other folder, so a wrong output path never deletes someone's files: a
 * folder is replaced only when it is empty, or when its {@code manifest.json} is a careguide manifest (a
 * {@code formatVersion} and a {@code files} list) and it holds no file that manifest does not list. A zip is
 * replaced only when it is a zip file. Also deletes what runs of earlier careguide versions left when killed.
 */
final class BundleGuard {

    private static final String CODE = "bundle-target";
    private static final Pattern FORMAT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private BundleGuard() {}

    /** Why {@code bundleDir} must not be replaced; empty when it is missing, empty or a careguide bundle. */
    static List<Diagnostic> problems(Path bundleDir) {
        String reason = reason(bundleDir);
        if (reason == null) {
            return List.of();
        }
        return List.of(Diagnostic.error(
                bundleDir.toString(),
                0,
                0,
                CODE,
                "is not a careguide bundle (" + reason
                        + "); careguide replaces only a bundle it wrote, so it changed nothing: choose another output"
                        + " folder, or move this one away yourself"));
    }

    /** Why {@code zip} must not be replaced; empty when it is missing or a zip file. */
    static List<Diagnostic> zipProblems(Path zip) {
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS) || !isZip(zip)) {
            return List.of(
                    Diagnostic.error(
                            zip.toString(),
                            0,
                            0,
                            CODE,
                            "exists and is not a zip file careguide"
                                    + " wrote, so careguide changed nothing: choose another output folder, or move it away yourself"));
        }
        return List.of();
    }

    /**
     * Deletes the temporary folders and files that careguide versions before the {@code FileTransaction} left
     * in {@code root} when they were killed ({@code .bundle.old-*}, {@code .bundle.tmp-*},
     * {@code .careguide-bundle.zip.*.tmp}).
     */
    static void deleteLeftovers(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.matches("\\.bundle\\.(old|tmp)-[a-z0-9]+")
                        || name.matches("\\.careguide-bundle\\.zip\\.[0-9a-f-]{36}\\.tmp")) {
                    AtomicFiles.deleteRecursively(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static String reason(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(dir)) {
            return "it is a symbolic link";
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "it is a file, not a folder";
        }
        try {
            List<Path> entries = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> !p.equals(dir)).forEach(entries::add);
            }
            if (entries.isEmpty()) {
                return null;
            }
            Path manifestFile = dir.resolve("manifest.json");
            if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
                return "it has no manifest.json";
            }
            JsonNode manifest;
            try (InputStream in = Files.newInputStream(manifestFile)) {
                manifest = BundleJson.JSON.readTree(in);
            } catch (IOException e) {
                return "its manifest.json is not valid JSON";
            }
            if (manifest == null
                    || !manifest.path("formatVersion").isTextual()
                    || !FORMAT_VERSION
                            .matcher(manifest.path("formatVersion").asText())
                            .matches()
                    || !manifest.path("files").isArray()) {
                return "its manifest.json has no careguide formatVersion and files list";
            }
            Set<String> listed = new HashSet<>();
            manifest.path("files").forEach(f -> listed.add(f.path("path").asText()));
            for (Path entry : entries) {
                String relative = dir.relativize(entry).toString().replace('\\', '/');
                if (Files.isSymbolicLink(entry)) {
                    return "it holds the symbolic link " + relative;
                }
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && !relative.equals("manifest.json")
                        && !listed.contains(relative)) {
                    return "it holds " + relative + ", which its manifest.json does not list";
                }
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return "it holds " + relative + ", which is not a file";
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            return "it cannot be read: " + e.getMessage();
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4
                    && head[0] == 'P'
                    && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
        } catch (IOException e) {
            return false;
        }
    }
}
