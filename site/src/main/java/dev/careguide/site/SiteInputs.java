package dev.careguide.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the review site reads from: a content project's articles and catalogs, and the outputs of its last good
 * build (models with their import reports, the check report, the bundle). Every path is absolute.
 *
 * @param project         the name shown on the pages (the project folder's name)
 * @param baseDir         the project folder; {@code file:line} references are written relative to it
 * @param sourceDirectory the articles (provenance names documents relative to it)
 * @param i18nDirectory   the translators' catalogs
 * @param modelDirectory  {@code <guide-id>/model.json} and {@code import-report.json} per guide
 * @param checkReport     the check report ({@code check-report.json})
 * @param bundleDirectory the exported bundle, read as an app reads it
 * @param editorialFile   the editorial file the decisions came from, or {@code null}
 */
public record SiteInputs(
        String project,
        Path baseDir,
        Path sourceDirectory,
        Path i18nDirectory,
        Path modelDirectory,
        Path checkReport,
        Path bundleDirectory,
        Path editorialFile) {

    public SiteInputs {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(i18nDirectory, "i18nDirectory");
        Objects.requireNonNull(modelDirectory, "modelDirectory");
        Objects.requireNonNull(checkReport, "checkReport");
        Objects.requireNonNull(bundleDirectory, "bundleDirectory");
    }

    /** {@code path} relative to the project with {@code /}, as problems and the pages name files. */
    String relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }
}
