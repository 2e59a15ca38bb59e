package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a content project keeps its files: the article folder, the translator catalogs, the output folder, the
 * content team's optional rules, glossary and editorial files, and the id registry. Relative paths are taken
 * against {@code baseDir}; {@link #resolved()} makes them absolute and rejects any that lead out of the project.
 *
 * <p>The optional files ({@code rulesFile}, {@code glossaryFile}, {@code editorialFile}) may be {@code null};
 * the {@link #defaults(Path) default} locations are used only when a file exists there. The id registry
 * ({@code idsFile}) always has a path: commands read it when it exists and {@code sync} writes it there.
 */
public record ProjectLayout(
        Path baseDir,
        Path sourceDirectory,
        Path i18nDirectory,
        Path outputDirectory,
        Path rulesFile,
        Path glossaryFile,
        Path editorialFile,
        Path idsFile) {

    /** Default article folder, relative to the project. */
    public static final String DEFAULT_SOURCE_DIRECTORY = "src/main/content";
    /** Default catalog folder, relative to the project. */
    public static final String DEFAULT_I18N_DIRECTORY = "src/main/i18n";
    /** Default output folder, relative to the project. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "target/careguide";
    /** Default rules file, used when it exists. */
    public static final String DEFAULT_RULES_FILE = "src/main/careguide/rules.yaml";
    /** Default glossary file, used when it exists. */
    public static final String DEFAULT_GLOSSARY_FILE = "src/main/careguide/glossary.yaml";
    /** Default editorial file, used when it exists. */
    public static final String DEFAULT_EDITORIAL_FILE = "src/main/careguide/editorial.yaml";
    /** Default id registry: read when it exists, written by sync. */
    public static final String DEFAULT_IDS_FILE = "src/main/careguide/ids.json";

    public ProjectLayout {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(i18nDirectory, "i18nDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(idsFile, "idsFile");
    }

    /** A layout with the default id registry file beside the other team files. */
    public ProjectLayout(
            Path baseDir,
            Path sourceDirectory,
            Path i18nDirectory,
            Path outputDirectory,
            Path rulesFile,
            Path glossaryFile,
            Path editorialFile) {
        this(
                baseDir,
                sourceDirectory,
                i18nDirectory,
                outputDirectory,
                rulesFile,
                glossaryFile,
                editorialFile,
                baseDir.resolve(DEFAULT_IDS_FILE));
    }

    /**
     * The conventional layout of a project in {@code baseDir}: {@code src/main/content}, {@code src/main/i18n},
     * {@code target/careguide}, {@code src/main/careguide/{rules,glossary,editorial}.yaml} for each of those
     * files that exists, and the id registry {@code src/main/careguide/ids.json} (whether or not it exists yet).
     */
    public static ProjectLayout defaults(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        return new ProjectLayout(
                base,
                base.resolve(DEFAULT_SOURCE_DIRECTORY),
                base.resolve(DEFAULT_I18N_DIRECTORY),
                base.resolve(DEFAULT_OUTPUT_DIRECTORY),
                existing(base.resolve(DEFAULT_RULES_FILE)),
                existing(base.resolve(DEFAULT_GLOSSARY_FILE)),
                existing(base.resolve(DEFAULT_EDITORIAL_FILE)),
                base.resolve(DEFAULT_IDS_FILE));
    }

    public ProjectLayout withSourceDirectory(Path path) {
        return new ProjectLayout(
                baseDir, path, i18nDirectory, outputDirectory, rulesFile, glossaryFile, editorialFile, idsFile);
    }

    public ProjectLayout withI18nDirectory(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, path, outputDirectory, rulesFile, glossaryFile, editorialFile, idsFile);
    }

    public ProjectLayout withOutputDirectory(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, i18nDirectory, path, rulesFile, glossaryFile, editorialFile, idsFile);
    }

    public ProjectLayout withRulesFile(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, i18nDirectory, outputDirectory, path, glossaryFile, editorialFile, idsFile);
    }

    public ProjectLayout withGlossaryFile(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, i18nDirectory, outputDirectory, rulesFile, path, editorialFile, idsFile);
    }

    public ProjectLayout withEditorialFile(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, i18nDirectory, outputDirectory, rulesFile, glossaryFile, path, idsFile);
    }

    /** This layout with another id registry file (it need not exist: sync creates it). */
    public ProjectLayout withIdsFile(Path path) {
        return new ProjectLayout(
                baseDir, sourceDirectory, i18nDirectory, outputDirectory, rulesFile, glossaryFile, editorialFile, path);
    }

    public Optional<Path> rules() {
        return Optional.ofNullable(rulesFile);
    }

    public Optional<Path> glossary() {
        return Optional.ofNullable(glossaryFile);
    }

    public Optional<Path> editorial() {
        return Optional.ofNullable(editorialFile);
    }

    /**
     * {@code <i18n>/memory.tmx}: the translation memory {@code tmx import} fills and sync draws suggestions from,
     * kept with the catalogs.
     */
    public Path memoryFile() {
        return i18nDirectory.resolve("memory.tmx");
    }

    /** {@code <out>/model}: one folder per guide with {@code model.json} and {@code import-report.json}. */
    public Path modelDirectory() {
        return outputDirectory.resolve("model");
    }

    /** {@code <out>/check}: {@code check-report.json} and {@code check-report.sarif}. */
    public Path checkDirectory() {
        return outputDirectory.resolve("check");
    }

    /** {@code <out>/bundle}: the bundle directory apps ship. */
    public Path bundleDirectory() {
        return outputDirectory.resolve("bundle");
    }

    /** {@code <out>/site}: the review site ({@code index.html} and its pages). */
    public Path siteDirectory() {
        return outputDirectory.resolve("site");
    }

    /** {@code <out>/careguide-bundle.zip}: the deterministic zip of the bundle. */
    public Path bundleZip() {
        return outputDirectory.resolve("careguide-bundle.zip");
    }

    /** {@code <out>/.careguide-fingerprint}: the hash of inputs and configuration of the last good build. */
    public Path fingerprintFile() {
        return outputDirectory.resolve(".careguide-fingerprint");
    }

    /**
     * This layout with every path absolute and normalized against {@code baseDir}.
     *
     * @throws ConfigurationException naming each path that leads outside {@code baseDir} (also through a symbolic
     *         link), an optional file that was given but does not exist or is not a regular file, and an output
     *         folder that is or is inside the content or i18n folder
     */
    public ProjectLayout resolved() {
        Path base = baseDir.toAbsolutePath().normalize();
        List<Diagnostic> problems = new ArrayList<>();
        ProjectLayout layout = new ProjectLayout(
                base,
                inside(base, "sourceDirectory", sourceDirectory, problems),
                inside(base, "i18nDirectory", i18nDirectory, problems),
                inside(base, "outputDirectory", outputDirectory, problems),
                optionalFile(base, "rulesFile", rulesFile, problems),
                optionalFile(base, "glossaryFile", glossaryFile, problems),
                optionalFile(base, "editorialFile", editorialFile, problems),
                inside(base, "idsFile", idsFile, problems));
        overlap(layout.outputDirectory(), "outputDirectory", layout.sourceDirectory(), "sourceDirectory", problems);
        overlap(layout.outputDirectory(), "outputDirectory", layout.i18nDirectory(), "i18nDirectory", problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return layout;
    }

    /**
     * Refuses an output folder inside (or equal to) a source folder: careguide replaces what it writes there, and
     * would read its own output back as content or catalogs.
     */
    private static void overlap(
            Path output, String outputName, Path source, String sourceName, List<Diagnostic> problems) {
        Path out = real(output);
        Path src = real(source);
        if (out.startsWith(src)) {
            String how = out.equals(src) ? "is the same folder as" : "is inside";
            problems.add(Diagnostic.error(
                    output.toString(),
                    0,
                    0,
                    "output-overlaps-source",
                    outputName + " "
                            + output + " " + how + " the " + sourceName + " " + source + "; careguide replaces what it"
                            + " writes there, so choose an output folder apart from the sources (default "
                            + DEFAULT_OUTPUT_DIRECTORY + ")"));
        }
    }

    /** The real path of the longest existing part of {@code path}, with the rest appended. */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static Path optionalFile(Path base, String name, Path path, List<Diagnostic> problems) {
        Path resolved = inside(base, name, path, problems);
        if (resolved != null && !Files.isRegularFile(resolved)) {
            String what = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(resolved)
                    ? " is not a regular file (a device, pipe or socket is never read)"
                    : " does not exist or is not a file";
            problems.add(Diagnostic.error(resolved.toString(), 0, 0, "file-not-found", name + " " + resolved + what));
        }
        return resolved;
    }

    private static Path inside(Path base, String name, Path path, List<Diagnostic> problems) {
        if (path == null) {
            return null;
        }
        Path resolved = base.resolve(path).normalize();
        if (!resolved.startsWith(base) || !realPathInside(base, resolved)) {
            problems.add(Diagnostic.error(
                    path.toString(),
                    0,
                    0,
                    "path-outside-project",
                    name + " " + path + " leads outside the project directory " + base));
        }
        return resolved;
    }

    private static boolean realPathInside(Path base, Path resolved) {
        Path existing = resolved;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return true;
        }
        try {
            Path realBase = Files.exists(base) ? base.toRealPath() : base;
            return existing.toRealPath().startsWith(realBase);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file when something is there (a FIFO or device too, so that {@link #resolved()} refuses it). */
    private static Path existing(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }
}
