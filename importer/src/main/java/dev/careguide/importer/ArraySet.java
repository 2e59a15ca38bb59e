package dev.careguide.importer;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;

/**
 * A few strings in insertion order, in one array: what a finished {@link Draft} keeps of its lemmas and head
 * nouns, at a tenth of a {@link java.util.LinkedHashSet}'s memory (a long document holds hundreds of thousands of
 * drafts until they are merged). Lookups are linear, which is faster than hashing for the dozen words a draft
 * has. Adding copies the array; removing is not supported.
 */
final class ArraySet extends AbstractSet<String> {

    private static final String[] NONE = {};

    private String[] items;

    private ArraySet(String[] items) {
        this.items = items;
    }

    /** The set's strings in its iteration order; {@code set} itself when it already is one. */
    static ArraySet of(Collection<String> set) {
        return set instanceof ArraySet a ? a : new ArraySet(set.isEmpty() ? NONE : set.toArray(String[]::new));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(items).iterator();
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public boolean contains(Object o) {
        for (String s : items) {
            if (s.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean add(String s) {
        if (contains(s)) {
            return false;
        }
        items = Arrays.copyOf(items, items.length + 1);
        items[items.length - 1] = s;
        return true;
    }
}
