package dev.careguide.importer;

import dev.careguide.model.CauseCategory;
import dev.careguide.model.Dosage;
import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item while it is being built: its type, the section it came from, its own sentences (the wording a reader
 * will see) and the verbatim source spans. Mutable, used only inside one import: extraction fills the text,
 * merging folds repetitions in (their spans in the provenance, their titles and first sources for the report),
 * and the later stages (labels, wording, ids, editorial) fill in the rest before it becomes a model record.
 */
final class Draft {

    ItemType type;
    final SectionType section;
    String title;
    /** The item's own sentences, in source order. */
    final List<String> sentences = new ArrayList<>();
    /**
     * The item's procedure, one action each, when it is one (an exercise, a first-aid technique, a recipe):
     * collected by extraction, written by {@link ItemWriter}, replaced by the editorial file.
     */
    List<String> steps = new ArrayList<>();
    /** The first sentence of each stance the text takes on the item ("contraindicated", "only with a doctor"). */
    final Map<Clause.Stance, String> warnings = new EnumMap<>(Clause.Stance.class);

    final Set<Clause.Stance> stance = EnumSet.noneOf(Clause.Stance.class);
    /** Lemmas of the item's content words: what merging and ids compare. */
    Set<String> lemmas = new LinkedHashSet<>();
    /** Every word of the item's text that is not a function word, as written (lower case) and as a lemma. */
    Set<String> words = new java.util.HashSet<>();
    /** The lemma of the verb of the clause that opened the item ("massage"), or null when it has none. */
    String headVerb;
    /** Whether that verb is negated ("do not sleep on the back", "it is better not to sleep"). */
    boolean negatedVerb;
    /** The lemmas of the nouns of that clause's verb phrase (or noun phrase): what the item is about. */
    Set<String> headNouns = new LinkedHashSet<>();
    /**
     * For a cause, its first noun with the modifiers written right before it ("flat foot", "uterus"): two causes
     * with the same subject are one cause explained twice. Null when it has none.
     */
    String subject;

    final List<Provenance> provenance = new ArrayList<>();

    final List<String> mergedTitles = new ArrayList<>();
    /** First source of each draft merged into this one, for the report. */
    final List<String> mergedSources = new ArrayList<>();

    final List<String> foods = new ArrayList<>();
    String nutrient;
    RemedyKind kind;
    CauseCategory category;
    Safety safety = Safety.OK;
    ReviewStatus review = ReviewStatus.DRAFT;
    /** Set by {@link ItemWriter} or the editorial file; null: {@link ModelAssembler} writes it from the sentences. */
    String description;
    /** An exercise's dosage set by {@link ItemWriter} or the editorial file; null: parsed from the sentences. */
    Dosage dosage;
    /** Whether the editorial file set the description or the steps: quantities are then read from what ships. */
    boolean rewritten;
    /** A remedy's specialist ids set by the editorial file; null: the specialists its text names. */
    List<String> specialists;

    String id;
    /** Position of first appearance: document index and line, for stable ordering. */
    final int documentIndex;

    final int firstLine;
    boolean flagged;
    /** Whether the item is a procedure whose actions become steps. */
    boolean procedure;
    /** The list this draft is an item of (items of one list are distinct by design); 0 when none. */
    int list;

    Draft(ItemType type, SectionType section, String title, int documentIndex, int firstLine) {
        this.type = type;
        this.section = section;
        this.title = title;
        this.documentIndex = documentIndex;
        this.firstLine = firstLine;
    }

    /** All cleaned text of the draft: title and sentences. */
    String text() {
        StringBuilder sb = new StringBuilder(title);
        for (String s : sentences) {
            sb.append(' ').append(s);
        }
        return sb.toString();
    }

    String firstSource() {
        return provenance.isEmpty()
                ? ""
                : provenance.get(0).document() + ":" + provenance.get(0).startLine();
    }

    @Override
    public String toString() {
        return type + " " + title + " @" + firstSource();
    }

    /**
     * Lets go of what a long document cannot keep for every item until merging: the words extraction compares an
     * open item by, the hash tables of the lemmas and head nouns (kept in order in an {@link ArraySet}), spare
     * list capacity, and second copies of texts: {@code texts} hands out one instance of each title, sentence,
     * step, warning and source span text, shared with the item's repetitions and between a sentence and its
     * span. The item stays open to additions (a specialist gathers mentions to the end). Safe to call again.
     */
    void finish(Map<String, String> texts) {
        words = ArraySet.of(List.of());
        lemmas = ArraySet.of(lemmas);
        headNouns = ArraySet.of(headNouns);
        title = shared(texts, title);
        sentences.replaceAll(s -> shared(texts, s));
        steps.replaceAll(s -> shared(texts, s));
        if (!warnings.isEmpty()) {
            warnings.replaceAll((stance, s) -> shared(texts, s));
        }
        provenance.replaceAll(p -> {
            String text = shared(texts, p.text());
            return text == p.text() ? p : new Provenance(p.document(), p.startLine(), p.endLine(), text);
        });
        for (List<?> list : List.of(sentences, steps, provenance)) {
            if (list instanceof ArrayList<?> a) {
                a.trimToSize();
            }
        }
    }

    private static String shared(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }
}
