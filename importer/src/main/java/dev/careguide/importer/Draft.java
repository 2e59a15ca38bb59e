package dev.careguide.importer;

import dev.careguide.model.CauseCategory;
import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.util.ArrayList;
import java.util.List;

/**
 * An item while it is being built: its type, the section it came from, its title and cleaned sentences, and the
 * verbatim source spans. Mutable, used only inside one import; later stages (merge, ids, safety, defects) fill in
 * the rest before it becomes a model record.
 */
final class Draft {

    ItemType type;
    final SectionType section;
    String title;
    final List<String> sentences = new ArrayList<>();
    final List<Provenance> provenance = new ArrayList<>();
    final List<String> mergedTitles = new ArrayList<>();
    /** First source of each draft merged into this one, for the report. */
    final List<String> mergedSources = new ArrayList<>();
    /** Content words of the text so far while the draft is open, kept up to date by {@link #add}; else null. */
    private java.util.Set<String> words;
    final List<String> foods = new ArrayList<>();
    String nutrient;
    RemedyKind kind;
    CauseCategory category;
    Safety safety = Safety.OK;
    ReviewStatus review = ReviewStatus.DRAFT;
    /** Set by extraction or the editorial file; null: {@link ModelAssembler} joins the sentences. */
    String description;
    /** Set by extraction or the editorial file; null: {@link ModelAssembler} takes the sentences. */
    List<String> steps;
    /** An exercise's dosage set by extraction or the editorial file; null: parsed from the steps. */
    dev.careguide.model.Dosage dosage;
    /** A remedy's specialist ids set by the editorial file; null: the specialists its text names. */
    List<String> specialists;
    String id;
    /** Position of first appearance: document index and line, for stable ordering. */
    final int documentIndex;
    final int firstLine;
    boolean flagged;
    /** The list this draft is an item of (items of one list are distinct by design); 0 when none. */
    int list;

    Draft(ItemType type, SectionType section, String title, int documentIndex, int firstLine) {
        this.type = type;
        this.section = section;
        this.title = title;
        this.documentIndex = documentIndex;
        this.firstLine = firstLine;
    }

    /** Adds a sentence and its source span. */
    void add(String sentence, Provenance span, ImportRules rules) {
        sentences.add(sentence);
        provenance.add(span);
        if (words != null) {
            words.addAll(Signature.of(sentence, rules));
        }
    }

    /** The content words of the draft's text, computed once and then kept up to date while it is open. */
    java.util.Set<String> words(ImportRules rules) {
        if (words == null) {
            words = new java.util.HashSet<>(Signature.of(text(), rules));
        }
        return words;
    }

    /** Forgets the content words once no sentence can join the draft any more, to keep memory flat. */
    void releaseWords() {
        words = null;
    }

    /** All cleaned text of the draft: title and sentences. */
    String text() {
        int length = title.length();
        for (String s : sentences) {
            length += 1 + s.length();
        }
        StringBuilder sb = new StringBuilder(length).append(title);
        for (String s : sentences) {
            sb.append(' ').append(s);
        }
        return sb.toString();
    }

    String firstSource() {
        return provenance.isEmpty() ? "" : provenance.get(0).document() + ":" + provenance.get(0).startLine();
    }

    @Override
    public String toString() {
        return type + " " + title + " @" + firstSource();
    }
}
