package dev.careguide.importer;

import dev.careguide.model.ItemType;
import dev.careguide.model.RemedyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Stage 9, wording: what a reader sees of an item besides its title. The description holds only the item's own
 * sentences (of its clearest wording; repetitions stay in the provenance), at most {@link #MAX_SENTENCES}
 * sentences or {@link #MAX_CHARS} characters; steps exist only for procedures (exercises, first aid, recipes),
 * one action each, in source order; an exercise's dosage is read from any of its sentences.
 */
final class ItemWriter {

    static final int MAX_SENTENCES = 3;
    static final int MAX_CHARS = 300;

    private final DosageParser dosages;

    ItemWriter(DosageParser dosages) {
        this.dosages = dosages;
    }

    void write(Draft d) {
        d.description = description(d.sentences);
        List<String> steps = new ArrayList<>();
        if (isProcedure(d)) {
            for (String s : new LinkedHashSet<>(d.steps)) {
                steps.add(sentence(s));
            }
        }
        d.steps.clear();
        if (steps.size() >= 2) {
            d.steps.addAll(steps);
        }
        if (d.type == ItemType.EXERCISE) {
            d.dosage = dosages.dosage(d.sentences);
        }
    }

    private static boolean isProcedure(Draft d) {
        return d.procedure
                || d.type == ItemType.EXERCISE
                || d.type == ItemType.REMEDY
                        && (d.kind == RemedyKind.FIRST_AID
                                || d.kind == RemedyKind.FOLK
                                || d.kind == RemedyKind.MASSAGE);
    }

    /** The item's sentences as a description within the limits; a first sentence too long is cut at a clause. */
    static String description(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (String raw : new LinkedHashSet<>(sentences)) {
            String s = sentence(raw);
            if (s.isEmpty()) {
                continue;
            }
            if (count == 0 && s.length() > MAX_CHARS) {
                return shortened(s);
            }
            if (count >= MAX_SENTENCES || sb.length() + 1 + s.length() > MAX_CHARS) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
            count++;
        }
        return sb.toString();
    }

    /** A clause or sentence as a sentence: capitalized, ending in a full stop unless it ends in one already. */
    static String sentence(String text) {
        String s = text.strip();
        while (!s.isEmpty()
                && (s.charAt(s.length() - 1) == ','
                        || s.charAt(s.length() - 1) == ';'
                        || s.charAt(s.length() - 1) == ':'
                        || s.charAt(s.length() - 1) == '\u2013'
                        || s.charAt(s.length() - 1) == '\u2014'
                        || s.charAt(s.length() - 1) == '-')) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        if (last != '.'
                && last != '!'
                && last != '?'
                && last != '\u2026'
                && last != '"'
                && last != '\u201D'
                && last != ')') {
            s = s + ".";
        }
        return TitleMaker.capitalize(s);
    }

    /** A sentence longer than the limit, cut after the last clause boundary that fits, marked with an ellipsis. */
    private static String shortened(String s) {
        int limit = MAX_CHARS - 1;
        int cut = -1;
        for (String boundary : new String[] {"; ", ": ", " \u2013 ", " \u2014 ", ", "}) {
            int at = s.lastIndexOf(boundary, limit);
            if (at > MAX_CHARS / 3) {
                cut = at;
                break;
            }
        }
        if (cut < 0) {
            cut = s.lastIndexOf(' ', limit);
        }
        if (cut <= 0) {
            cut = limit;
        }
        return s.substring(0, cut).strip() + "\u2026";
    }
}
