package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Dosage;
import dev.careguide.model.ItemIds;
import dev.careguide.model.ItemType;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;
import dev.careguide.model.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 11, editorial: the content team's decisions, keyed by guide id then item id, applied after every import
 * so a re-import keeps them ({@link EditorialStage}). An override may set {@code review} (draft, approved,
 * rejected) or {@code reject: <reason>}, {@code title}, {@code description}, {@code steps} (remedies, exercises),
 * {@code dosage} (exercises), {@code specialists} (remedies), {@code kind} (remedies), {@code category} (causes),
 * {@code safety: {level, reason}} (remedies), {@code mergeInto: <id>}, {@code moveTo: <type>},
 * {@code split: {at: <sentence>, into: <id>, title: <title>}}, or {@code add: <lines>} to add an item the
 * importer missed. Everything that can be checked without the articles is checked here; every problem is a
 * diagnostic with the file, line and column of the value, at the configured severity, and an override with a
 * problem is not applied. Problems are kept with the guide whose block holds them, so a guide's import reports
 * them together with what only the articles show (an unknown item id), all in one run.
 */
final class EditorialOverrides {

    /** Where a value stands in the editorial file. */
    record At(int line, int column) {}

    /** Split an item: the sentences from the one starting with {@code sentence} on become item {@code into}. */
    record Split(String sentence, String into, String title) {}

    /**
     * One item's override, validated. {@code at} holds the position of the entry ({@code ""}), of each field by
     * name and of each listed specialist ({@code specialists.<n>}, from 0).
     */
    record Override(
            String itemId,
            Map<String, At> at,
            ReviewStatus review,
            String rejectReason,
            String title,
            String description,
            List<String> steps,
            Dosage dosage,
            List<String> specialists,
            RemedyKind kind,
            CauseCategory category,
            Safety safety,
            String mergeInto,
            ItemType moveTo,
            Split split,
            List<IdRegistry.Span> add) {

        At position() {
            return at.get("");
        }

        At position(String field) {
            return at.getOrDefault(field, position());
        }

        ItemType type() {
            return ItemType.ofId(itemId);
        }
    }

    static final EditorialOverrides NONE =
            new EditorialOverrides("", Diagnostic.Severity.ERROR, Map.of(), Map.of(), Map.of(), List.of());

    private static final Set<String> FIELDS = Set.of(
            "review",
            "reject",
            "title",
            "description",
            "steps",
            "dosage",
            "specialists",
            "kind",
            "category",
            "safety",
            "mergeInto",
            "moveTo",
            "split",
            "add");

    private final String file;
    private final Diagnostic.Severity severity;
    private final Map<String, List<Override>> byGuide;
    private final Map<String, At> guideKeys;
    private final Map<String, List<Diagnostic>> problemsByGuide;
    private final List<Diagnostic> fileProblems;

    private EditorialOverrides(
            String file,
            Diagnostic.Severity severity,
            Map<String, List<Override>> byGuide,
            Map<String, At> guideKeys,
            Map<String, List<Diagnostic>> problemsByGuide,
            List<Diagnostic> fileProblems) {
        this.file = file;
        this.severity = severity;
        this.byGuide = byGuide;
        this.guideKeys = guideKeys;
        this.problemsByGuide = problemsByGuide;
        this.fileProblems = List.copyOf(fileProblems);
    }

    /**
     * Reads the editorial file ({@code null}: none). Problems are diagnostics at {@code severity}, kept with the
     * guide whose block holds them ({@link #problems(String)}) or with the file ({@link #fileProblems()}); an
     * override with a problem is left out. A file that is not YAML throws.
     */
    static EditorialOverrides load(Path path, Diagnostic.Severity severity, DosageParser dosages) {
        if (path == null) {
            return NONE;
        }
        YamlDocument doc = YamlDocument.read(path);
        Parser parser = new Parser(doc, severity, dosages);
        JsonNode root = doc.root();
        Map<String, List<Override>> byGuide = new LinkedHashMap<>();
        Map<String, At> guideKeys = new LinkedHashMap<>();
        Map<String, List<Diagnostic>> problemsByGuide = new LinkedHashMap<>();
        if (!root.isObject()) {
            parser.problem(root, "editorial-format", "an editorial file maps guide ids to maps of item ids");
        } else {
            root.properties().forEach(guide -> {
                guideKeys.put(guide.getKey(), parser.at(guide.getValue()));
                int before = parser.problems.size();
                if (!guide.getValue().isObject()) {
                    parser.problem(
                            guide.getValue(),
                            "editorial-format",
                            "guide '" + guide.getKey() + "' must map item ids to overrides");
                } else {
                    List<Override> list = new ArrayList<>();
                    guide.getValue().properties().forEach(item -> {
                        Override o = parser.override(item.getKey(), item.getValue());
                        if (o != null) {
                            list.add(o);
                        }
                    });
                    byGuide.put(guide.getKey(), list);
                }
                List<Diagnostic> found = parser.problems.subList(before, parser.problems.size());
                problemsByGuide.put(guide.getKey(), List.copyOf(found));
                found.clear();
            });
        }
        return new EditorialOverrides(doc.file(), severity, byGuide, guideKeys, problemsByGuide, parser.problems);
    }

    String file() {
        return file;
    }

    Diagnostic.Severity severity() {
        return severity;
    }

    /** Problems found in the block of {@code guideId}, in the order of the file. */
    List<Diagnostic> problems(String guideId) {
        return problemsByGuide.getOrDefault(guideId, List.of());
    }

    /** Problems of the file outside any guide's block (a file that is not a map of guides). */
    List<Diagnostic> fileProblems() {
        return fileProblems;
    }

    List<Override> forGuide(String guideId) {
        return byGuide.getOrDefault(guideId, List.of());
    }

    /**
     * One diagnostic, at the configured severity, per guide id of the file that is not among {@code known}, each
     * followed by the problems found in its block.
     */
    List<Diagnostic> unknownGuides(Collection<String> known) {
        List<Diagnostic> out = new ArrayList<>();
        guideKeys.forEach((guide, at) -> {
            if (!known.contains(guide)) {
                List<String> some = new TreeSet<>(known).stream().limit(10).toList();
                out.add(diagnostic(
                        at,
                        "editorial-unknown-guide",
                        "no guide '" + guide
                                + "' in the content, so none of its decisions can apply"
                                + (some.isEmpty()
                                        ? ""
                                        : "; guides: " + String.join(", ", some)
                                                + (known.size() > some.size() ? ", ..." : ""))));
                out.addAll(problems(guide));
            }
        });
        return out;
    }

    /** A problem with an override, located at its value and reported at the configured severity. */
    Diagnostic diagnostic(At at, String code, String message) {
        return new Diagnostic(severity, file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), code, message);
    }

    /** Reads overrides, collecting every problem. */
    private static final class Parser {
        final YamlDocument doc;
        final Diagnostic.Severity severity;
        final DosageParser dosages;
        final List<Diagnostic> problems = new ArrayList<>();

        Parser(YamlDocument doc, Diagnostic.Severity severity, DosageParser dosages) {
            this.doc = doc;
            this.severity = severity;
            this.dosages = dosages;
        }

        At at(JsonNode node) {
            Diagnostic d = doc.error(node, "", "");
            return new At(d.line(), d.column());
        }

        void problem(JsonNode node, String code, String message) {
            Diagnostic d = doc.error(node, code, message);
            problems.add(new Diagnostic(severity, d.file(), d.line(), d.column(), code, message));
        }

        Override override(String itemId, JsonNode node) {
            int before = problems.size();
            ItemType type = ItemType.ofId(itemId);
            if (type == null || !ItemIds.isValid(itemId, type)) {
                problem(
                        node,
                        "editorial-unknown-id",
                        "'" + itemId + "' is not an item id: a type (cause, remedy, "
                                + "exercise, specialist, nutrient, warning), a dot and a kebab-case slug");
                return null;
            }
            if (!node.isObject()) {
                problem(node, "editorial-format", "override of '" + itemId + "' must be a map of fields");
                return null;
            }
            Map<String, At> at = new HashMap<>();
            at.put("", at(node));
            node.properties().forEach(f -> {
                at.put(f.getKey(), at(f.getValue()));
                if (!FIELDS.contains(f.getKey())) {
                    problem(
                            f.getValue(),
                            "editorial-unknown-field",
                            "unknown field '" + f.getKey()
                                    + "' in override of '" + itemId + "'; expected one of "
                                    + String.join(", ", new TreeSet<>(FIELDS)));
                }
            });
            ItemType moveTo = moveTo(node.get("moveTo"));
            ItemType effective = moveTo != null ? moveTo : type;
            ReviewStatus review = review(node.get("review"));
            String reject = text(node.get("reject"), "reject");
            if (reject != null && node.has("review")) {
                problem(
                        node.get("reject"),
                        "editorial-reject",
                        "'" + itemId
                                + "' has both review and reject; reject sets the review to rejected, keep one of them");
            }
            String title = text(node.get("title"), "title");
            String description = text(node.get("description"), "description");
            List<String> steps = steps(node.get("steps"), itemId, effective);
            Dosage dosage = dosage(node.get("dosage"), itemId, effective);
            List<String> specialists = specialists(node.get("specialists"), itemId, effective, at);
            RemedyKind kind = null;
            JsonNode k = node.get("kind");
            if (k != null && only(k, "kind", itemId, effective, ItemType.REMEDY)) {
                kind = RemedyKind.fromWireName(k.asText());
                if (kind == null || !k.isValueNode()) {
                    problem(
                            k,
                            "editorial-kind",
                            "unknown remedy kind '" + k.asText() + "'; expected one of " + names(RemedyKind.values()));
                }
            }
            CauseCategory category = null;
            JsonNode c = node.get("category");
            if (c != null && only(c, "category", itemId, effective, ItemType.CAUSE)) {
                category = CauseCategory.fromWireName(c.asText());
                if (category == null || !c.isValueNode()) {
                    problem(
                            c,
                            "editorial-category",
                            "unknown cause category '" + c.asText() + "'; expected one of "
                                    + names(CauseCategory.values()));
                }
            }
            Safety safety = safety(node.get("safety"), itemId, effective);
            String mergeInto = id(node.get("mergeInto"), "mergeInto", effective);
            Split split = split(node.get("split"), itemId, type);
            List<IdRegistry.Span> add = add(node, itemId, type, kind, category, title, moveTo);
            if (problems.size() > before) {
                return null;
            }
            return new Override(
                    itemId,
                    Map.copyOf(at),
                    reject != null ? ReviewStatus.REJECTED : review,
                    reject,
                    title,
                    description,
                    steps,
                    dosage,
                    specialists,
                    kind,
                    category,
                    safety,
                    mergeInto,
                    moveTo,
                    split,
                    add);
        }

        private boolean only(JsonNode node, String field, String itemId, ItemType effective, ItemType type) {
            if (effective == type) {
                return true;
            }
            problem(
                    node,
                    "editorial-field-type",
                    field + " applies to " + type.listName() + " only, and '" + itemId + "' is a "
                            + effective.prefix());
            return false;
        }

        private ReviewStatus review(JsonNode r) {
            if (r == null) {
                return null;
            }
            return switch (r.isValueNode() ? r.asText() : "") {
                case "draft" -> ReviewStatus.DRAFT;
                case "approved" -> ReviewStatus.APPROVED;
                case "rejected" -> ReviewStatus.REJECTED;
                default -> {
                    problem(
                            r,
                            "editorial-review",
                            "review must be draft, approved or rejected, not '" + r.asText() + "'");
                    yield null;
                }
            };
        }

        private ItemType moveTo(JsonNode m) {
            if (m == null) {
                return null;
            }
            for (ItemType t : ItemType.values()) {
                if (m.isValueNode() && t.prefix().equals(m.asText())) {
                    return t;
                }
            }
            problem(m, "editorial-move", "moveTo must be one of " + typeNames() + ", not '" + m.asText() + "'");
            return null;
        }

        private String text(JsonNode node, String field) {
            if (node == null) {
                return null;
            }
            if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
                problem(node, "editorial-" + field, field + " must be non-empty text");
                return null;
            }
            return node.asText().strip();
        }

        private List<String> steps(JsonNode node, String itemId, ItemType effective) {
            if (node == null) {
                return null;
            }
            if (effective != ItemType.EXERCISE && effective != ItemType.REMEDY) {
                problem(
                        node,
                        "editorial-field-type",
                        "steps applies to remedies and exercises only, and '" + itemId + "' is a "
                                + effective.prefix());
                return null;
            }
            if (!node.isArray() || node.isEmpty()) {
                problem(
                        node,
                        "editorial-steps",
                        "steps must be a list of texts, e.g. [\"Sit down.\", \"Stretch " + "the leg.\"]");
                return null;
            }
            List<String> steps = new ArrayList<>();
            for (JsonNode step : node) {
                String s = text(step, "steps");
                if (s != null) {
                    steps.add(s);
                }
            }
            return steps.size() == node.size() ? List.copyOf(steps) : null;
        }

        private List<String> specialists(JsonNode node, String itemId, ItemType effective, Map<String, At> at) {
            if (node == null || !only(node, "specialists", itemId, effective, ItemType.REMEDY)) {
                return null;
            }
            if (!node.isArray()) {
                problem(
                        node,
                        "editorial-specialists",
                        "specialists must be a list of specialist ids, " + "e.g. [specialist.phlebologist]");
                return null;
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode s : node) {
                at.put("specialists." + ids.size(), at(s));
                if (!s.isValueNode() || !ItemIds.isValid(s.asText(), ItemType.SPECIALIST)) {
                    problem(
                            s,
                            "editorial-specialists",
                            "'" + s.asText() + "' is not a specialist id " + "(specialist.<kebab-case-slug>)");
                }
                ids.add(s.asText());
            }
            return List.copyOf(ids);
        }

        private Safety safety(JsonNode s, String itemId, ItemType effective) {
            if (s == null || !only(s, "safety", itemId, effective, ItemType.REMEDY)) {
                return null;
            }
            SafetyLevel level = SafetyLevel.fromWireName(s.path("level").asText(""));
            String reason = s.path("reason").isMissingNode() || s.path("reason").isNull()
                    ? null
                    : s.path("reason").asText();
            if (!s.isObject() || level == null) {
                problem(s, "editorial-safety", "safety must be {level: ok|needs-medical-review|unsafe, reason: ...}");
                return null;
            }
            if (level != SafetyLevel.OK && (reason == null || reason.isBlank())) {
                problem(s, "editorial-safety", "safety level " + level.wireName() + " needs a reason");
                return null;
            }
            return new Safety(level, level == SafetyLevel.OK ? null : reason);
        }

        private String id(JsonNode node, String field, ItemType type) {
            String id = text(node, field);
            if (id != null && !ItemIds.isValid(id, type)) {
                problem(
                        node,
                        "editorial-" + field,
                        field + " must name another " + type.prefix() + " (" + type.prefix()
                                + ".<kebab-case-slug>), not '" + id + "'");
                return null;
            }
            return id;
        }

        private Dosage dosage(JsonNode node, String itemId, ItemType effective) {
            if (node == null || !only(node, "dosage", itemId, effective, ItemType.EXERCISE)) {
                return null;
            }
            if (!node.isObject() || node.isEmpty()) {
                problem(
                        node,
                        "editorial-dosage",
                        "dosage must be a map such as {repetitions: 10 times, sets: 2 sets, "
                                + "timesPerDay: 3 times, duration: 5 minutes}");
                return null;
            }
            Map<String, Quantity> parts = new HashMap<>();
            node.properties().forEach(f -> {
                Set<QuantityUnit> units = switch (f.getKey()) {
                    case "repetitions" -> Set.of(QuantityUnit.TIME, QuantityUnit.REPETITION);
                    case "sets" -> Set.of(QuantityUnit.SET);
                    case "timesPerDay" -> Set.of(QuantityUnit.TIME);
                    case "duration" -> Set.of(QuantityUnit.SECOND, QuantityUnit.MINUTE, QuantityUnit.HOUR);
                    default -> null;
                };
                if (units == null) {
                    problem(
                            f.getValue(),
                            "editorial-dosage",
                            "unknown dosage part '" + f.getKey()
                                    + "'; expected duration, repetitions, sets, timesPerDay");
                    return;
                }
                List<DosageParser.Found> found =
                        f.getValue().isValueNode() ? dosages.find(f.getValue().asText()) : List.of();
                if (found.size() != 1 || !units.contains(found.get(0).quantity().unit())) {
                    problem(
                            f.getValue(),
                            "editorial-dosage",
                            f.getKey() + " must be one amount in "
                                    + String.join(
                                            " or ",
                                            units.stream()
                                                    .map(QuantityUnit::wireName)
                                                    .sorted()
                                                    .toList())
                                    + " units such as '10 times', '10-15 times' or '5 minutes', not '"
                                    + f.getValue().asText() + "'");
                    return;
                }
                parts.put(f.getKey(), found.get(0).quantity());
            });
            return new Dosage(
                    parts.get("repetitions"), parts.get("sets"), parts.get("timesPerDay"), parts.get("duration"));
        }

        private Split split(JsonNode node, String itemId, ItemType type) {
            if (node == null) {
                return null;
            }
            if (!node.isObject() || !node.has("at") || !node.has("into")) {
                problem(
                        node,
                        "editorial-split",
                        "split must be {at: <the first words of the sentence that starts "
                                + "the new item>, into: <its id>, title: <its title, optional>}");
                return null;
            }
            node.fieldNames().forEachRemaining(f -> {
                if (!Set.of("at", "into", "title").contains(f)) {
                    problem(
                            node.get(f),
                            "editorial-split",
                            "unknown field '" + f + "' in split; expected at, into, " + "title");
                }
            });
            String sentence = text(node.get("at"), "split");
            String into = id(node.get("into"), "split", type);
            if (itemId.equals(into)) {
                problem(node.get("into"), "editorial-split", "split must go into a new id, not '" + into + "'");
            }
            String title = node.has("title") ? text(node.get("title"), "title") : null;
            return new Split(sentence, into, title);
        }

        private List<IdRegistry.Span> add(
                JsonNode node,
                String itemId,
                ItemType type,
                RemedyKind kind,
                CauseCategory category,
                String title,
                ItemType moveTo) {
            JsonNode lines = node.get("add");
            if (lines == null) {
                return null;
            }
            List<IdRegistry.Span> spans = lines.isValueNode() ? IdRegistry.Span.parse(lines.asText()) : null;
            if (spans == null) {
                problem(
                        lines,
                        "editorial-add",
                        "add must be the source lines of the new item, e.g. "
                                + "'article.txt:12-14' or 'article.txt:12, 15'");
                return null;
            }
            if (title == null) {
                problem(lines, "editorial-add", "an added item needs a title");
            }
            if (type == ItemType.REMEDY && kind == null) {
                problem(lines, "editorial-add", "an added remedy needs a kind: one of " + names(RemedyKind.values()));
            }
            if (type == ItemType.CAUSE && category == null) {
                problem(
                        lines,
                        "editorial-add",
                        "an added cause needs a category: one of " + names(CauseCategory.values()));
            }
            if (moveTo != null) {
                problem(
                        node.get("moveTo"),
                        "editorial-add",
                        "an added item takes its type from its id ('" + itemId + "'); choose the id instead of moveTo");
            }
            if (node.has("split") || node.has("mergeInto")) {
                problem(
                        lines,
                        "editorial-add",
                        "an added item is written as it should be; it cannot be split or " + "merged");
            }
            return spans;
        }

        private static String names(Enum<?>[] values) {
            List<String> names = new ArrayList<>();
            for (Enum<?> v : values) {
                names.add(v instanceof RemedyKind k ? k.wireName() : ((CauseCategory) v).wireName());
            }
            return String.join(", ", names);
        }

        private static String typeNames() {
            List<String> names = new ArrayList<>();
            for (ItemType t : ItemType.values()) {
                names.add(t.prefix());
            }
            return String.join(", ", names);
        }
    }
}
