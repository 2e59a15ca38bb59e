package dev.careguide.importer;

/** The structural kind of a source block. */
enum BlockKind {
    /** A short bare line, a question line or a "Title: ..." line. */
    HEADING,
    /** A line ending with ':' that introduces what follows ("It can happen due to:"). */
    LEAD_IN,
    PARAGRAPH,
    /** An item of a list marked with a bullet such as •, - or *. */
    BULLET,
    /** An item of a numbered list ("1." or "1)") indented or packed with its siblings. */
    NUMBERED,
    /** A numbered paragraph standing alone ("1. Hypothermia or vice versa, overheating. ..."). */
    NUMBERED_PARAGRAPH,
    /** A figure caption ("Figure 1 - ..."), or the rule line of a table. */
    CAPTION,
    /** A row of a table pasted as text, its cells split by '|' or tabs. */
    TABLE_ROW,
    /** An entry of a table of contents pasted before the text: it repeats a heading further down. */
    CONTENTS;

    boolean isListItem() {
        return this == BULLET || this == NUMBERED || this == NUMBERED_PARAGRAPH || this == TABLE_ROW;
    }
}
