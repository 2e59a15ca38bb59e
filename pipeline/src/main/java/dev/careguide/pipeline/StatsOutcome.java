package dev.careguide.pipeline;

import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * Translation statistics per locale: strings and words in total, translated, stale, missing, obsolete and
 * percent complete, as a human-readable {@link #table()} and as {@link #json()} (stable, sorted keys).
 */
public record StatsOutcome(boolean success, List<Diagnostic> diagnostics, String table, String json)
        implements Outcome {

    public StatsOutcome {
        diagnostics = List.copyOf(diagnostics);
        table = table == null ? "" : table;
        json = json == null ? "" : json;
    }
}
