package dev.careguide.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.YamlDocument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalog rules from {@code catalog-rules.yaml}: length limits per field, default severity per check,
 * the usual length ratio, the source-script share, the final punctuation classes and, per language, the
 * words that may legitimately stand twice in a row ({@code allowedDoubledWords}: language subtag → case-folded
 * words, e.g. {@code de → [der, die, das, …]}).
 */
public record CatalogRules(
        Map<String, Integer> lengthLimits,
        CheckRegistry checks,
        double minLengthRatio,
        double maxLengthRatio,
        int minimumSourceLengthForRatio,
        double sourceScriptShare,
        Map<String, String> punctuationClasses,
        Map<String, Set<String>> allowedDoubledWords) {

    private static final CatalogRules DEFAULTS = load();

    public CatalogRules {
        lengthLimits = Map.copyOf(lengthLimits);
        java.util.Objects.requireNonNull(checks, "checks");
        punctuationClasses = Map.copyOf(punctuationClasses);
        allowedDoubledWords = allowedDoubledWords.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        e -> e.getKey().toLowerCase(Locale.ROOT), e -> Set.copyOf(e.getValue())));
    }

    /** The rules shipped with careguide. */
    public static CatalogRules defaults() {
        return DEFAULTS;
    }

    /** The length limit of a key ({@code guide.title}, else its field, e.g. {@code title}); 0 for none. */
    public int lengthLimit(String key) {
        Integer whole = lengthLimits.get(key);
        if (whole != null) {
            return whole;
        }
        String group = CatalogFile.group(key);
        if (key.length() > group.length() + 1) {
            String field = key.substring(group.length() + 1);
            int dot = field.indexOf('.');
            Integer byField = lengthLimits.get(dot < 0 ? field : field.substring(0, dot));
            if (byField != null) {
                return byField;
            }
        }
        return 0;
    }

    /**
     * Whether {@code word} may stand twice in a row in the language of {@code tag} (e.g. "die die" in German),
     * so the doubled-word check does not report it. Case-insensitive.
     */
    public boolean allowsDoubled(String tag, String word) {
        String language = Locales.parse(tag).getLanguage();
        return allowedDoubledWords.getOrDefault(language, Set.of()).contains(fold(word));
    }

    /** These rules with more words allowed twice in a row in a language (a language subtag such as {@code de}). */
    public CatalogRules withAllowedDoubledWords(String language, Collection<String> words) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>(allowedDoubledWords);
        Set<String> merged = new TreeSet<>(allowed.getOrDefault(language.toLowerCase(Locale.ROOT), Set.of()));
        words.stream().map(CatalogRules::fold).forEach(merged::add);
        allowed.put(language.toLowerCase(Locale.ROOT), merged);
        return new CatalogRules(
                lengthLimits,
                checks,
                minLengthRatio,
                maxLengthRatio,
                minimumSourceLengthForRatio,
                sourceScriptShare,
                punctuationClasses,
                allowed);
    }

    private static String fold(String word) {
        return UCharacter.foldCase(word.strip(), true);
    }

    /** What a check finds, for reports. */
    public String description(String code) {
        return checks.get(code).description();
    }

    /** The default severity of a check, {@code null} when it is switched off. */
    public Severity severity(String code) {
        return checks.get(code).defaultSeverity();
    }

    private static CatalogRules load() {
        JsonNode root =
                YamlDocument.resource(CatalogRules.class, "catalog-rules.yaml").root();
        Map<String, Integer> limits = new LinkedHashMap<>();
        root.path("lengthLimits")
                .properties()
                .forEach(e -> limits.put(e.getKey(), e.getValue().asInt()));
        Map<String, String> punctuation = new LinkedHashMap<>();
        root.path("punctuationClasses")
                .fields()
                .forEachRemaining(e -> punctuation.put(e.getKey(), e.getValue().asText()));
        Map<String, Set<String>> doubles = new LinkedHashMap<>();
        root.path("allowedDoubledWords").properties().forEach(e -> {
            Set<String> words = new TreeSet<>();
            e.getValue().forEach(w -> words.add(fold(w.asText())));
            doubles.put(e.getKey(), words);
        });
        JsonNode ratio = root.path("lengthRatio");
        return new CatalogRules(
                limits,
                CheckRegistry.of(root.path("checks")),
                ratio.path("min").asDouble(0.3),
                ratio.path("max").asDouble(3),
                ratio.path("minimumSourceLength").asInt(16),
                root.path("sourceScriptShare").asDouble(0.5),
                punctuation,
                doubles);
    }
}
