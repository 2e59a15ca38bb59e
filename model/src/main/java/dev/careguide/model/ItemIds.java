package dev.careguide.model;

import java.util.regex.Pattern;

/**
 * Item ids: a type prefix, a dot and a kebab-case slug of ASCII lower-case letters and digits,
 * e.g. {@code cause.flat-feet}, at most 80 characters.
 */
public final class ItemIds {

    /** Longest id allowed. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ItemIds() {}

    /** True when {@code slug} is non-empty kebab-case ASCII. */
    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    /** True when {@code id} is a valid id of the given type. */
    public static boolean isValid(String id, ItemType type) {
        if (id == null || id.length() > MAX_LENGTH || !id.startsWith(type.prefix() + ".")) {
            return false;
        }
        return isValidSlug(id.substring(type.prefix().length() + 1));
    }

    /** The id of type {@code type} with the given slug. */
    public static String of(ItemType type, String slug) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("not a kebab-case slug: '" + slug + "'");
        }
        return type.prefix() + "." + slug;
    }

    /** The slug of an id (the part after the type prefix). */
    public static String slug(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(dot + 1);
    }
}
