package dev.careguide.importer;

/** What one sentence contributes, as decided by {@link SentenceClassifier}. */
enum SentenceRole {
    CAUSE, REMEDY, EXERCISE, WARNING, NUTRIENT_SOURCE, BACKGROUND, CONTINUATION
}
