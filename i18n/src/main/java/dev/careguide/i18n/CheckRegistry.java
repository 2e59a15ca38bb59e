package dev.careguide.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check of the catalog checker, each with its code, default severity and what it finds, as listed under
 * {@code checks:} in {@code catalog-rules.yaml}. The checker reports only registered codes, and a severity
 * override naming a code that is not here is refused, so a typo such as {@code same-as-sorce=off} cannot
 * silently do nothing. A new check is one more entry in that file.
 */
public final class CheckRegistry {

    /** One check: its stable code, its severity unless configured otherwise ({@code null}: off), and what it finds. */
    public record Check(String code, Severity defaultSeverity, String description) {}

    private final Map<String, Check> checks;

    private CheckRegistry(Map<String, Check> checks) {
        this.checks = checks;
    }

    /** The checks listed under {@code checks:} of a rules document, in their order. */
    static CheckRegistry of(JsonNode checksNode) {
        Map<String, Check> checks = new LinkedHashMap<>();
        checksNode.properties().forEach(e -> {
            JsonNode severity = e.getValue().path("severity");
            // YAML 1.1 reads an unquoted off as false.
            String name = severity.isBoolean() && !severity.booleanValue() ? "off" : severity.asText("");
            String description = e.getValue().path("description").asText("");
            if (name.isEmpty() || description.isBlank()) {
                throw new IllegalStateException(
                        "catalog-rules.yaml: check '" + e.getKey() + "' needs a severity and a description");
            }
            checks.put(e.getKey(), new Check(e.getKey(), CheckConfig.parseSeverity(name), description));
        });
        return new CheckRegistry(Collections.unmodifiableMap(checks));
    }

    /** Every check in the order of {@code catalog-rules.yaml}. */
    public List<Check> all() {
        return List.copyOf(checks.values());
    }

    public Optional<Check> find(String code) {
        return Optional.ofNullable(checks.get(code));
    }

    /** The check of a code the checker reports; an unregistered code is a bug in careguide. */
    public Check get(String code) {
        Check check = checks.get(code);
        if (check == null) {
            throw new IllegalStateException("check '" + code + "' is not registered in catalog-rules.yaml");
        }
        return check;
    }

    /**
     * Why {@code code} is not a check, with the nearest registered codes, e.g. {@code unknown check
     * 'same-as-sorce' (did you mean same-as-source?)}; {@code null} when it is one.
     */
    public String problem(String code) {
        if (checks.containsKey(code)) {
            return null;
        }
        List<String> near = nearest(code, checks.keySet());
        return "unknown check '" + code + "'"
                + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
                + "; the checks are listed by 'careguide check --list-checks'";
    }

    /** The codes at the smallest edit distance from {@code code}, when that is at most a third of its length. */
    private static List<String> nearest(String code, Collection<String> codes) {
        int best = Math.max(2, code.length() / 3) + 1;
        List<String> out = new ArrayList<>();
        for (String candidate : codes) {
            int d = distance(code, candidate);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
