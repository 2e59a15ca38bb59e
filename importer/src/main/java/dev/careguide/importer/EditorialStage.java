package dev.careguide.importer;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.ItemType;
import dev.careguide.model.RemedyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a guide's {@link EditorialOverrides} to the imported drafts: moves first, then review, title, kind,
 * category and safety, then merges. Ids stay those of the import (a retitled item keeps its id; a moved item keeps
 * its slug under the new type's prefix). Each change is recorded as a decision (field, before, after, line) and
 * anything that cannot be applied becomes an editorial problem and a warning naming the editorial file's line.
 */
final class EditorialStage {

    private final EditorialOverrides overrides;
    private final IdAssigner ids;

    EditorialStage(EditorialOverrides overrides, IdAssigner ids) {
        this.overrides = overrides;
        this.ids = ids;
    }

    List<Draft> apply(String guideId, List<Draft> drafts, List<ImportReport.EditorialDecision> decisions,
            List<ImportReport.EditorialProblem> problems, List<Diagnostic> warnings) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft d : drafts) {
            byId.put(d.id, d);
        }
        List<EditorialOverrides.Override> list = overrides.forGuide(guideId);
        for (EditorialOverrides.Override o : list) {
            if (!byId.containsKey(o.itemId())) {
                problem(guideId, o, "unknown-id", "editorial override names unknown item id '" + o.itemId() + "'",
                        problems, warnings);
            }
        }
        for (EditorialOverrides.Override o : list) {
            Draft d = byId.get(o.itemId());
            if (d == null || o.moveTo() == null || o.moveTo() == d.type) {
                continue;
            }
            String newId = o.moveTo().prefix() + "." + dev.careguide.model.ItemIds.slug(d.id);
            if (byId.containsKey(newId)) {
                problem(guideId, o, "move-collision", "cannot move '" + d.id + "' to " + o.moveTo().prefix()
                        + ": id '" + newId + "' already exists", problems, warnings);
                continue;
            }
            byId.remove(d.id);
            decisions.add(new ImportReport.EditorialDecision(newId, "moveTo", d.id, newId, o.line()));
            d.type = o.moveTo();
            d.id = newId;
            if (d.type == ItemType.REMEDY && d.kind == null) {
                d.kind = d.section.remedyKind() == null ? RemedyKind.PREVENTION : d.section.remedyKind();
            }
            if (d.type == ItemType.CAUSE && d.category == null) {
                d.category = dev.careguide.model.CauseCategory.MEDICAL_CONDITION;
            }
            byId.put(newId, d);
        }
        for (EditorialOverrides.Override o : list) {
            Draft d = byId.get(resolve(o.itemId(), list));
            if (d == null) {
                continue;
            }
            if (o.review() != null) {
                decisions.add(decision(d, o, "review", d.review.wireName(), o.review().wireName()));
                d.review = o.review();
            }
            if (o.title() != null) {
                decisions.add(decision(d, o, "title", d.title, o.title()));
                d.title = o.title();
            }
            if (o.kind() != null) {
                if (d.type == ItemType.REMEDY) {
                    decisions.add(decision(d, o, "kind", d.kind == null ? null : d.kind.wireName(),
                            o.kind().wireName()));
                    d.kind = o.kind();
                } else {
                    problem(guideId, o, "kind-not-remedy", "'" + d.id + "' is not a remedy; kind ignored",
                            problems, warnings);
                }
            }
            if (o.category() != null) {
                if (d.type == ItemType.CAUSE) {
                    decisions.add(decision(d, o, "category", d.category == null ? null : d.category.wireName(),
                            o.category().wireName()));
                    d.category = o.category();
                } else {
                    problem(guideId, o, "category-not-cause", "'" + d.id + "' is not a cause; category ignored",
                            problems, warnings);
                }
            }
            if (o.safety() != null) {
                if (d.type == ItemType.REMEDY) {
                    decisions.add(decision(d, o, "safety", safety(d.safety), safety(o.safety())));
                    d.safety = o.safety();
                } else {
                    problem(guideId, o, "safety-not-remedy", "'" + d.id + "' is not a remedy; safety ignored",
                            problems, warnings);
                }
            }
        }
        for (EditorialOverrides.Override o : list) {
            if (o.mergeInto() == null) {
                continue;
            }
            Draft source = byId.get(resolve(o.itemId(), list));
            if (source == null) {
                continue;
            }
            Draft target = byId.get(o.mergeInto());
            if (target == null) {
                problem(guideId, o, "unknown-merge-target", "'" + o.itemId() + "' cannot merge into unknown id '"
                        + o.mergeInto() + "'", problems, warnings);
                continue;
            }
            if (target == source || target.type != source.type) {
                problem(guideId, o, "merge-type", "'" + o.itemId() + "' cannot merge into '" + o.mergeInto()
                        + "': not another item of the same type", problems, warnings);
                continue;
            }
            decisions.add(decision(source, o, "mergeInto", source.id, target.id));
            target.sentences.addAll(source.sentences);
            target.provenance.addAll(source.provenance);
            target.foods.addAll(source.foods);
            target.mergedTitles.add(source.title);
            byId.remove(source.id);
        }
        return new ArrayList<>(byId.values());
    }

    private static ImportReport.EditorialDecision decision(Draft d, EditorialOverrides.Override o, String field,
            String before, String after) {
        return new ImportReport.EditorialDecision(d.id, field, before, after, o.line());
    }

    private static String safety(dev.careguide.model.Safety safety) {
        if (safety == null) {
            return null;
        }
        return safety.reason() == null ? safety.level().wireName() : safety.level().wireName() + ": " + safety.reason();
    }

    private static String resolve(String id, List<EditorialOverrides.Override> list) {
        for (EditorialOverrides.Override o : list) {
            if (o.itemId().equals(id) && o.moveTo() != null) {
                return o.moveTo().prefix() + "." + dev.careguide.model.ItemIds.slug(id);
            }
        }
        return id;
    }

    private void problem(String guideId, EditorialOverrides.Override o, String code, String message,
            List<ImportReport.EditorialProblem> problems, List<Diagnostic> warnings) {
        problems.add(new ImportReport.EditorialProblem(guideId, o.itemId(), code, message));
        warnings.add(Diagnostic.warning(overrides.file(), o.line(), o.column(), "editorial-" + code, message));
    }
}
