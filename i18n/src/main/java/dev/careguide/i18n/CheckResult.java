package dev.careguide.i18n;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.Diagnostic.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything a check run found, sorted by file, line and column, and the share of translated strings per
 * locale ({@code completeness}, 0–100).
 */
public record CheckResult(List<CatalogProblem> problems, Map<String, Double> completeness) {

    static final Comparator<CatalogProblem> ORDER = Comparator.comparing(CatalogProblem::file)
            .thenComparingInt(CatalogProblem::line)
            .thenComparingInt(CatalogProblem::column)
            .thenComparing(CatalogProblem::code)
            .thenComparing(CatalogProblem::key);

    public CheckResult {
        problems = problems.stream().sorted(ORDER).toList();
        completeness = Map.copyOf(completeness);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** The problems as model diagnostics, for the pipeline's uniform output. */
    public List<Diagnostic> diagnostics() {
        return problems.stream().map(CatalogProblem::toDiagnostic).toList();
    }

    /** One line per problem: {@code file:line:column: severity: [locale] key: message [code]}. */
    public List<String> consoleLines() {
        return problems.stream().map(CatalogProblem::toString).toList();
    }

    /** This result together with another's. */
    public CheckResult plus(CheckResult other) {
        return of(List.of(this, other));
    }

    /** The results of several runs (the UI messages, each guide) as one, sorted once. */
    public static CheckResult of(List<CheckResult> parts) {
        List<CatalogProblem> all = new java.util.ArrayList<>();
        Map<String, Double> c = new java.util.TreeMap<>();
        for (CheckResult part : parts) {
            all.addAll(part.problems);
            c.putAll(part.completeness);
        }
        return new CheckResult(all, c);
    }
}
