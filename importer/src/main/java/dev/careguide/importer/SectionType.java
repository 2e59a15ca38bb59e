package dev.careguide.importer;

import dev.careguide.model.RemedyKind;

/** What a section of an article is about, as decided from its heading (or a lead-in line) and the rules. */
enum SectionType {
    CAUSES("causes", null),
    FIRST_AID("first-aid", RemedyKind.FIRST_AID),
    PREVENTION("prevention", RemedyKind.PREVENTION),
    TREATMENT("treatment", RemedyKind.TREATMENT),
    NUTRITION("nutrition", RemedyKind.NUTRITION),
    EXERCISES("exercises", RemedyKind.PREVENTION),
    MASSAGE("massage", RemedyKind.MASSAGE),
    LIFESTYLE("lifestyle", RemedyKind.LIFESTYLE),
    FOLK("folk", RemedyKind.FOLK),
    SPECIALISTS("specialists", null),
    WARNINGS("warnings", null),
    /** A section whose heading names no type but whose text gives advice; the kind comes from each item. */
    ADVICE("advice", null),
    NONE("none", null);

    private final String wireName;
    private final RemedyKind remedyKind;

    SectionType(String wireName, RemedyKind remedyKind) {
        this.wireName = wireName;
        this.remedyKind = remedyKind;
    }

    String wireName() {
        return wireName;
    }

    /** The kind a remedy standing in this section gets unless its content says otherwise; null if none. */
    RemedyKind remedyKind() {
        return remedyKind;
    }

    boolean isRemedySection() {
        return remedyKind != null || this == ADVICE;
    }

    static SectionType fromWireName(String name) {
        for (SectionType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
