package dev.careguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.importer.ImportReport;
import dev.careguide.model.Cause;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.ItemType;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.Remedy;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.SafetyLevel;
import dev.careguide.site.page.GuidePage;
import dev.careguide.site.page.IndexPage;
import dev.careguide.site.page.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a guide's review page from its model, its import report, its articles and its source-locale bundle
 * file (for the rendered dosage labels): the items of each type with provenance, merges, editorial decisions
 * and defects; the unused text; the articles line by line with the lines items came from marked.
 */
final class ReviewPages {

    /** Section names of the review page, in the bundle's order of item lists. */
    static final Map<ItemType, String> SECTIONS = sections();

    private ReviewPages() {}

    private static Map<ItemType, String> sections() {
        Map<ItemType, String> names = new LinkedHashMap<>();
        names.put(ItemType.CAUSE, "Causes");
        names.put(ItemType.REMEDY, "Remedies");
        names.put(ItemType.EXERCISE, "Exercises");
        names.put(ItemType.SPECIALIST, "Specialists");
        names.put(ItemType.NUTRIENT_SOURCE, "Nutrient sources");
        names.put(ItemType.WARNING_SIGN, "Warning signs");
        return names;
    }

    static IndexPage.Counts counts(Guide guide, ImportReport report) {
        int draft = 0;
        int approved = 0;
        int rejected = 0;
        int unsafe = 0;
        int review = 0;
        for (Item item : guide.items()) {
            switch (item.review()) {
                case DRAFT -> draft++;
                case APPROVED -> approved++;
                case REJECTED -> rejected++;
            }
            if (item instanceof Remedy r) {
                unsafe += r.safety().level() == SafetyLevel.UNSAFE ? 1 : 0;
                review += r.safety().level() == SafetyLevel.NEEDS_MEDICAL_REVIEW ? 1 : 0;
            }
        }
        return new IndexPage.Counts(
                guide.items().size(),
                guide.causes().size(),
                guide.remedies().size(),
                guide.exercises().size(),
                guide.specialists().size(),
                guide.nutrientSources().size(),
                guide.warningSigns().size(),
                draft,
                approved,
                rejected,
                unsafe,
                review,
                report.defects().size(),
                report.unused().size(),
                report.merges().size(),
                report.editorialDecisions().size());
    }

    /**
     * @param sourceFile the guide's file in its source locale (items the policy left out are not in it), or
     *                   {@code null} when the bundle has no JSON or YAML
     * @param sources    each document's lines, by document name
     * @param editorial  the editorial file relative to the project, or empty
     */
    static GuidePage build(
            Guide guide,
            ImportReport report,
            JsonNode sourceFile,
            Map<String, List<String>> sources,
            String editorial,
            List<Link> previews) {
        Map<String, Integer> documentIndex = new HashMap<>();
        for (String document : report.documents()) {
            documentIndex.put(document, documentIndex.size());
        }
        Anchors anchors = new Anchors(documentIndex);
        Map<String, String> dosageLabels = dosageLabels(sourceFile);
        Set<String> ids = new HashSet<>();
        guide.items().forEach(i -> ids.add(i.id()));

        Map<String, List<GuidePage.Decision>> decisions = new HashMap<>();
        List<GuidePage.Decision> otherDecisions = new ArrayList<>();
        for (ImportReport.EditorialDecision d : report.editorialDecisions()) {
            String on = d.field().equals("mergeInto") ? d.after() : d.itemId();
            GuidePage.Decision view = new GuidePage.Decision(
                    d.itemId(),
                    d.field(),
                    VisibleText.of(d.before()),
                    VisibleText.of(d.after()),
                    editorial.isEmpty() ? "line " + d.line() : editorial + ":" + d.line());
            if (ids.contains(on)) {
                decisions.computeIfAbsent(on, k -> new ArrayList<>()).add(view);
            } else {
                otherDecisions.add(view);
            }
        }
        Map<String, List<GuidePage.Defect>> defects = new HashMap<>();
        List<GuidePage.Defect> otherDefects = new ArrayList<>();
        for (ImportReport.Defect d : report.defects()) {
            GuidePage.Defect view = new GuidePage.Defect(
                    d.code(), d.message(), VisibleText.of(d.text()), anchors.link(d.document(), d.line(), d.line()));
            if (d.itemId() != null && ids.contains(d.itemId())) {
                defects.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(view);
            } else {
                otherDefects.add(view);
            }
        }
        Map<String, List<GuidePage.Merge>> merges = new HashMap<>();
        for (ImportReport.Merge m : report.merges()) {
            List<Link> where = new ArrayList<>();
            for (String source : m.sources()) {
                int colon = source.lastIndexOf(':');
                int line = colon < 0 ? 0 : parse(source.substring(colon + 1));
                where.add(line > 0 ? anchors.link(source.substring(0, colon), line, line) : new Link(source, ""));
            }
            merges.computeIfAbsent(m.itemId(), k -> new ArrayList<>())
                    .add(new GuidePage.Merge(
                            m.mergedTitles().stream().map(VisibleText::of).toList(), where));
        }

        Set<String> usedLines = new HashSet<>();
        List<GuidePage.Section> sections = new ArrayList<>();
        for (Map.Entry<ItemType, String> section : SECTIONS.entrySet()) {
            List<GuidePage.Item> items = new ArrayList<>();
            for (Item item : guide.items()) {
                if (item.type() != section.getKey()) {
                    continue;
                }
                for (Provenance p : item.provenance()) {
                    for (int line = p.startLine(); line <= p.endLine(); line++) {
                        usedLines.add(anchors.anchor(p.document(), line));
                    }
                }
                items.add(item(item, anchors, dosageLabels, merges, decisions, defects));
            }
            sections.add(new GuidePage.Section(section.getKey().listName(), section.getValue(), items));
        }

        List<GuidePage.Unused> unused = report.unused().stream()
                .map(u -> new GuidePage.Unused(
                        u.reason(), VisibleText.of(u.text()), anchors.link(u.document(), u.startLine(), u.endLine())))
                .toList();
        List<GuidePage.Document> documents = new ArrayList<>();
        for (String document : report.documents()) {
            List<String> lines = sources.getOrDefault(document, List.of());
            List<GuidePage.Line> view = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                String anchor = anchors.anchor(document, i + 1);
                view.add(new GuidePage.Line(i + 1, anchor, VisibleText.of(lines.get(i)), usedLines.contains(anchor)));
            }
            documents.add(new GuidePage.Document(document, view));
        }
        return new GuidePage(
                guide.id(),
                VisibleText.of(guide.title()),
                VisibleText.of(guide.summary()),
                counts(guide, report),
                sections,
                unused,
                otherDefects,
                otherDecisions,
                documents,
                previews);
    }

    private static GuidePage.Item item(
            Item item,
            Anchors anchors,
            Map<String, String> dosageLabels,
            Map<String, List<GuidePage.Merge>> merges,
            Map<String, List<GuidePage.Decision>> decisions,
            Map<String, List<GuidePage.Defect>> defects) {
        List<String> facts = new ArrayList<>();
        List<String> steps = List.of();
        List<String> foods = List.of();
        String level = null;
        String reason = null;
        String dosage = null;
        List<String> flags = new ArrayList<>();
        if (item instanceof Cause c) {
            fact(facts, "category", c.category() == null ? null : c.category().wireName());
            fact(facts, "nutrients", String.join(", ", c.nutrients()));
        } else if (item instanceof Remedy r) {
            fact(facts, "kind", r.kind() == null ? null : r.kind().wireName());
            steps = r.steps();
            level = r.safety().level().wireName();
            reason = r.safety().reason();
            if (r.safety().level() == SafetyLevel.UNSAFE) {
                flags.add("unsafe");
            } else if (r.safety().level() == SafetyLevel.NEEDS_MEDICAL_REVIEW) {
                flags.add("needs-medical-review");
            }
            fact(
                    facts,
                    "quantities",
                    String.join(
                            "; ",
                            r.quantities().stream().map(ReviewPages::quantity).toList()));
            fact(facts, "specialists", String.join(", ", r.specialists()));
        } else if (item instanceof Exercise e) {
            steps = e.steps();
            if (!e.dosage().isEmpty()) {
                dosage = dosageLabels.getOrDefault(item.id(), dosage(e.dosage()));
            }
            fact(facts, "muscles", String.join(", ", e.targetMuscles()));
        } else if (item instanceof NutrientSource n) {
            fact(facts, "nutrient", n.nutrient());
            foods = n.foods();
        }
        if (item.review() == ReviewStatus.REJECTED) {
            flags.add("rejected");
        }
        List<GuidePage.Defect> itemDefects = defects.getOrDefault(item.id(), List.of());
        if (!itemDefects.isEmpty()) {
            flags.add("defects");
        }
        List<Link> provenance = item.provenance().stream()
                .map(p -> anchors.link(p.document(), p.startLine(), p.endLine()))
                .distinct()
                .toList();
        return new GuidePage.Item(
                item.id(),
                VisibleText.of(item.title()),
                item.review().wireName(),
                level,
                VisibleText.of(reason),
                VisibleText.of(item.description()),
                steps.stream().map(VisibleText::of).toList(),
                dosage,
                foods.stream().map(VisibleText::of).toList(),
                facts,
                provenance,
                merges.getOrDefault(item.id(), List.of()),
                decisions.getOrDefault(item.id(), List.of()),
                itemDefects,
                String.join(" ", flags));
    }

    private static void fact(List<String> facts, String name, String value) {
        if (value != null && !value.isEmpty()) {
            facts.add(name + ": " + value);
        }
    }

    /** The rendered dosage label of each exercise in the source-locale file, by item id. */
    private static Map<String, String> dosageLabels(JsonNode sourceFile) {
        Map<String, String> labels = new HashMap<>();
        if (sourceFile == null) {
            return labels;
        }
        for (JsonNode exercise : sourceFile.path("exercises")) {
            JsonNode label = exercise.path("dosage").path("label");
            if (label.isTextual()) {
                labels.put(exercise.path("id").asText(), label.asText());
            }
        }
        return labels;
    }

    /** A dosage the bundle did not render (the item was left out of it), as its parts. */
    private static String dosage(Dosage d) {
        List<String> parts = new ArrayList<>();
        addPart(parts, "repetitions", d.repetitions());
        addPart(parts, "sets", d.sets());
        addPart(parts, "times per day", d.timesPerDay());
        addPart(parts, "duration", d.duration());
        return String.join("; ", parts);
    }

    private static void addPart(List<String> parts, String name, Quantity q) {
        if (q != null) {
            parts.add(name + " " + quantity(q));
        }
    }

    private static String quantity(Quantity q) {
        String amount = q.isRange()
                ? q.min().toPlainString() + "–" + q.max().toPlainString()
                : q.min().toPlainString();
        String limit = q.effectiveLimit() == Quantity.Limit.EXACT
                ? ""
                : q.effectiveLimit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ";
        return limit + amount + " " + q.unit().wireName();
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Line anchors of the source panel: {@code L120} in the first document, {@code d2-L120} in the second, so a
     * one-article guide links {@code #L120} as code hosts do.
     */
    record Anchors(Map<String, Integer> documentIndex) {

        String anchor(String document, int line) {
            int index = documentIndex.getOrDefault(document, 0);
            return (index == 0 ? "" : "d" + (index + 1) + "-") + "L" + line;
        }

        Link link(String document, int startLine, int endLine) {
            String lines = startLine == endLine ? String.valueOf(startLine) : startLine + "-" + endLine;
            return new Link(document + ":" + lines, "#" + anchor(document, startLine));
        }
    }
}
