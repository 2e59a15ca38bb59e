package dev.careguide.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One guide of a content project: its kebab-case id and its article files, in import order. */
public record GuideSource(String id, List<Path> documents) {

    public GuideSource {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
    }
}
