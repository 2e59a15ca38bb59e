package dev.careguide.i18n;

import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How strict {@link CatalogChecker} is: a severity per check code ({@code error}, {@code warning},
 * {@code info} or {@code off}) over the defaults of {@code catalog-rules.yaml}, and the minimum share of
 * translated strings (0–100) per locale below which the check fails.
 */
public record CheckConfig(
        Map<String, String> severities,
        double minimumCompleteness,
        Map<String, Double> minimumCompletenessByLocale,
        CatalogRules rules) {

    public CheckConfig {
        severities = Map.copyOf(severities);
        minimumCompletenessByLocale = Map.copyOf(minimumCompletenessByLocale);
        Objects.requireNonNull(rules, "rules");
        List<String> problems = new ArrayList<>();
        new TreeMap<>(severities).forEach((code, s) -> {
            String unknown = rules.checks().problem(code);
            if (unknown != null) {
                problems.add(unknown);
            } else {
                try {
                    parseSeverity(s);
                } catch (IllegalArgumentException e) {
                    problems.add(code + ": " + e.getMessage());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The shipped defaults: severities from {@code catalog-rules.yaml}, no completeness minimum. */
    public static CheckConfig defaults() {
        return new CheckConfig(Map.of(), 0, Map.of(), CatalogRules.defaults());
    }

    /** This configuration with a check set to {@code error}, {@code warning}, {@code info} or {@code off}. */
    public CheckConfig withSeverity(String code, String severity) {
        Map<String, String> m = new HashMap<>(severities);
        m.put(code, severity);
        return new CheckConfig(m, minimumCompleteness, minimumCompletenessByLocale, rules);
    }

    /** This configuration with a minimum completeness (percent) for every locale. */
    public CheckConfig withMinimumCompleteness(double percent) {
        return new CheckConfig(severities, percent, minimumCompletenessByLocale, rules);
    }

    /** This configuration with a minimum completeness (percent) for one locale. */
    public CheckConfig withMinimumCompleteness(String tag, double percent) {
        Map<String, Double> m = new HashMap<>(minimumCompletenessByLocale);
        m.put(Locales.canonical(tag), percent);
        return new CheckConfig(severities, minimumCompleteness, m, rules);
    }

    /**
     * This configuration with more words that may stand twice in a row in a language (e.g. {@code de}), in
     * addition to the {@code allowedDoubledWords} of {@code catalog-rules.yaml}.
     */
    public CheckConfig withAllowedDoubledWords(String language, java.util.Collection<String> words) {
        return new CheckConfig(
                severities,
                minimumCompleteness,
                minimumCompletenessByLocale,
                rules.withAllowedDoubledWords(language, words));
    }

    /**
     * Reads a project's check configuration over the defaults:
     * <pre>
     * severities:
     *   same-as-source: off
     *   length-ratio: error
     * minimumCompleteness:
     *   default: 50
     *   ru: 100
     * allowedDoubledWords:     # added to the words catalog-rules.yaml allows per language
     *   de: [wer]
     * </pre>
     * Throws a {@link dev.careguide.model.DiagnosticException} naming the file, line and column of a bad value.
     */
    public static CheckConfig read(java.nio.file.Path file) {
        YamlDocument doc = YamlDocument.read(file);
        com.fasterxml.jackson.databind.JsonNode root = doc.root();
        CheckConfig config = defaults();
        java.util.List<dev.careguide.model.Diagnostic> problems = new java.util.ArrayList<>();
        for (var e : root.path("severities").properties()) {
            // YAML 1.1 reads an unquoted off as false.
            String value = e.getValue().isBoolean() && !e.getValue().booleanValue()
                    ? "off"
                    : e.getValue().asText();
            try {
                parseSeverity(value);
                String unknown = config.rules().checks().problem(e.getKey());
                if (unknown != null) {
                    throw new IllegalArgumentException(unknown);
                }
                config = config.withSeverity(e.getKey(), value);
            } catch (IllegalArgumentException ex) {
                problems.add(doc.error(e.getValue(), "config", "severities." + e.getKey() + ": " + ex.getMessage()));
            }
        }
        for (var e : root.path("minimumCompleteness").properties()) {
            double percent = percentage(e.getValue());
            if (percent < 0 || percent > 100) {
                problems.add(doc.error(
                        e.getValue(),
                        "config",
                        "minimumCompleteness." + e.getKey() + ": expected a percentage from 0 to 100"));
            } else if (e.getKey().equals("default")) {
                config = config.withMinimumCompleteness(percent);
            } else {
                String problem = Locales.problem(e.getKey());
                if (problem != null) {
                    problems.add(doc.error(e.getValue(), "config", problem));
                } else {
                    config = config.withMinimumCompleteness(e.getKey(), percent);
                }
            }
        }
        for (var e : root.path("allowedDoubledWords").properties()) {
            String problem = Locales.problem(e.getKey());
            java.util.List<String> words = new java.util.ArrayList<>();
            e.getValue().forEach(w -> words.add(w.isTextual() ? w.asText() : ""));
            if (problem != null) {
                problems.add(doc.error(e.getValue(), "config", problem));
            } else if (!e.getValue().isArray() || words.stream().anyMatch(String::isBlank)) {
                problems.add(doc.error(
                        e.getValue(), "config", "allowedDoubledWords." + e.getKey() + ": expected a list of words"));
            } else {
                config =
                        config.withAllowedDoubledWords(Locales.parse(e.getKey()).getLanguage(), words);
            }
        }
        if (!problems.isEmpty()) {
            throw new dev.careguide.model.DiagnosticException(problems);
        }
        return config;
    }

    /** A YAML value as a number (YAML text such as {@code 90} or {@code 92.5}), or -1 when it is none. */
    private static double percentage(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return node.isTextual() ? Double.parseDouble(node.asText().strip()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The severity of a registered check, {@code null} when it is off. */
    public Severity severity(String code) {
        Severity byDefault = rules.severity(code);
        String s = severities.get(code);
        return s != null ? parseSeverity(s) : byDefault;
    }

    public double minimumCompleteness(String tag) {
        return minimumCompletenessByLocale.getOrDefault(tag, minimumCompleteness);
    }

    /** {@code error}, {@code warning}, {@code info} or {@code off} (gives {@code null}). */
    static Severity parseSeverity(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "off" -> null;
            default ->
                throw new IllegalArgumentException("unknown severity '" + name + "': use error, warning, info or off");
        };
    }
}
