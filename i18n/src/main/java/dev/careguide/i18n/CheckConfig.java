package dev.careguide.i18n;

import dev.careguide.model.Diagnostic.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How strict {@link CatalogChecker} is: a severity per check code ({@code error}, {@code warning},
 * {@code info} or {@code off}) over the defaults of {@code catalog-rules.yaml}, and the minimum share of
 * translated strings (0–100) per locale below which the check fails.
 */
public record CheckConfig(Map<String, String> severities, double minimumCompleteness,
        Map<String, Double> minimumCompletenessByLocale, CatalogRules rules) {

    public CheckConfig {
        severities = Map.copyOf(severities);
        minimumCompletenessByLocale = Map.copyOf(minimumCompletenessByLocale);
        Objects.requireNonNull(rules, "rules");
        severities.forEach((code, s) -> parseSeverity(s));
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

    /** The severity of a check, {@code null} when it is off. */
    public Severity severity(String code) {
        String s = severities.get(code);
        return s != null ? parseSeverity(s) : rules.severity(code);
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
            default -> throw new IllegalArgumentException(
                    "unknown severity '" + name + "': use error, warning, info or off");
        };
    }
}
