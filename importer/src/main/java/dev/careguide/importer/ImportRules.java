package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.Safety;
import dev.careguide.model.SafetyLevel;
import dev.careguide.model.YamlDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The importer's cues and vocabularies: the built-in {@code default-rules.yaml} resource, optionally extended or
 * overridden by a content team's file (lists are extended, maps merged; keys named under {@code replace:} are
 * replaced). Every value is checked on load; a wrong one is reported with its file, line and column.
 */
final class ImportRules {

    static final String DEFAULT_RESOURCE = "/dev/careguide/importer/default-rules.yaml";

    /** A safety rule: remedies matching {@code cues} get {@code safety}. */
    record SafetyRule(Safety safety, CueSet cues) {}

    private final List<YamlDocument> sources;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<CueSet> cueSets = new ArrayList<>();

    final int maxHeadingWords;
    final int maxSentenceChars;
    final List<String> titlePrefixes;
    final Set<String> bullets;
    final Set<String> captionWords;
    final CueSet articleOpenings;
    final List<String> definitionMarkers;
    final Map<SectionType, CueSet> sections;
    final Map<String, String> synonyms;
    final CueSet exerciseCues;
    final CueSet specialistCues;
    final CueSet warningCues;
    final CueSet nutrientSourceCues;
    final CueSet backgroundCues;
    final double kindSectionBonus;
    final Map<RemedyKind, CueSet> remedyKinds;
    final Map<CauseCategory, CueSet> causeCategories;
    final Map<String, CueSet> nutrients;
    final Map<String, CueSet> specialists;
    final Map<String, CueSet> muscles;
    final List<SafetyRule> safety;
    final Set<String> danglingEndWords;
    final int maxFragmentWords;
    final CueSet fineEndings;
    final Set<String> domainWords;
    final Set<String> stopWords;
    final Set<String> audience;
    /** Stop words, domain words and number words: what {@link #isNoise} looks up. */
    private final Set<String> noiseWords;

    final Map<String, BigDecimal> numbers;
    /** Number words that count times by themselves ("once", "twice a day"). */
    final Set<String> timesWords;

    final Set<String> repetitionVerbs;
    /** Number words that count only before a unit ("an hour"; "a day" after "twice" is no number). */
    final Set<String> articleNumbers;
    /** Words that join the two ends of a range ("three to four times", "two or three"). */
    final Set<String> rangeWords;

    final Map<String, QuantityUnit> units;
    final Map<Quantity.Limit, CueSet> quantityLimits;
    final CueSet perDay;
    final double mergeThreshold;
    final boolean anchorMerge;
    final boolean firstAidApart;

    private ImportRules(List<YamlDocument> sources, JsonNode root) {
        this.sources = sources;
        JsonNode structure = object(root, "structure");
        maxHeadingWords = integer(structure.get("maxHeadingWords"), 12, 1);
        maxSentenceChars = integer(structure.get("maxSentenceChars"), 2000, 1);
        titlePrefixes = strings(structure.get("titlePrefixes"));
        bullets = new HashSet<>(strings(structure.get("bullets")));
        captionWords = new HashSet<>(strings(structure.get("captionWords")));
        articleOpenings = cues(structure.get("articleOpenings"));
        definitionMarkers = strings(structure.get("definitionMarkers"));
        sections = new LinkedHashMap<>();
        JsonNode sectionNode = object(root, "sections");
        for (Map.Entry<String, JsonNode> e : sectionNode.properties()) {
            SectionType type = SectionType.fromWireName(e.getKey());
            if (type == null || type == SectionType.NONE) {
                problems.add(error(
                        e.getValue(),
                        "rules-unknown-section",
                        "unknown section type '" + e.getKey()
                                + "'; expected one of causes, first-aid, prevention, treatment, nutrition, exercises, "
                                + "massage, lifestyle, folk, specialists, warnings"));
                continue;
            }
            sections.put(type, cues(e.getValue()));
        }
        JsonNode c = object(root, "cues");

        synonyms = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(object(root, "synonyms"))) {
            for (String word : strings(e.getValue())) {
                synonyms.put(word.toLowerCase(java.util.Locale.ROOT), e.getKey());
            }
        }
        exerciseCues = cues(c.get("exercise"));
        specialistCues = cues(c.get("specialist"));
        warningCues = cues(c.get("warning"));
        nutrientSourceCues = cues(c.get("nutrientSource"));
        backgroundCues = cues(c.get("background"));
        JsonNode kinds = object(root, "remedyKinds");
        kindSectionBonus = decimal(kinds.get("sectionBonus"), BigDecimal.ONE).doubleValue();
        remedyKinds = new EnumMap<>(RemedyKind.class);
        for (Map.Entry<String, JsonNode> e : entries(object(kinds, "cues"))) {
            RemedyKind kind = RemedyKind.fromWireName(e.getKey());
            if (kind == null) {
                problems.add(error(e.getValue(), "rules-unknown-kind", "unknown remedy kind '" + e.getKey() + "'"));
                continue;
            }
            remedyKinds.put(kind, cues(e.getValue()));
        }
        causeCategories = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(object(root, "causeCategories"))) {
            CauseCategory category = CauseCategory.fromWireName(e.getKey());
            if (category == null) {
                problems.add(
                        error(e.getValue(), "rules-unknown-category", "unknown cause category '" + e.getKey() + "'"));
                continue;
            }
            causeCategories.put(category, cues(e.getValue()));
        }
        nutrients = vocabulary(object(root, "nutrients"));
        specialists = vocabulary(object(root, "specialists"));
        muscles = vocabulary(object(root, "muscles"));
        safety = new ArrayList<>();
        JsonNode safetyNode = root.get("safety");
        if (safetyNode != null && safetyNode.isArray()) {
            for (JsonNode rule : safetyNode) {
                SafetyLevel level = SafetyLevel.fromWireName(rule.path("level").asText(""));
                String reason = rule.path("reason").asText("");
                if (level == null || level == SafetyLevel.OK) {
                    problems.add(error(
                            rule, "rules-safety-level", "safety rule needs level unsafe or needs-medical-review"));
                    continue;
                }
                if (reason.isBlank()) {
                    problems.add(error(rule, "rules-safety-reason", "safety rule needs a reason"));
                    continue;
                }
                safety.add(new SafetyRule(new Safety(level, reason), cues(rule.get("cues"))));
            }
        } else if (safetyNode != null && !safetyNode.isNull()) {
            problems.add(error(safetyNode, "rules-type", "'safety' must be a list of rules"));
        }
        JsonNode defects = object(root, "defects");
        danglingEndWords = new HashSet<>(strings(defects.get("danglingEndWords")));
        maxFragmentWords = integer(defects.get("maxFragmentWords"), 3, 0);
        fineEndings = cues(defects.get("fineEndings"));
        domainWords = new HashSet<>(strings(root.get("domainWords")));
        stopWords = new HashSet<>(strings(root.get("stopWords")));
        audience = new HashSet<>(strings(root.get("audience")));
        timesWords = new HashSet<>(strings(root.get("timesWords")));
        repetitionVerbs = new HashSet<>(strings(root.get("repetitionVerbs")));
        articleNumbers = new HashSet<>(strings(root.get("articleNumbers")));
        rangeWords = new HashSet<>(strings(root.get("rangeWords")));
        numbers = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(object(root, "numbers"))) {
            numbers.put(e.getKey().toLowerCase(java.util.Locale.ROOT), decimal(e.getValue(), null));
        }
        units = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(object(root, "units"))) {
            QuantityUnit unit = QuantityUnit.fromWireName(e.getKey());
            if (unit == null) {
                problems.add(error(e.getValue(), "rules-unknown-unit", "unknown unit '" + e.getKey() + "'"));
                continue;
            }
            for (String word : strings(e.getValue())) {
                units.put(word.toLowerCase(java.util.Locale.ROOT), unit);
            }
        }
        quantityLimits = new EnumMap<>(Quantity.Limit.class);
        for (Map.Entry<String, JsonNode> e : entries(object(root, "quantityLimits"))) {
            Quantity.Limit limit = switch (e.getKey()) {
                case "at-most" -> Quantity.Limit.AT_MOST;
                case "at-least" -> Quantity.Limit.AT_LEAST;
                case "about" -> Quantity.Limit.ABOUT;
                default -> null;
            };
            if (limit == null) {
                problems.add(error(
                        e.getValue(),
                        "rules-unknown-limit",
                        "unknown quantity limit '" + e.getKey() + "'; expected at-most, at-least or about"));
                continue;
            }
            quantityLimits.put(limit, cues(e.getValue()));
        }
        perDay = cues(root.get("perDay"));
        mergeThreshold = decimal(object(root, "merge").get("threshold"), new BigDecimal("0.6"))
                .doubleValue();
        anchorMerge = !"false".equals(object(root, "merge").path("anchors").asText("true"));
        firstAidApart =
                "true".equals(object(root, "merge").path("firstAidApart").asText("false"));
        numbers.values().removeIf(v -> v == null);
        noiseWords = new HashSet<>(stopWords);
        noiseWords.addAll(domainWords);
        noiseWords.addAll(numbers.keySet());
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        new CueIndex(cueSets); // every set now matches through this one index
        cueSets.clear();
    }

    /** The built-in rules. */
    static ImportRules defaults() {
        YamlDocument builtIn = YamlDocument.resource(ImportRules.class, DEFAULT_RESOURCE);
        return new ImportRules(List.of(builtIn), builtIn.root());
    }

    /** The built-in rules merged with {@code file} (when not null). */
    static ImportRules load(Path file) {
        YamlDocument builtIn = YamlDocument.resource(ImportRules.class, DEFAULT_RESOURCE);
        if (file == null) {
            return new ImportRules(List.of(builtIn), builtIn.root());
        }
        YamlDocument user = YamlDocument.read(file);
        if (!user.root().isObject()) {
            throw new DiagnosticException(user.error(user.root(), "rules-type", "a rules file must be a YAML map"));
        }
        Set<String> replace = new HashSet<>();
        JsonNode replaceNode = user.root().get("replace");
        if (replaceNode != null) {
            if (!replaceNode.isArray()) {
                throw new DiagnosticException(
                        user.error(replaceNode, "rules-type", "'replace' must be a list of keys"));
            }
            replaceNode.forEach(n -> replace.add(n.asText()));
        }
        ObjectNode merged = (ObjectNode) builtIn.root().deepCopy();
        for (Map.Entry<String, JsonNode> e : entries(user.root())) {
            if (e.getKey().equals("replace")) {
                continue;
            }
            JsonNode base = builtIn.root().get(e.getKey());
            if (base == null) {
                throw new DiagnosticException(
                        user.error(e.getValue(), "rules-unknown-key", "unknown rules key '" + e.getKey() + "'"));
            }
            merged.set(e.getKey(), replace.contains(e.getKey()) ? e.getValue() : merge(base, e.getValue()));
        }
        return new ImportRules(List.of(builtIn, user), merged);
    }

    private static JsonNode merge(JsonNode base, JsonNode extra) {
        if (base.isObject() && extra.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            base.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
            extra.properties().forEach(e -> {
                JsonNode b = out.get(e.getKey());
                out.set(e.getKey(), b == null ? e.getValue() : merge(b, e.getValue()));
            });
            return out;
        }
        if (base.isArray() && extra.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            out.addAll((ArrayNode) base);
            out.addAll((ArrayNode) extra);
            return out;
        }
        return extra;
    }

    private Diagnostic error(JsonNode node, String code, String message) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            YamlDocument doc = sources.get(i);
            if (doc.line(node) > 0) {
                return doc.error(node, code, message);
            }
        }
        return sources.get(sources.size() - 1).error(node, code, message);
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            out.addAll(node.properties());
        }
        return out;
    }

    private JsonNode object(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            problems.add(error(node, "rules-type", "'" + key + "' must be a map"));
            return JsonNodeFactory.instance.objectNode();
        }
        return node;
    }

    private List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(error(node, "rules-type", "expected a list of words or phrases"));
            return out;
        }
        for (JsonNode n : node) {
            if (n.isContainerNode()) {
                problems.add(error(n, "rules-type", "expected a word or phrase, found a " + n.getNodeType()));
            } else if (n.isBoolean()) {
                problems.add(error(
                        n,
                        "rules-type",
                        "'" + n.asText() + "' was read as a YAML boolean; quote the "
                                + "word (\"on\", \"no\", \"yes\", \"off\")"));
            } else if (n.isNull() || n.asText().isBlank()) {
                problems.add(error(n, "rules-type", "an empty word or phrase would match everywhere; remove it"));
            } else {
                out.add(n.asText());
            }
        }
        return out;
    }

    private CueSet cues(JsonNode node) {
        CueSet set = new CueSet(strings(node));
        cueSets.add(set);
        return set;
    }

    private Map<String, CueSet> vocabulary(JsonNode node) {
        Map<String, CueSet> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(node)) {
            out.put(e.getKey(), cues(e.getValue()));
        }
        return out;
    }

    private int integer(JsonNode node, int fallback, int minimum) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(node.asText().strip());
            if (value < minimum) {
                problems.add(error(
                        node, "rules-type", "expected a whole number of " + minimum + " or more, found " + value));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(error(node, "rules-type", "expected a whole number, found '" + node.asText() + "'"));
            return fallback;
        }
    }

    private BigDecimal decimal(JsonNode node, BigDecimal fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        try {
            return new BigDecimal(node.asText().strip());
        } catch (NumberFormatException e) {
            problems.add(error(node, "rules-type", "expected a number, found '" + node.asText() + "'"));
            return fallback;
        }
    }

    /** True for words that carry no topic (stop words and the guide's own domain words). */
    boolean isNoise(String foldedWord) {
        return foldedWord.length() < 3 || Character.isDigit(foldedWord.charAt(0)) || noiseWords.contains(foldedWord);
    }
}
