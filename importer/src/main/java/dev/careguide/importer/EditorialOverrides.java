package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.ItemType;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;
import dev.careguide.model.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 10, editorial: the content team's decisions, keyed by guide id then item id, applied after import so a
 * re-import keeps them. An override may set {@code review} (draft, approved, rejected), {@code title},
 * {@code kind} (remedies), {@code category} (causes), {@code safety: {level, reason}}, {@code mergeInto: <id>}
 * or {@code moveTo: <type>}. Malformed values fail the load with file, line and column; an override naming an
 * unknown id is reported (report and warning), never silently ignored.
 */
final class EditorialOverrides {

    /** One item's override, already validated. */
    record Override(String itemId, ReviewStatus review, String title, RemedyKind kind, CauseCategory category,
            Safety safety, String mergeInto, ItemType moveTo, int line, int column) {
    }

    static final EditorialOverrides NONE = new EditorialOverrides("", Map.of());

    private final String file;
    private final Map<String, List<Override>> byGuide;

    private EditorialOverrides(String file, Map<String, List<Override>> byGuide) {
        this.file = file;
        this.byGuide = byGuide;
    }

    static EditorialOverrides load(Path path) {
        if (path == null) {
            return NONE;
        }
        YamlDocument doc = YamlDocument.read(path);
        JsonNode root = doc.root();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, List<Override>> byGuide = new LinkedHashMap<>();
        if (!root.isObject()) {
            throw new DiagnosticException(doc.error(root, "editorial-format",
                    "an editorial file maps guide ids to maps of item ids"));
        }
        root.properties().forEach(guide -> {
            if (!guide.getValue().isObject()) {
                problems.add(doc.error(guide.getValue(), "editorial-format",
                        "guide '" + guide.getKey() + "' must map item ids to overrides"));
                return;
            }
            List<Override> list = new ArrayList<>();
            guide.getValue().properties().forEach(item -> {
                Override o = parse(doc, item.getKey(), item.getValue(), problems);
                if (o != null) {
                    list.add(o);
                }
            });
            byGuide.put(guide.getKey(), list);
        });
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return new EditorialOverrides(doc.file(), byGuide);
    }

    private static final Set<String> FIELDS = Set.of("review", "title", "kind", "category", "safety", "mergeInto",
            "moveTo");

    private static Override parse(YamlDocument doc, String itemId, JsonNode node, List<Diagnostic> problems) {
        if (!node.isObject()) {
            problems.add(doc.error(node, "editorial-format", "override of '" + itemId + "' must be a map"));
            return null;
        }
        int before = problems.size();
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(doc.error(node.get(f), "editorial-unknown-field", "unknown field '" + f
                        + "' in override of '" + itemId + "'; expected one of " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS))));
            }
        });
        ReviewStatus review = null;
        JsonNode r = node.get("review");
        if (r != null) {
            review = switch (r.asText()) {
                case "draft" -> ReviewStatus.DRAFT;
                case "approved" -> ReviewStatus.APPROVED;
                case "rejected" -> ReviewStatus.REJECTED;
                default -> {
                    problems.add(doc.error(r, "editorial-review", "review must be draft, approved or rejected, not '"
                            + r.asText() + "'"));
                    yield null;
                }
            };
        }
        String title = text(doc, node.get("title"), "title", problems);
        RemedyKind kind = null;
        JsonNode k = node.get("kind");
        if (k != null) {
            kind = RemedyKind.fromWireName(k.asText());
            if (kind == null) {
                problems.add(doc.error(k, "editorial-kind", "unknown remedy kind '" + k.asText() + "'"));
            }
        }
        CauseCategory category = null;
        JsonNode c = node.get("category");
        if (c != null) {
            category = CauseCategory.fromWireName(c.asText());
            if (category == null) {
                problems.add(doc.error(c, "editorial-category", "unknown cause category '" + c.asText() + "'"));
            }
        }
        Safety safety = null;
        JsonNode s = node.get("safety");
        if (s != null) {
            SafetyLevel level = SafetyLevel.fromWireName(s.path("level").asText(""));
            String reason = s.path("reason").isMissingNode() || s.path("reason").isNull() ? null
                    : s.path("reason").asText();
            if (!s.isObject() || level == null) {
                problems.add(doc.error(s, "editorial-safety",
                        "safety must be {level: ok|needs-medical-review|unsafe, reason: ...}"));
            } else if (level != SafetyLevel.OK && (reason == null || reason.isBlank())) {
                problems.add(doc.error(s, "editorial-safety", "safety level " + level.wireName()
                        + " needs a reason"));
            } else {
                safety = new Safety(level, level == SafetyLevel.OK ? null : reason);
            }
        }
        String mergeInto = text(doc, node.get("mergeInto"), "mergeInto", problems);
        ItemType moveTo = null;
        JsonNode m = node.get("moveTo");
        if (m != null) {
            for (ItemType t : ItemType.values()) {
                if (t.prefix().equals(m.asText())) {
                    moveTo = t;
                }
            }
            if (moveTo == null) {
                problems.add(doc.error(m, "editorial-move", "moveTo must be one of cause, remedy, exercise, "
                        + "specialist, nutrient, warning, not '" + m.asText() + "'"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Diagnostic at = doc.error(node, "", "");
        return new Override(itemId, review, title, kind, category, safety, mergeInto, moveTo, at.line(),
                at.column());
    }

    private static String text(YamlDocument doc, JsonNode node, String field, List<Diagnostic> problems) {
        if (node == null) {
            return null;
        }
        if (node.isContainerNode() || node.asText().isBlank()) {
            problems.add(doc.error(node, "editorial-" + field, field + " must be non-empty text"));
            return null;
        }
        return node.asText().strip();
    }

    String file() {
        return file;
    }

    List<Override> forGuide(String guideId) {
        return byGuide.getOrDefault(guideId, List.of());
    }
}
