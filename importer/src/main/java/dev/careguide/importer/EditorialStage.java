package dev.careguide.importer;

import dev.careguide.model.CauseCategory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Dosage;
import dev.careguide.model.ItemIds;
import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.Safety;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies a guide's {@link EditorialOverrides} to the drafts once they have their registered ids: added items
 * first, then splits, then moves, then the fields (review or reject, title, description, steps, dosage,
 * specialists, kind, category, safety), then merges. Ids stay those of the import (a retitled item keeps its id;
 * a moved item keeps its slug under the new type's prefix; a split-off part takes the id the file gives it).
 * Each change is recorded as a decision (field, before, after, line). Anything that cannot be applied (an unknown
 * id, a bad line range, a sentence that is not there) is one diagnostic at the value's file, line and column,
 * at the configured severity, and one editorial problem in the report with the same code and wording.
 */
final class EditorialStage {

    private final EditorialOverrides overrides;

    EditorialStage(EditorialOverrides overrides) {
        this.overrides = overrides;
    }

    /** What applying a guide's overrides recorded besides the drafts. */
    static final class Record {
        final List<ImportReport.EditorialDecision> decisions = new ArrayList<>();
        final List<ImportReport.EditorialProblem> problems = new ArrayList<>();
        final List<ImportReport.IdChange> idChanges = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
    }

    /**
     * @param documents   the guide's documents, for the lines of added items
     * @param whereabouts for registered ids the import no longer has, where the item went (see {@link IdMatcher})
     */
    List<Draft> apply(
            String guideId,
            List<Draft> drafts,
            List<SourceDocument> documents,
            Map<String, String> whereabouts,
            Record record) {
        Run run = new Run(guideId, record);
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft d : drafts) {
            byId.put(d.id, d);
        }
        List<EditorialOverrides.Override> list = overrides.forGuide(guideId);
        for (EditorialOverrides.Override o : list) {
            if (o.add() != null) {
                run.add(o, byId, documents);
            }
        }
        for (EditorialOverrides.Override o : list) {
            if (o.split() != null && byId.containsKey(o.itemId())) {
                run.split(o, byId);
            }
        }
        List<EditorialOverrides.Override> known = new ArrayList<>();
        for (EditorialOverrides.Override o : list) {
            if (byId.containsKey(o.itemId())) {
                known.add(o);
            } else if (o.add() == null) {
                String where = whereabouts.get(o.itemId());
                run.problem(
                        o,
                        "",
                        "editorial-unknown-id",
                        "no item '" + o.itemId() + "' in guide '" + guideId + "'" + (where == null ? "" : ": " + where)
                                + "; its decisions are not applied");
            }
        }
        Map<String, String> movedTo = new LinkedHashMap<>();
        for (EditorialOverrides.Override o : known) {
            Draft d = byId.get(o.itemId());
            if (o.moveTo() != null && o.moveTo() != d.type) {
                run.move(o, d, byId, movedTo);
            }
        }
        for (EditorialOverrides.Override o : known) {
            Draft d = byId.get(movedTo.getOrDefault(o.itemId(), o.itemId()));
            if (d != null) {
                run.fields(o, d, byId);
            }
        }
        for (EditorialOverrides.Override o : known) {
            Draft d = byId.get(movedTo.getOrDefault(o.itemId(), o.itemId()));
            if (o.mergeInto() != null && d != null) {
                run.merge(o, d, byId);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** One guide's application of its overrides. */
    private final class Run {
        final String guideId;
        final Record record;

        Run(String guideId, Record record) {
            this.guideId = guideId;
            this.record = record;
        }

        void add(EditorialOverrides.Override o, Map<String, Draft> byId, List<SourceDocument> documents) {
            if (byId.containsKey(o.itemId())) {
                problem(
                        o,
                        "add",
                        "editorial-add",
                        "'" + o.itemId() + "' already exists in guide '" + guideId
                                + "': remove add and keep the other fields to change it");
                return;
            }
            List<Provenance> provenance = new ArrayList<>();
            int documentIndex = -1;
            for (IdRegistry.Span span : o.add()) {
                int index = -1;
                for (int i = 0; i < documents.size(); i++) {
                    if (documents.get(i).name().equals(span.document())) {
                        index = i;
                    }
                }
                if (index < 0) {
                    problem(
                            o,
                            "add",
                            "editorial-add-lines",
                            "guide '" + guideId + "' has no document '"
                                    + span.document() + "'; its documents: "
                                    + String.join(
                                            ", ",
                                            documents.stream()
                                                    .map(SourceDocument::name)
                                                    .toList()));
                    return;
                }
                SourceDocument doc = documents.get(index);
                if (span.endLine() > doc.lines().size()) {
                    problem(
                            o,
                            "add",
                            "editorial-add-lines",
                            "lines " + span.startLine() + "-" + span.endLine() + " are not all in " + doc.name()
                                    + ", which has " + doc.lines().size() + " lines");
                    return;
                }
                documentIndex = documentIndex < 0 ? index : documentIndex;
                provenance.add(new Provenance(
                        doc.name(),
                        span.startLine(),
                        span.endLine(),
                        String.join("\n", doc.lines().subList(span.startLine() - 1, span.endLine()))));
            }
            Draft d = new Draft(
                    o.type(),
                    SectionType.NONE,
                    o.title(),
                    documentIndex,
                    provenance.get(0).startLine());
            d.provenance.addAll(provenance);
            d.id = o.itemId();
            d.kind = o.kind();
            d.category = o.category();
            byId.put(d.id, d);
            record.decisions.add(decision(d.id, o, "add", null, IdRegistry.Span.format(o.add())));
        }

        void split(EditorialOverrides.Override o, Map<String, Draft> byId) {
            Draft d = byId.get(o.itemId());
            EditorialOverrides.Split split = o.split();
            if (byId.containsKey(split.into())) {
                problem(
                        o,
                        "split",
                        "editorial-split",
                        "cannot split '" + o.itemId() + "' into '" + split.into() + "': that id already exists");
                return;
            }
            String at = normalized(split.sentence());
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < d.sentences.size(); i++) {
                if (normalized(d.sentences.get(i)).startsWith(at)) {
                    hits.add(i);
                }
            }
            if (hits.size() != 1 || hits.get(0) == 0) {
                StringBuilder sentences = new StringBuilder();
                for (int i = 0; i < d.sentences.size(); i++) {
                    sentences
                            .append(i == 0 ? "" : " ")
                            .append(i + 1)
                            .append(") ")
                            .append(d.sentences.get(i));
                }
                String why = hits.isEmpty()
                        ? "no sentence of '" + o.itemId() + "' starts with '" + split.sentence() + "'"
                        : hits.size() > 1
                                ? hits.size() + " sentences of '" + o.itemId() + "' start with '" + split.sentence()
                                        + "'; give more of the sentence"
                                : "'" + split.sentence() + "' starts the first sentence; a split needs a later one";
                problem(o, "split", "editorial-split", why + ". Its sentences: " + sentences);
                return;
            }
            int k = hits.get(0);
            List<String> tail = new ArrayList<>(d.sentences.subList(k, d.sentences.size()));
            boolean ownSpans = d.sentences.size() == d.provenance.size();
            int cut = spanCut(d, k, at);
            List<Provenance> tailSpans = new ArrayList<>(d.provenance.subList(Math.max(0, cut), d.provenance.size()));
            Draft part = new Draft(
                    d.type,
                    d.section,
                    split.title() != null ? split.title() : tail.get(0),
                    d.documentIndex,
                    tailSpans.get(0).startLine());
            part.sentences.addAll(tail);
            part.provenance.addAll(tailSpans);
            part.kind = d.kind;
            part.category = d.category;
            part.safety = d.safety;
            part.nutrient = d.nutrient;
            part.id = split.into();
            d.sentences.subList(k, d.sentences.size()).clear();
            if (cut >= 0) {
                d.provenance
                        .subList(ownSpans ? cut : cut + 1, d.provenance.size())
                        .clear();
            }
            part.steps = ownSteps(d.steps, part.sentences);
            d.steps = ownSteps(d.steps, d.sentences);
            d.description = ItemWriter.description(d.sentences);
            d.dosage = null;
            byId.put(part.id, part);
            record.idChanges.add(new ImportReport.IdChange(part.id, d.id, "editorial-split"));
            record.decisions.add(decision(d.id, o, "split", null, part.id + " from '" + tail.get(0) + "'"));
        }

        /** The steps that stand in the given sentences, when a split leaves at least two of them. */
        private static List<String> ownSteps(List<String> steps, List<String> sentences) {
            List<String> own = new ArrayList<>();
            for (String step : steps) {
                String words = letters(step);
                if (sentences.stream().anyMatch(s -> letters(s).contains(words))) {
                    own.add(step);
                }
            }
            return own.size() >= 2 ? own : new ArrayList<>();
        }

        /**
         * Where the split part's spans start: at sentence {@code k}'s span when each sentence has its own;
         * otherwise at the span whose text holds the split sentence, which both parts then share; -1 when no
         * span does, and both parts keep them all.
         */
        private int spanCut(Draft d, int k, String at) {
            if (d.sentences.size() == d.provenance.size()) {
                return k;
            }
            for (int j = 0; j < d.provenance.size(); j++) {
                if (normalized(d.provenance.get(j).text()).contains(at)) {
                    return j;
                }
            }
            return -1;
        }

        void move(EditorialOverrides.Override o, Draft d, Map<String, Draft> byId, Map<String, String> movedTo) {
            String newId = o.moveTo().prefix() + "." + ItemIds.slug(d.id);
            if (byId.containsKey(newId)) {
                problem(
                        o,
                        "moveTo",
                        "editorial-move",
                        "cannot move '" + d.id + "' to " + o.moveTo().prefix() + ": id '" + newId + "' already exists");
                return;
            }
            byId.remove(d.id);
            record.decisions.add(decision(newId, o, "moveTo", d.id, newId));
            d.type = o.moveTo();
            d.id = newId;
            if (d.type == ItemType.REMEDY && d.kind == null) {
                d.kind = d.section.remedyKind() == null ? RemedyKind.PREVENTION : d.section.remedyKind();
            }
            if (d.type == ItemType.CAUSE && d.category == null) {
                d.category = CauseCategory.MEDICAL_CONDITION;
            }
            byId.put(newId, d);
            movedTo.put(o.itemId(), newId);
        }

        void fields(EditorialOverrides.Override o, Draft d, Map<String, Draft> byId) {
            if (o.specialists() != null) {
                for (int i = 0; i < o.specialists().size(); i++) {
                    Draft s = byId.get(o.specialists().get(i));
                    if (s == null || s.type != ItemType.SPECIALIST) {
                        problem(
                                o,
                                "specialists." + i,
                                "editorial-specialists",
                                "guide '" + guideId
                                        + "' has no specialist '"
                                        + o.specialists().get(i) + "'; its specialists: "
                                        + String.join(
                                                ", ",
                                                byId.values().stream()
                                                        .filter(x -> x.type == ItemType.SPECIALIST)
                                                        .map(x -> x.id)
                                                        .toList()));
                        return;
                    }
                }
            }
            if (o.review() != null) {
                boolean reject = o.rejectReason() != null;
                record.decisions.add(decision(
                        d.id,
                        o,
                        reject ? "reject" : "review",
                        d.review.wireName(),
                        reject ? "rejected: " + o.rejectReason() : o.review().wireName()));
                d.review = o.review();
            }
            if (o.title() != null && o.add() == null) {
                record.decisions.add(decision(d.id, o, "title", d.title, o.title()));
                d.title = o.title();
            }
            if (o.description() != null) {
                record.decisions.add(decision(d.id, o, "description", description(d), o.description()));
                d.description = o.description();
                d.rewritten = true;
            }
            if (o.steps() != null) {
                record.decisions.add(decision(
                        d.id,
                        o,
                        "steps",
                        d.steps == null ? null : String.join("\n", d.steps),
                        String.join("\n", o.steps())));
                d.steps = o.steps();
                d.rewritten = true;
            }
            if (o.dosage() != null) {
                record.decisions.add(
                        decision(d.id, o, "dosage", d.dosage == null ? null : dosage(d.dosage), dosage(o.dosage())));
                d.dosage = o.dosage();
            }
            if (o.specialists() != null) {
                record.decisions.add(decision(
                        d.id,
                        o,
                        "specialists",
                        d.specialists == null ? null : String.join(", ", d.specialists),
                        String.join(", ", o.specialists())));
                d.specialists = o.specialists();
            }
            if (o.kind() != null && o.add() == null) {
                record.decisions.add(decision(
                        d.id,
                        o,
                        "kind",
                        d.kind == null ? null : d.kind.wireName(),
                        o.kind().wireName()));
                d.kind = o.kind();
            }
            if (o.category() != null && o.add() == null) {
                record.decisions.add(decision(
                        d.id,
                        o,
                        "category",
                        d.category == null ? null : d.category.wireName(),
                        o.category().wireName()));
                d.category = o.category();
            }
            if (o.safety() != null) {
                record.decisions.add(decision(d.id, o, "safety", safety(d.safety), safety(o.safety())));
                d.safety = o.safety();
            }
        }

        void merge(EditorialOverrides.Override o, Draft source, Map<String, Draft> byId) {
            Draft target = byId.get(o.mergeInto());
            if (target == null) {
                problem(
                        o,
                        "mergeInto",
                        "editorial-merge",
                        "'" + o.itemId() + "' cannot merge into '" + o.mergeInto() + "': guide '" + guideId
                                + "' has no such item");
                return;
            }
            if (target == source || target.type != source.type) {
                problem(
                        o,
                        "mergeInto",
                        "editorial-merge",
                        "'" + o.itemId() + "' cannot merge into '" + o.mergeInto()
                                + "': not another item of the same type");
                return;
            }
            record.decisions.add(decision(source.id, o, "mergeInto", source.id, target.id));
            target.sentences.addAll(source.sentences);
            target.provenance.addAll(source.provenance);
            target.foods.addAll(source.foods);
            target.mergedTitles.add(source.title);
            byId.remove(source.id);
        }

        void problem(EditorialOverrides.Override o, String field, String code, String message) {
            record.problems.add(new ImportReport.EditorialProblem(guideId, o.itemId(), code, message));
            record.diagnostics.add(overrides.diagnostic(o.position(field), code, message));
        }
    }

    private static ImportReport.EditorialDecision decision(
            String itemId, EditorialOverrides.Override o, String field, String before, String after) {
        return new ImportReport.EditorialDecision(
                itemId, field, before, after, o.position(field).line());
    }

    private static String description(Draft d) {
        return d.description != null ? d.description : d.sentences.isEmpty() ? null : String.join(" ", d.sentences);
    }

    private static String safety(Safety safety) {
        if (safety == null) {
            return null;
        }
        return safety.reason() == null
                ? safety.level().wireName()
                : safety.level().wireName() + ": " + safety.reason();
    }

    /** {@code repetitions 10-15 time, timesPerDay 3 time}: what a dosage holds, for the report. */
    private static String dosage(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        part(parts, "repetitions", dosage.repetitions());
        part(parts, "sets", dosage.sets());
        part(parts, "timesPerDay", dosage.timesPerDay());
        part(parts, "duration", dosage.duration());
        return String.join(", ", parts);
    }

    private static void part(List<String> parts, String name, Quantity q) {
        if (q != null) {
            parts.add(name + " " + q.min().toPlainString()
                    + (q.isRange() ? "-" + q.max().toPlainString() : "") + " "
                    + q.unit().wireName());
        }
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The ids a set of overrides adds or splits off, which an import must not give to other items. */
    static Set<String> reservedIds(List<EditorialOverrides.Override> list) {
        Set<String> ids = new HashSet<>();
        for (EditorialOverrides.Override o : list) {
            if (o.add() != null) {
                ids.add(o.itemId());
            }
            if (o.split() != null) {
                ids.add(o.split().into());
            }
        }
        return ids;
    }
}
