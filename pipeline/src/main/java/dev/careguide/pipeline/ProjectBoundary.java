package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Keeps what careguide reads inside the project: every file and folder under the content and i18n folders that
 * is a symbolic link must lead, through every link on the way, to a path inside the project folder. A link
 * that leads out (to {@code /etc/passwd}, a folder elsewhere, another project's catalogs), a broken link and a
 * loop of links are each an error naming the link and where it points, found before anything is read, so
 * nothing of what such a link points to reaches the model, the reports or the bundle.
 */
final class ProjectBoundary {

    static final String CODE = "link-outside-project";

    private ProjectBoundary() {}

    /** One diagnostic per link under {@code trees} that leads outside {@code baseDir}, is broken or loops. */
    static List<Diagnostic> problems(Path baseDir, List<Path> trees) {
        Path base = realPath(baseDir);
        List<Diagnostic> problems = new ArrayList<>();
        for (Path tree : trees) {
            if (tree != null && Files.isDirectory(tree)) {
                walk(base, tree, problems);
            }
        }
        return problems;
    }

    private static void walk(Path base, Path tree, List<Diagnostic> problems) {
        try {
            Files.walkFileTree(
                    tree, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return check(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            check(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(Diagnostic.error(
                                        file.toString(),
                                        0,
                                        0,
                                        CODE,
                                        "symbolic link loop: " + file + " leads back to a folder that holds it"));
                            } else if (Files.isSymbolicLink(file)) {
                                problems.add(Diagnostic.error(
                                        file.toString(),
                                        0,
                                        0,
                                        CODE,
                                        "broken symbolic link to " + target(file)
                                                + "; careguide reads only files inside the project"));
                            } else {
                                problems.add(Diagnostic.error(
                                        file.toString(), 0, 0, "unreadable", "cannot read: " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        /** Whether a link at {@code path} stays inside; reports it when it does not. */
                        private boolean check(Path path) {
                            if (!Files.isSymbolicLink(path)) {
                                return true;
                            }
                            Path real;
                            try {
                                real = path.toRealPath();
                            } catch (IOException e) {
                                problems.add(Diagnostic.error(
                                        path.toString(),
                                        0,
                                        0,
                                        CODE,
                                        "broken symbolic link to " + target(path)
                                                + "; careguide reads only files inside the project"));
                                return false;
                            }
                            if (real.startsWith(base)) {
                                return true;
                            }
                            problems.add(
                                    Diagnostic.error(
                                            path.toString(),
                                            0,
                                            0,
                                            CODE,
                                            "symbolic link to "
                                                    + target(path)
                                                    + (real.toString().equals(target(path)) ? "" : " (" + real + ")")
                                                    + ", which is outside the project " + base
                                                    + "; careguide reads only files inside the project, so copy the file in instead"));
                            return false;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tree + ": " + e.getMessage(), e);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    private static Path realPath(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
