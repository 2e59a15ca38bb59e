package dev.careguide.model;

import java.util.Objects;

/** One problem {@link GuideValidator} found: the JSON path of the offending value in model.json and what is wrong. */
public record ValidationProblem(String path, String message) {

    public ValidationProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
