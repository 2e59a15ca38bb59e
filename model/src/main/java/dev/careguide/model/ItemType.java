package dev.careguide.model;

/** The types of item in a guide; each id starts with its type's prefix ({@code cause.flat-feet}). */
public enum ItemType {
    CAUSE("cause", "causes"),
    REMEDY("remedy", "remedies"),
    EXERCISE("exercise", "exercises"),
    SPECIALIST("specialist", "specialists"),
    NUTRIENT_SOURCE("nutrient", "nutrientSources"),
    WARNING_SIGN("warning", "warningSigns");

    /** The types, for lookups that should not copy {@link #values()} each time (a catalog asks once per key). */
    private static final ItemType[] VALUES = values();

    private final String prefix;
    private final String listName;

    ItemType(String prefix, String listName) {
        this.prefix = prefix;
        this.listName = listName;
    }

    /** The id namespace, e.g. {@code cause}. */
    public String prefix() {
        return prefix;
    }

    /** The name of the guide's array holding items of this type, e.g. {@code causes}. */
    public String listName() {
        return listName;
    }

    /** The type whose prefix starts the given id, or {@code null}. */
    public static ItemType ofId(String id) {
        if (id == null) {
            return null;
        }
        int dot = id.indexOf('.');
        if (dot < 0) {
            return null;
        }
        for (ItemType t : VALUES) {
            if (t.prefix.length() == dot && id.startsWith(t.prefix)) {
                return t;
            }
        }
        return null;
    }
}
