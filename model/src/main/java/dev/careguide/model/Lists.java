package dev.careguide.model;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Defensive copies for the records' list components. */
final class Lists {

    static final Comparator<Provenance> PROVENANCE_ORDER = Comparator.comparing(Provenance::document)
            .thenComparingInt(Provenance::startLine)
            .thenComparingInt(Provenance::endLine)
            .thenComparing(Provenance::text);

    private Lists() {}

    /** An immutable copy keeping order; {@code null} becomes empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An immutable sorted copy without duplicates, for lists whose order carries no meaning. */
    static List<String> sortedSet(List<String> list) {
        return list == null ? List.of() : List.copyOf(new TreeSet<>(list));
    }

    /** Provenance sorted by document and line; {@code null} becomes empty. */
    static List<Provenance> provenance(List<Provenance> list) {
        return list == null
                ? List.of()
                : list.stream().sorted(PROVENANCE_ORDER).distinct().toList();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static ReviewStatus review(ReviewStatus r) {
        return r == null ? ReviewStatus.DRAFT : r;
    }
}
