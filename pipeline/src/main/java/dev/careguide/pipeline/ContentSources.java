package dev.careguide.pipeline;

import dev.careguide.i18n.CatalogPaths;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.ItemIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the guides of a content folder: each {@code <guide-id>.txt} directly inside is a guide of one article,
 * each {@code <guide-id>/} folder of {@code .txt} files is a guide of those articles sorted by file name.
 * Guide ids must be kebab-case ASCII of at most {@value ItemIds#MAX_LENGTH} characters, other than {@code ui}
 * (the UI messages' catalog folder) and the names Windows reserves for devices ({@code con}, {@code nul},
 * {@code com1}, ...), since each names folders and files; hidden files are skipped.
 */
public final class ContentSources {

    private static final Pattern GUIDE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String EXTENSION = ".txt";

    private ContentSources() {}

    /** File names Windows keeps for devices, in any case and with any extension. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    /** Whether {@code id} is a valid guide id ({@code leg-cramps-pregnancy}). */
    public static boolean isGuideId(String id) {
        return guideIdProblem(id) == null;
    }

    /** Why {@code id} cannot be a guide id, or {@code null} when it can. */
    public static String guideIdProblem(String id) {
        if (!GUIDE_ID.matcher(id).matches()) {
            return "guide id '" + id + "' must be kebab-case ASCII (lower-case letters, digits and single hyphens), "
                    + "e.g. leg-cramps-pregnancy";
        }
        if (id.length() > ItemIds.MAX_LENGTH) {
            return "guide id '" + id + "' is " + id.length() + " characters long, more than the " + ItemIds.MAX_LENGTH
                    + " allowed; shorten the file or folder name";
        }
        if (id.equals(CatalogPaths.UI)) {
            return "guide id 'ui' is reserved for the UI messages' catalogs (src/main/i18n/ui); rename the article";
        }
        if (WINDOWS_RESERVED.matcher(id).matches()) {
            return "guide id '" + id + "' is a file name Windows reserves for a device, so its catalogs could not be"
                    + " checked out there; rename the article";
        }
        return null;
    }

    /**
     * The guides in {@code sourceDirectory}, sorted by id.
     *
     * @throws DiagnosticException when the folder is missing or holds no guide, a name is not kebab-case, a
     *         guide folder has no articles, or a file is not a {@code .txt} article
     */
    public static List<GuideSource> scan(Path sourceDirectory) {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new DiagnosticException(Diagnostic.error(
                    sourceDirectory.toString(),
                    0,
                    0,
                    "no-content",
                    "content folder " + sourceDirectory + " does not exist"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<GuideSource> guides = new ArrayList<>();
        for (Path entry : sortedEntries(sourceDirectory)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                List<Path> documents = new ArrayList<>();
                for (Path file : sortedEntries(entry)) {
                    if (isArticle(file)) {
                        documents.add(file);
                    } else {
                        problems.add(Diagnostic.error(
                                file.toString(),
                                0,
                                0,
                                "not-an-article",
                                "guide folder " + name + " may hold only .txt articles; found " + file.getFileName()));
                    }
                }
                if (documents.isEmpty()) {
                    problems.add(Diagnostic.error(
                            entry.toString(), 0, 0, "empty-guide", "guide folder " + name + " holds no .txt article"));
                }
                addGuide(name, entry, documents, guides, problems);
            } else if (isArticle(entry)) {
                addGuide(
                        name.substring(0, name.length() - EXTENSION.length()), entry, List.of(entry), guides, problems);
            } else {
                problems.add(Diagnostic.error(
                        entry.toString(),
                        0,
                        0,
                        "not-an-article",
                        "the content folder may hold only <guide-id>.txt articles and <guide-id>/ folders; found "
                                + name));
            }
        }
        if (problems.isEmpty() && guides.isEmpty()) {
            problems.add(Diagnostic.error(
                    sourceDirectory.toString(),
                    0,
                    0,
                    "no-content",
                    "content folder " + sourceDirectory + " holds no <guide-id>.txt article or <guide-id>/ folder"));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        guides.sort(Comparator.comparing(GuideSource::id));
        return guides;
    }

    private static void addGuide(
            String id, Path entry, List<Path> documents, List<GuideSource> guides, List<Diagnostic> problems) {
        String problem = guideIdProblem(id);
        if (problem != null) {
            problems.add(Diagnostic.error(entry.toString(), 0, 0, "guide-id", problem));
            return;
        }
        if (guides.stream().anyMatch(g -> g.id().equals(id))) {
            problems.add(Diagnostic.error(
                    entry.toString(),
                    0,
                    0,
                    "duplicate-guide",
                    "guide " + id + " is given both as " + id + EXTENSION + " and as folder " + id + "/"));
            return;
        }
        if (!documents.isEmpty()) {
            guides.add(new GuideSource(id, documents));
        }
    }

    private static boolean isArticle(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(EXTENSION);
    }

    private static List<Path> sortedEntries(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
