package dev.careguide.importer;

/**
 * The word classes the importer reasons with. A {@link LanguageProfile} maps its tagger's part-of-speech tags to
 * these, so the grammar rules read the same in every language.
 */
enum Pos {
    VERB,
    AUXILIARY,
    NOUN,
    ADJECTIVE,
    ADVERB,
    PRONOUN,
    DETERMINER,
    ADPOSITION,
    COORDINATOR,
    SUBORDINATOR,
    PARTICLE,
    NUMBER,
    PUNCTUATION,
    OTHER;

    /** Words that carry content: nouns, verbs, adjectives, adverbs and numbers. */
    boolean isContent() {
        return this == VERB || this == NOUN || this == ADJECTIVE || this == ADVERB || this == NUMBER;
    }

    boolean isVerbal() {
        return this == VERB || this == AUXILIARY;
    }
}
